import { css } from 'lit';
import { focusRing, tokens } from '../shared/tokens.js';

export const jobCardStyles = [
  focusRing,
  css`
    :host {
      display: block;
      font-family: ${tokens.font};
      color: ${tokens.text};
    }
    /* Long words (Nordic compounds, URLs) wrap instead of widening the card past a narrow screen. */
    [part='base'] {
      overflow-wrap: anywhere;
      position: relative;
      box-sizing: border-box;
      height: 100%;
      padding: ${tokens.space};
      border: 1px solid ${tokens.border};
      border-radius: ${tokens.radius};
      background: ${tokens.surface};
    }
    [part='base']:hover {
      border-color: ${tokens.accent};
    }
    [part='title'] {
      margin: 0 0 0.5em;
      font-size: ${tokens.titleSize};
      line-height: 1.3;
    }
    [part='link'] {
      color: ${tokens.accent};
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    /* The whole card is the link's click target; the link stays one real link. */
    [part='link']::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    [part='badge'] {
      display: inline-block;
      margin: 0 0 0.5em;
      padding: 0.1em 0.6em;
      border-radius: 999px;
      background: ${tokens.accent};
      color: ${tokens.accentText};
      font-size: 0.8125em;
      font-weight: 700;
    }
    [part='intro'] {
      margin: 0 0 0.75em;
    }
    [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1.25em;
      margin: 0;
      padding: 0;
      list-style: none;
      color: ${tokens.muted};
      font-size: 0.9375em;
    }
  `,
];
