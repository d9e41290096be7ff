/**
 * The module embed's script, dist/careers-widget.js: `<script type="module" src=…>` plus
 * `<careers-widget src=…>`. It asks at once for the feed of every widget on the page, the messages
 * of its language and the elements' code (embed/loader.ts), and has run when the elements are
 * defined. A second copy of it, or of the classic script, finds them defined and does nothing.
 */
import { loadWidgets } from './embed/loader.js';

await loadWidgets([...document.querySelectorAll('careers-widget')]);

export type * from './elements.js';
