/**
 * Where bodies with raw HTML get their renderer (raw-html.ts): a lazy chunk of the ES build.
 * The classic build swaps this module for embed/raw-html-beside-script.ts (vite.config.ts).
 */
export const importRawHtml = () => import('./raw-html.js');
