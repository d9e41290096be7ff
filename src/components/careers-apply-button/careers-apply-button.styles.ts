import { css } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../shared/tokens.js';
import { iconStyles } from '../shared/icon.js';

export const applyButtonStyles = [
  focusRing,
  iconStyles,
  visuallyHidden,
  css`
    :host {
      display: block;
      margin: 1em 0;
      font-family: ${tokens.font};
    }
    [part='base'] {
      display: inline-flex;
      align-items: center;
      gap: 0.75em;
      box-sizing: border-box;
      max-width: 100%;
      min-height: 44px;
      padding: 0.625em 1.25em;
      border-radius: ${tokens.radius};
      background: ${tokens.accent};
      color: ${tokens.accentText};
      text-decoration: none;
    }
    a[part='base']:hover {
      text-decoration: underline;
    }
    span[part='base'] {
      background: ${tokens.subtle};
      color: ${tokens.text};
    }
    .text {
      display: flex;
      flex-direction: column;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    [part='label'] {
      font-weight: 600;
    }
    [part='description'] {
      font-size: 0.875em;
    }
  `,
];
