/**
 * The classic one-file script (careers-widget.iife.js): the elements, plus the one-tag embed —
 * a widget mounted where the script tag's `data-*` say. `document.currentScript` is set only
 * while a classic script runs, so the module build leaves this out.
 */
import { mountFromScript } from './embed/auto-mount.js';
import './careers-widget.js';

mountFromScript(document.currentScript);
