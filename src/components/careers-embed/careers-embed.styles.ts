import { css } from 'lit';
import { bodyBlockHost, focusRing, secondaryButton, tokens } from '../shared/tokens.js';
import { iconStyles } from '../shared/icon.js';

export const embedStyles = [
  focusRing,
  iconStyles,
  bodyBlockHost,
  css`
    [part='base'] {
      padding: ${tokens.space};
      border-radius: ${tokens.radius};
      background: ${tokens.subtle};
    }
    [part='thumbnail'] {
      display: block;
      width: 100%;
      aspect-ratio: 16 / 9;
      object-fit: cover;
      border-radius: ${tokens.radius};
    }
    [part='title'] {
      margin: 0 0 0.25em;
      font-weight: 700;
    }
    .note {
      margin: 0 0 0.75em;
      font-size: 0.875em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em 1.25em;
    }
    [part='load'] {
      ${secondaryButton}
    }
    [part='link'] {
      display: inline-flex;
      align-items: center;
      gap: 0.375em;
      min-height: 44px;
      color: ${tokens.accent};
      font-weight: 600;
    }
    [part='frame'] {
      display: block;
      width: 100%;
      border: 0;
      border-radius: ${tokens.radius};
      aspect-ratio: 16 / 9;
    }
    [part='frame'].form,
    [part='frame'].page {
      aspect-ratio: auto;
      height: 40em;
    }
  `,
];
