import { css } from 'lit';
import { focusRing, secondaryButton, tokens } from '../shared/tokens.js';

/** The list's columns: as many as fit at the card's narrowest, each as wide as the others. */
const columns = css`repeat(auto-fill, minmax(min(100%, ${tokens.cardMinWidth}), 1fr))`;

/**
 * While loading, keep a viewport's height free (most lists fill one), so the host content below
 * is out of view when the cards arrive and nothing on screen moves. The placeholders take the
 * cards' (or rows') shape. (A comment here, not in the CSS: every page downloads the CSS text.)
 */
const placeholderStyles = css`
  .placeholders {
    display: grid;
    grid-template-columns: ${columns};
    grid-auto-rows: 10rem;
    gap: ${tokens.gap};
    block-size: var(--careers-loading-block-size, 100vh);
    overflow: hidden;
  }
  .placeholders[data-limited] {
    block-size: auto;
  }
  .placeholder {
    border-radius: ${tokens.radius};
    background: ${tokens.subtle};
  }
`;

/**
 * Why, by part (comments here, not in the CSS: every page downloads the CSS text):
 * - host[theme]: a chosen theme paints its own background, so dark text never lands on a dark
 *   page or the reverse;
 * - base: the widget's own width decides its layout (it may sit in a sidebar of a wide page);
 * - list items: each card fills its cell, so the cards of a row are as tall as the tallest;
 * - notice: kept postings that could not be refreshed get a quiet note above them, not an alarm;
 * - filters: search and filters in one row of controls; in a narrow widget, search and a
 *   "Filters" button.
 */
export const widgetStyles = [
  focusRing,
  css`
    :host {
      display: block;
      font-family: ${tokens.font};
      font-size: ${tokens.textSize};
      line-height: ${tokens.lineHeight};
      color: ${tokens.text};
    }
    :host([theme='light']) {
      color-scheme: light;
    }
    :host([theme='dark']) {
      color-scheme: dark;
    }
    :host([theme='auto']) {
      color-scheme: light dark;
    }
    [part='base'] {
      container: careers / inline-size;
    }
    :host([theme]) [part='base'] {
      padding: ${tokens.space};
      border-radius: ${tokens.radius};
      background: ${tokens.background};
    }
    :host([hidden]) {
      display: none;
    }
    [part='list'] {
      display: grid;
      grid-template-columns: ${columns};
      gap: ${tokens.gap};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    [part='list'] > li {
      display: grid;
      min-width: 0;
    }
    [part='list'][data-layout='list'] {
      display: block;
      border-top: 1px solid ${tokens.divider};
    }
    [part='status'] {
      margin: 0 0 1em;
    }
    [part='status'].empty {
      margin: 0;
      padding: calc(${tokens.space} * 1.5) ${tokens.space};
      border-radius: ${tokens.radius};
      background: ${tokens.subtle};
      text-align: center;
    }
    [part='error'] {
      padding: ${tokens.space};
      border: 1px solid ${tokens.danger};
      border-inline-start-width: 4px;
      border-radius: ${tokens.radius};
    }
    [part='error'] p {
      margin: 0 0 0.75em;
    }
    [part='notice'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em ${tokens.space};
      margin: 0 0 ${tokens.space};
      padding: calc(${tokens.space} * 0.75) ${tokens.space};
      border: 1px solid ${tokens.border};
      border-inline-start-width: 4px;
      border-radius: ${tokens.radius};
      background: ${tokens.subtle};
    }
    [part='notice'] p {
      flex: 1 1 16rem;
      margin: 0;
    }

    [part='filters'] {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: calc(${tokens.space} * 0.75);
      margin: 0 0 ${tokens.space};
    }
    .filter-panel {
      display: contents;
    }
    [part='filters-toggle'] {
      display: none;
    }
    .control {
      display: flex;
      min-width: 0;
      flex: 1 1 10rem;
      flex-direction: column;
      gap: 0.25em;
      font-weight: 600;
    }
    .control.search {
      flex-basis: 16rem;
    }
    [part='search'],
    [part='filter'] {
      box-sizing: border-box;
      width: 100%;
      min-width: 0;
      min-height: 44px;
      padding: 0 0.75em;
      border: 1px solid ${tokens.border};
      border-radius: ${tokens.radius};
      background: ${tokens.surface};
      color: ${tokens.text};
      font: inherit;
      font-weight: 400;
    }
    @container careers (max-width: 40rem) {
      [part='filters'] {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: calc(${tokens.space} * 0.5) calc(${tokens.space} * 0.5);
      }
      [part='filters-toggle'] {
        ${secondaryButton}
        display: block;
      }
      .filter-panel {
        display: none;
      }
      .filter-panel[data-open] {
        display: grid;
        grid-column: 1 / -1;
        gap: calc(${tokens.space} * 0.5);
        padding: calc(${tokens.space} * 0.75);
        border: 1px solid ${tokens.divider};
        border-radius: ${tokens.radius};
      }
    }
    [part='count'] {
      margin: 0 0 calc(${tokens.space} * 0.75);
      color: ${tokens.muted};
    }
    [part='group'] + [part='group'] {
      margin-top: calc(${tokens.space} * 1.5);
    }
    [part='group-heading'] {
      margin: 0 0 calc(${tokens.space} * 0.75);
      font-size: ${tokens.subsectionSize};
      font-weight: 700;
      line-height: ${tokens.headingLineHeight};
    }
    [part='no-match'] p {
      margin: 0 0 0.75em;
    }
    [part='show-more'] {
      display: block;
      margin: ${tokens.space} auto 0;
    }
    [part='retry'],
    [part='clear'],
    [part='show-more'] {
      ${secondaryButton}
    }
  `,
  placeholderStyles,
];
