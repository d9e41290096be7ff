import { css } from 'lit';

/**
 * The theme: every colour, radius, spacing and font decision is a `--careers-*` custom
 * property with a default. Custom properties inherit into every shadow root, so a host sets
 * them once on `careers-widget` (or any ancestor). Colour defaults use `light-dark()`, so they
 * follow the inherited `color-scheme`: the host page's by default, or the widget's `theme`.
 */
export const tokens = {
  font: css`var(--careers-font-family, inherit)`,
  background: css`var(--careers-color-background, light-dark(#ffffff, #12161b))`,
  text: css`var(--careers-color-text, light-dark(#1b1f24, #e8eaed))`,
  muted: css`var(--careers-color-muted, light-dark(#4b5563, #b0b8c3))`,
  surface: css`var(--careers-color-surface, light-dark(#ffffff, #1a2027))`,
  subtle: css`var(--careers-color-subtle, light-dark(#f1f4f8, #242c35))`,
  border: css`var(--careers-color-border, light-dark(#7d8796, #7a8594))`,
  accent: css`var(--careers-color-accent, light-dark(#0b5cad, #8cc2ff))`,
  accentText: css`var(--careers-color-accent-text, light-dark(#ffffff, #0b1726))`,
  danger: css`var(--careers-color-danger, light-dark(#a3201c, #ff9b94))`,
  focus: css`var(--careers-color-focus, light-dark(#0b5cad, #8cc2ff))`,
  radius: css`var(--careers-radius, 8px)`,
  space: css`var(--careers-space, 1rem)`,
  gap: css`var(--careers-gap, var(--careers-space, 1rem))`,
  cardMinWidth: css`var(--careers-card-min-width, 18rem)`,
  titleSize: css`var(--careers-title-size, 1.25rem)`,
  textSize: css`var(--careers-text-size, 1rem)`,
  lineHeight: css`var(--careers-line-height, 1.55)`,
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

/** A focus ring that is always visible against the default surfaces (WCAG 2.4.11/2.4.13). */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;
