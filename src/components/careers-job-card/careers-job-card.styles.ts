import { css } from 'lit';
import { focusRing, tokens, visuallyHidden } from '../shared/tokens.js';
import { iconStyles } from '../shared/icon.js';
import { factStyles } from '../shared/posting-facts.js';

/**
 * Why the card is laid out so, by part (here, not in the CSS: every page downloads the CSS text):
 * - host: fills its grid cell (the widget stretches it), so every card in a row is as tall;
 * - base: long words (Nordic compounds, URLs) wrap instead of widening the card past a narrow screen;
 * - link::after: the whole card is the link's click target; the link stays one real link;
 * - intro: three lines at most: the posting has the rest, and the cards of a row stay alike;
 * - meta and footer: on the card's bottom edge, level with the cards beside it; the date last,
 *   the badge always at its end;
 * - layout="list": one row, title and facts on the left, date and badge on the right; dates start
 *   on one line down the list.
 */
export const jobCardStyles = [
  focusRing,
  iconStyles,
  visuallyHidden,
  factStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      height: 100%;
      font-family: ${tokens.font};
      color: ${tokens.text};
      container: careers-card / inline-size;
    }
    [part='base'] {
      overflow-wrap: anywhere;
      position: relative;
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      gap: 0.625em;
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
      margin: 0;
      font-size: ${tokens.titleSize};
      font-weight: 600;
      line-height: 1.3;
    }
    [part='link'] {
      color: ${tokens.accent};
      text-decoration: none;
    }
    [part='link']:hover {
      text-decoration: underline;
    }
    [part='link']::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    [part='intro'] {
      display: -webkit-box;
      margin: 0;
      overflow: hidden;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: 3;
    }
    [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 1em;
      margin: auto 0 0;
      padding: 0;
      list-style: none;
      color: ${tokens.muted};
      font-size: 0.9375em;
    }
    [part='footer'] {
      display: flex;
      align-items: flex-start;
      justify-content: space-between;
      gap: 0.25em 0.75em;
      margin-top: auto;
      padding-top: 0.625em;
      border-top: 1px solid ${tokens.divider};
      color: ${tokens.muted};
      font-size: 0.9375em;
    }
    [part='meta'] + [part='footer'] {
      margin-top: 0;
    }
    [part='badge'] {
      flex: none;
      margin-inline-start: auto;
      padding: 0.125em 0.625em;
      border-radius: 999px;
      background: ${tokens.accent};
      color: ${tokens.accentText};
      font-size: 0.875em;
      font-weight: 700;
    }

    :host([layout='list']) [part='base'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas: 'title footer' 'meta footer';
      align-items: center;
      gap: 0.375em 1.5em;
      padding: calc(${tokens.space} * 0.875) calc(${tokens.space} * 0.5);
      border: 0;
      border-bottom: 1px solid ${tokens.divider};
      border-radius: 0;
      background: none;
    }
    :host([layout='list']) [part='base']:hover {
      background: ${tokens.subtle};
    }
    :host([layout='list']) [part='title'] {
      grid-area: title;
    }
    :host([layout='list']) [part='meta'] {
      grid-area: meta;
      margin: 0;
    }
    :host([layout='list']) [part='footer'] {
      grid-area: footer;
      box-sizing: border-box;
      width: 17em;
      margin: 0;
      padding: 0;
      border: 0;
    }
    @container careers-card (max-width: 44rem) {
      :host([layout='list']) [part='base'] {
        grid-template-columns: minmax(0, 1fr);
        grid-template-areas: 'title' 'meta' 'footer';
        align-items: start;
      }
      :host([layout='list']) [part='footer'] {
        width: auto;
      }
    }
  `,
];
