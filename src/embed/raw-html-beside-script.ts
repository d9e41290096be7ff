/**
 * The classic build's way to raw-html.ts, swapped in for content/raw-html-loader.ts
 * (vite.config.ts): the classic script is one file for the list and for Markdown bodies, and
 * fetches raw HTML's renderer and sanitiser (`careers-widget.raw-html.js`: DOMPurify and marked's
 * HTML output) from beside itself when a body holds raw HTML.
 */
let rawHtmlUrl: URL | undefined;

/**
 * Called by the classic entry while it runs, the only time `document.currentScript` is its
 * script (the rest of the bundle may be evaluated later). The script's query (`?v=2`, a CMS's
 * `?ver=`) goes along, so a new script never meets a cached old file.
 */
export function locateRawHtmlBeside(script: HTMLOrSVGScriptElement | null): void {
  if (!(script instanceof HTMLScriptElement) || !URL.canParse(script.src)) return;
  const scriptUrl = new URL(script.src);
  // A script from a blob: or data: URL has no folder: nothing lies beside it.
  if (!/^https?:$/.test(scriptUrl.protocol)) return;
  rawHtmlUrl = new URL(`careers-widget.raw-html.js${scriptUrl.search}`, scriptUrl);
}

/** Rejects when the file is not there or its place is unknown: bodies with raw HTML are then shown as plain text. */
export function importRawHtml(): Promise<typeof import('../content/raw-html.js')> {
  if (!rawHtmlUrl) return Promise.reject(new Error('careers-widget: the classic script does not know its own URL'));
  return import(/* @vite-ignore */ rawHtmlUrl.href).catch((error: unknown) => {
    console.warn(`careers-widget: ${rawHtmlUrl} could not be loaded: bodies with raw HTML are shown as plain text. Serve it beside the script.`);
    throw error;
  });
}
