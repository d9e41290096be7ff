/**
 * The classic build's way to raw-html.ts, swapped in for content/raw-html-loader.ts
 * (vite.config.ts): the classic script is one file for the list and for Markdown bodies, and
 * fetches raw HTML's renderer and sanitiser (`careers-widget.raw-html.js`: DOMPurify and marked's
 * HTML output) from beside itself when a body holds raw HTML.
 */
let rawHtmlUrl = '';

/**
 * Called by the classic entry while it runs, the only time `document.currentScript` is its
 * script (the rest of the bundle may be evaluated later).
 */
export function locateRawHtmlBeside(script: HTMLOrSVGScriptElement | null): void {
  if (script instanceof HTMLScriptElement && script.src) rawHtmlUrl = new URL('careers-widget.raw-html.js', script.src).href;
}

/** Rejects when the script's own URL is unknown: bodies with raw HTML are then shown as plain text. */
export const importRawHtml = (): Promise<typeof import('../content/raw-html.js')> =>
  rawHtmlUrl ? import(/* @vite-ignore */ rawHtmlUrl) : Promise.reject(new Error('the classic script does not know its own URL'));
