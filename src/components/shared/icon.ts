import { css, svg } from 'lit';
import { ICON_PATHS, type IconName } from '../../content/icons.js';

/** A decorative icon in the current text colour. */
export function renderIcon(name: IconName) {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${ICON_PATHS[name]}></path></svg>`;
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
