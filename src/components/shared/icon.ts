import { css, svg } from 'lit';
import { ICON_PATHS, type IconName } from '../../content/render/icons.js';

/** The widget's own interface icons (24×24 strokes, like the postings' icons in content/render/icons.ts). */
const UI_ICON_PATHS = {
  team: 'M9 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM2 21a7 7 0 0 1 14 0M16 3a4 4 0 0 1 0 8M18 14a6 6 0 0 1 4 7',
  location: 'M12 22s7-6 7-12a7 7 0 0 0-14 0c0 6 7 12 7 12zM12 13a3 3 0 1 0 0-6 3 3 0 0 0 0 6z',
  employment: 'M3 8h18v12H3zM8 8V4h8v4',
  date: 'M4 5h16v15H4zM4 10h16M9 3v4M15 3v4',
  link: 'M10 14a4 4 0 0 0 6 0l3-3a4 4 0 0 0-6-6l-1 1M14 10a4 4 0 0 0-6 0l-3 3a4 4 0 0 0 6 6l1-1',
} as const;

export type UiIconName = keyof typeof UI_ICON_PATHS;

/** A decorative icon in the current text colour. */
export function renderIcon(name: IconName | UiIconName) {
  const path = Object.hasOwn(UI_ICON_PATHS, name) ? UI_ICON_PATHS[name as UiIconName] : ICON_PATHS[name as IconName];
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}

/** The stroke icons' look: the size of the text around them, in its colour. */
export const iconStyles = css`
  .icon,
  .chevron {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
`;
