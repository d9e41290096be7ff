import { css } from 'lit';
import { focusRing, tokens } from '../shared/tokens.js';
import { iconStyles } from '../shared/icon.js';

export const accordionStyles = [
  focusRing,
  iconStyles,
  css`
    :host {
      display: block;
      margin: 1em 0;
      border: 1px solid ${tokens.border};
      border-radius: ${tokens.radius};
      background: ${tokens.surface};
    }
    /* A title's size is the posting's minor heading size, whatever its heading-level says. */
    [part='heading'] {
      margin: 0;
      font-size: ${tokens.minorSize};
      line-height: ${tokens.headingLineHeight};
    }
    [part='toggle'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 1em;
      width: 100%;
      padding: 0.75em ${tokens.space};
      border: 0;
      border-radius: inherit;
      background: none;
      color: inherit;
      font: inherit;
      font-weight: 600;
      text-align: start;
      cursor: pointer;
    }
    [part='toggle'] > span {
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .chevron {
      color: ${tokens.accent};
      transition: transform 0.2s ease;
    }
    :host([open]) .chevron {
      transform: rotate(180deg);
    }
    [part='content'] {
      padding: 0 ${tokens.space} ${tokens.space};
    }
    [part='content'][hidden] {
      display: none;
    }
    @media (prefers-reduced-motion: reduce) {
      .chevron {
        transition: none;
      }
    }
  `,
];
