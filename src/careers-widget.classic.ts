/**
 * The classic script (careers-widget.iife.js): the elements, plus the one-tag embed — a widget
 * mounted where the script tag's `data-*` say — and the address of the raw-HTML renderer beside
 * it. `document.currentScript` is set only while a classic script runs, so the module build
 * leaves this out.
 */
import { mountFromScript } from './embed/auto-mount.js';
import { locateRawHtmlBeside } from './embed/raw-html-beside-script.js';
import './careers-widget.js';

mountFromScript(document.currentScript);
locateRawHtmlBeside(document.currentScript);
