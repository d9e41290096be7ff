import { css } from 'lit';
import { bodyBlockHost, focusRing, tokens } from '../shared/tokens.js';

export const contactCardStyles = [
  focusRing,
  bodyBlockHost,
  css`
    [part='base'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${tokens.space};
      padding: ${tokens.space};
      border-radius: ${tokens.radius};
      background: ${tokens.subtle};
    }
    [part='image'],
    [part='initials'] {
      flex: none;
      width: 96px;
      height: 96px;
      border-radius: 50%;
      object-fit: cover;
    }
    [part='initials'] {
      display: grid;
      place-items: center;
      background: ${tokens.surface};
      border: 1px solid ${tokens.border};
      box-sizing: border-box;
      font-size: 2em;
      font-weight: 700;
    }
    [part='name'] {
      margin: 0 0 0.25em;
      font-weight: 700;
    }
    .email > span {
      white-space: nowrap;
    }
    .content {
      flex: 1 1 14em;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    [part='heading'] {
      margin: 0 0 0.25em;
      font-size: ${tokens.minorSize};
      font-weight: 700;
      line-height: ${tokens.headingLineHeight};
    }
    ::slotted(p) {
      margin: 0 0 0.5em;
    }
    [part='action'] {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0 1em;
      border: 2px solid ${tokens.accent};
      border-radius: ${tokens.radius};
      color: ${tokens.accent};
      font-weight: 600;
      text-decoration: none;
    }
    [part='action']:hover {
      text-decoration: underline;
    }
  `,
];
