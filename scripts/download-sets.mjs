/**
 * What a host page downloads from a build (dist/ or a copy of it). One walk for
 * test/project/size-budget.test.mjs (its limits) and `npm run bench` (the table's size rows), so
 * that the two measure the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The widget's first size budgets, bytes of gzip -9 (1 KB = 1,000 bytes), shown beside the sizes. The list
 * view's is retired: the network goal of `npm run bench` replaced it.
 */
export const BUDGET_GOALS = { posting: 42_000, classic: 45_000 };

/**
 * The files (names in `dir`) behind each download, each file a response of its own:
 * - `list`: the list view, the module script with its static imports, transitively (none: the
 *   list is one file);
 * - `posting`: the list and the first posting, adding the posting chunk the script imports on demand;
 * - `classic`: the classic script, with its static imports;
 * - `rawHtml`: what a body with raw HTML adds (the sanitiser's chunk and what the posting has not loaded yet).
 * `postingChunk` and `rawHtmlChunk` are undefined when the build has no such chunk; the sets
 * then lack it, so callers check them first.
 */
export function downloadSets(dir) {
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  const staticClosure = (entry) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, imported] of read(file).matchAll(/(?:from|import)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) visit(imported);
    };
    visit(entry);
    return [...seen];
  };
  // import("./x.js"), and the classic script's import(new URL("./x.js", itsUrl).href).
  const dynamicImports = (file) => [...read(file).matchAll(/import\(\s*(?:new URL\(\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g)].map(([, imported]) => imported);

  const list = staticClosure('careers-widget.js');
  const postingChunk = list.flatMap(dynamicImports).find((file) => file.startsWith('posting-elements-'));
  const posting = [...new Set([...list, ...(postingChunk ? staticClosure(postingChunk) : [])])];
  const rawHtmlChunk = posting.flatMap(dynamicImports).find((file) => file.startsWith('raw-html-'));
  const rawHtml = rawHtmlChunk ? staticClosure(rawHtmlChunk).filter((file) => !posting.includes(file)) : [];
  const classic = staticClosure('careers-widget.iife.js');
  return { list, posting, classic, rawHtml, postingChunk, rawHtmlChunk };
}
