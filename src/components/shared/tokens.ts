import { css } from 'lit';

/**
 * The theme: every colour, radius, spacing and font decision is a `--careers-*` custom
 * property with a default. Custom properties inherit into every shadow root, so a host sets
 * them once on `careers-widget` (or any ancestor). Colour defaults use `light-dark()`, so they
 * follow the inherited `color-scheme`: the host page's by default, or the widget's `theme`.
 *
 * Type: heading sizes are per role in a posting (its title, a section, a subsection, a minor
 * heading), in `em` of the running text, so they follow `--careers-text-size`; `heading-level`
 * changes a heading's semantics, never its size. The scale (2 / 1.5 / 1.25 / 1.0625) is the one
 * Tailwind Typography and Primer use for long reads; running text is capped at a measure of
 * about 70 characters.
 */
export const tokens = {
  font: css`var(--careers-font-family, inherit)`,
  background: css`var(--careers-color-background, light-dark(#ffffff, #12161b))`,
  text: css`var(--careers-color-text, light-dark(#1b1f24, #e8eaed))`,
  muted: css`var(--careers-color-muted, light-dark(#4b5563, #b0b8c3))`,
  surface: css`var(--careers-color-surface, light-dark(#ffffff, #1a2027))`,
  subtle: css`var(--careers-color-subtle, light-dark(#f1f4f8, #242c35))`,
  border: css`var(--careers-color-border, light-dark(#7d8796, #7a8594))`,
  divider: css`var(--careers-color-divider, light-dark(#d5dae1, #36404c))`,
  accent: css`var(--careers-color-accent, light-dark(#0b5cad, #8cc2ff))`,
  accentText: css`var(--careers-color-accent-text, light-dark(#ffffff, #0b1726))`,
  danger: css`var(--careers-color-danger, light-dark(#a3201c, #ff9b94))`,
  focus: css`var(--careers-color-focus, light-dark(#0b5cad, #8cc2ff))`,
  radius: css`var(--careers-radius, 8px)`,
  space: css`var(--careers-space, 1rem)`,
  gap: css`var(--careers-gap, var(--careers-space, 1rem))`,
  cardMinWidth: css`var(--careers-card-min-width, 18rem)`,
  titleSize: css`var(--careers-title-size, 1.125rem)`,
  textSize: css`var(--careers-text-size, 1rem)`,
  lineHeight: css`var(--careers-line-height, 1.55)`,
  postingTitleSize: css`var(--careers-posting-title-size, 2em)`,
  sectionSize: css`var(--careers-section-heading-size, 1.5em)`,
  subsectionSize: css`var(--careers-subsection-heading-size, 1.25em)`,
  minorSize: css`var(--careers-minor-heading-size, 1.0625em)`,
  headingLineHeight: css`var(--careers-heading-line-height, 1.25)`,
  measure: css`var(--careers-measure, 55ch)`,
};

/** The outlined button of secondary actions (Try again, Clear filters, Show more, Copy link). */
export const secondaryButton = css`
  min-height: 44px;
  padding: 0 1.25em;
  border: 2px solid ${tokens.accent};
  border-radius: ${tokens.radius};
  background: ${tokens.surface};
  color: ${tokens.accent};
  font: inherit;
  font-weight: 600;
  cursor: pointer;
`;

/** Text for screen readers only (a fact's label beside its icon, a count's words). */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** A focus ring that is always visible against the default surfaces (WCAG 2.4.11/2.4.13). */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;

/** A block that stands in a posting's body (contact card, embedded frame): spaced like a paragraph group. */
export const bodyBlockHost = css`
  :host {
    display: block;
    margin: 1.5em 0;
    font-family: ${tokens.font};
    color: ${tokens.text};
  }
`;
