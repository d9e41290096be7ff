import { css, svg } from 'lit';
import { ICON_PATHS, type IconName } from '../../content/icons.js';

/** The widget's own interface icons (24×24 strokes, like the postings' icons in content/icons.ts). */
const UI_ICON_PATHS = {
  team: 'M15.5 20v-1.5a3.5 3.5 0 0 0-3.5-3.5H7a3.5 3.5 0 0 0-3.5 3.5V20M9.5 11.5a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM20.5 20v-1.5a3.5 3.5 0 0 0-2.6-3.4M15 4.6a3.5 3.5 0 0 1 0 6.8',
  location: 'M12 21s-6.5-5.8-6.5-11a6.5 6.5 0 0 1 13 0c0 5.2-6.5 11-6.5 11zM12 12.5a2.5 2.5 0 1 0 0-5 2.5 2.5 0 0 0 0 5z',
  employment: 'M3.5 8h17v11.5h-17zM9 8V5.5A1.5 1.5 0 0 1 10.5 4h3A1.5 1.5 0 0 1 15 5.5V8M3.5 13h17',
  date: 'M4.5 5.5h15v14h-15zM4.5 10h15M8.5 3.5v4M15.5 3.5v4',
  link: 'M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1.2 1.2M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1.2-1.2',
  check: 'M5 12.5l4.5 4.5L19 7.5',
  filter: 'M4 6.5h9M17 6.5h3M4 12h3M11 12h9M4 17.5h11M19 17.5h1M15 4.5v4M9 10v4M17 15.5v4',
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
