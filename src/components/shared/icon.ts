import { svg } from 'lit';
import { ICON_PATHS, type IconName } from '../../content/icons.js';

/** A decorative icon in the current text colour. */
export function renderIcon(name: IconName) {
  return svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d=${ICON_PATHS[name]}></path></svg>`;
}
