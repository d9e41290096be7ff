/**
 * What a host page downloads from a build (dist/ or a copy of it), and the size budgets
 * (issue 8). One walk for test/node/size-budget.test.mjs (its limits) and `npm run bench` (the
 * table's size rows), so that the two measure the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The budgets, bytes of gzip -9 (1 KB = 1,000 bytes). */
export const BUDGET_GOALS = { list: 12_000, posting: 42_000, classic: 45_000 };

/**
 * The files (names in `dir`) behind each download, each file a response of its own:
 * - `list`: the list view, the ES entry and its static imports, transitively;
 * - `posting`: the list and the first posting, adding the posting chunk it imports dynamically;
 * - `classic`: the classic script, one file;
 * - `rawHtml` / `classicRawHtml`: what a body with raw HTML adds, module (the sanitiser's chunk
 *   and what the posting has not loaded yet) and classic (the file beside the script).
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
      for (const [, imported] of read(file).matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) visit(imported);
    };
    visit(entry);
    return [...seen];
  };
  const dynamicImports = (file) => [...read(file).matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)].map(([, imported]) => imported);

  const list = staticClosure('careers-widget.js');
  const postingChunk = list.flatMap(dynamicImports).find((file) => file.startsWith('posting-elements-'));
  const posting = [...new Set([...list, ...(postingChunk ? staticClosure(postingChunk) : [])])];
  const rawHtmlChunk = posting.flatMap(dynamicImports).find((file) => file.startsWith('raw-html-'));
  const rawHtml = rawHtmlChunk ? staticClosure(rawHtmlChunk).filter((file) => !posting.includes(file)) : [];
  return {
    list,
    posting,
    classic: ['careers-widget.iife.js'],
    rawHtml,
    classicRawHtml: ['careers-widget.raw-html.js'],
    postingChunk,
    rawHtmlChunk,
  };
}
