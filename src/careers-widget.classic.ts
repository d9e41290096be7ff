/**
 * The classic script, dist/careers-widget.iife.js: the one-tag embed. It mounts a widget where
 * its tag's `data-*` say (`document.currentScript` is set only while a classic script runs),
 * then does what the module script does (embed/loader.ts) for it and for every widget already
 * on the page. The elements' code comes from beside it, as the module build's files.
 */
import { mountFromScript } from './embed/auto-mount.js';
import { loadWidgets } from './embed/loader.js';

const mounted = mountFromScript(document.currentScript);
void loadWidgets([...document.querySelectorAll('careers-widget'), ...(mounted ? [mounted] : [])]);
