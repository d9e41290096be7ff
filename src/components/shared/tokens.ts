import { css } from 'lit';

/**
 * The theme: every colour, radius, spacing and font decision, each a `--careers-*` custom
 * property with its default. Custom properties inherit into every shadow root, so a host
 * sets them once on `careers-widget` (or any ancestor).
 */
export const tokens = {
  font: css`var(--careers-font-family, inherit)`,
  text: css`var(--careers-color-text, #1b1f24)`,
  muted: css`var(--careers-color-muted, #4b5563)`,
  surface: css`var(--careers-color-surface, #ffffff)`,
  subtle: css`var(--careers-color-subtle, #f3f5f8)`,
  border: css`var(--careers-color-border, #c9d0d9)`,
  accent: css`var(--careers-color-accent, #0b5cad)`,
  accentText: css`var(--careers-color-accent-text, #ffffff)`,
  danger: css`var(--careers-color-danger, #a3201c)`,
  focus: css`var(--careers-color-focus, #0b5cad)`,
  radius: css`var(--careers-radius, 8px)`,
  space: css`var(--careers-space, 1rem)`,
  titleSize: css`var(--careers-title-size, 1.25rem)`,
};

/** A focus ring that is always visible against the default surfaces (WCAG 2.4.11/2.4.13). */
export const focusRing = css`
  :focus-visible {
    outline: 3px solid ${tokens.focus};
    outline-offset: 2px;
  }
`;
