import { css } from 'lit';
import { tokens } from '../shared/tokens.js';

/**
 * Host pages' global rules (`body * { font-size: 2px !important; line-height: 0; color: white;
 * direction: rtl }`) match the widget element itself and beat its `:host` rules, and what they
 * set is inherited into every shadow root. They cannot match the box inside the shadow root, so
 * the box sets the text properties again from the theme: the `--careers-*` custom properties
 * (and `::part(base)`) still theme it, stray global rules no longer do. The widget's messages are
 * in en, nb, sv or da, all written left to right.
 */
export const hostGuardStyles = css`
  [part='base'] {
    font-size: ${tokens.textSize};
    line-height: ${tokens.lineHeight};
    color: ${tokens.text};
    direction: ltr;
    writing-mode: horizontal-tb;
    font-style: normal;
    font-weight: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
  }
`;
