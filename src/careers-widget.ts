/**
 * The widget's script, in both embeds: dist/careers-widget.js (`<script type="module" src=…>`
 * plus `<careers-widget src=…>`) and dist/careers-widget.iife.js, the classic one-tag embed,
 * which mounts a widget where its tag's `data-*` say (`document.currentScript` is set only while
 * a classic script runs). It asks at once for the feed of every widget on the page and the
 * messages of its language, then defines the elements (embed/loader.ts). The build wraps it so
 * that a second copy of either script, finding the elements defined, only calls `mountOnly`: none
 * of its other code runs, Lit's included.
 */
import { mountFromScript } from './embed/auto-mount.js';
import { loadWidgets } from './embed/loader.js';

/** All that a second copy does: mount its own one-tag widget, which the first copy's elements upgrade. */
export function mountOnly(): void {
  mountFromScript(document.currentScript);
}

const mounted = mountFromScript(document.currentScript);
loadWidgets([...document.querySelectorAll('careers-widget'), ...(mounted ? [mounted] : [])]);

export type * from './elements.js';
