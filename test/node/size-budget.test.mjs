/**
 * What a host page downloads, gzip -9, against the size budgets (issue 8). Bytes are
 * deterministic, so this is a test; timings are not, so they live in `npm run bench`.
 * Needs `npm run build` first (`npm test` runs it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BUDGET_GOALS, downloadSets } from '../../scripts/download-sets.mjs';

const DIST = new URL('../../dist/', import.meta.url);

/**
 * `limit` fails the test; `goal` is the issue's budget. Where a goal is not reached yet, or there
 * is none (what a body with raw HTML adds), the limit is today's size with a little headroom, so
 * any growth is a decision.
 */
const BUDGETS = {
  'list view': { goal: BUDGET_GOALS.list, limit: 18_900 },
  // Over its goal since postings read as the site shows them (Goldmark's typographer and
  // linkify, the site's heading outline, broken tags read as meant, the embed card): README, Performance.
  'list and first posting': { goal: BUDGET_GOALS.posting, limit: 45_700 },
  'classic bundle': { goal: BUDGET_GOALS.classic, limit: 50_700 },
  'a body with raw HTML adds (module)': { limit: 19_500 },
  'a body with raw HTML adds (classic)': { limit: 20_100 },
};

const read = (file) => readFileSync(new URL(file, DIST), 'utf8');
const gzipSize = (files) => files.reduce((total, file) => total + gzipSync(read(file), { level: 9 }).length, 0);

test('the built files stay within their size budgets', () => {
  const files = readdirSync(DIST);
  assert.ok(files.includes('careers-widget.js') && files.includes('careers-widget.iife.js'), 'run npm run build first');

  const sets = downloadSets(fileURLToPath(DIST));
  const { list, posting: withPosting, rawHtmlChunk: rawHtml } = sets;
  assert.ok(sets.postingChunk, 'the posting elements load as a chunk of their own');
  assert.ok(rawHtml, 'raw HTML has a chunk of its own, loaded on demand');
  const sizes = {
    'list view': gzipSize(list),
    'list and first posting': gzipSize(withPosting),
    'classic bundle': gzipSize(sets.classic),
    'a body with raw HTML adds (module)': gzipSize(sets.rawHtml),
    'a body with raw HTML adds (classic)': gzipSize(sets.classicRawHtml),
  };
  for (const [name, size] of Object.entries(sizes)) {
    const { goal, limit } = BUDGETS[name];
    console.log(`${name}: ${(size / 1000).toFixed(1)} KB gzip (limit ${limit / 1000} KB${goal ? `, goal ${goal / 1000} KB` : ''})`);
    assert.ok(size <= limit, `${name} is ${size} bytes gzip, over its ${limit} byte limit`);
  }
  assert.ok(!list.some((file) => file.startsWith('render-body-') || file.startsWith('posting-elements-')), 'the list must not load the Markdown renderer');
  // DOMPurify comes only with a body that holds raw HTML (render-body.ts loads raw-html.ts).
  assert.ok(read(rawHtml).includes('isSupported'), 'DOMPurify is in the raw-HTML chunk');
  assert.ok(!withPosting.some((file) => read(file).includes('isSupported')), 'a posting without raw HTML does not load DOMPurify');
  // marked's HTML renderer (its `<pre><code` template) comes with the sanitiser: a posting needs only its Lexer (scripts/marked-in-parts.ts).
  assert.ok(read(rawHtml).includes('<pre><code'), "marked's renderer is in the sanitiser's chunk");
  assert.ok(!withPosting.some((file) => read(file).includes('<pre><code')), "a posting without raw HTML does not load marked's renderer");
  // The classic script fetches the same from beside itself (src/embed/raw-html-beside-script.ts).
  assert.ok(!read('careers-widget.iife.js').includes('isSupported'), 'the classic script leaves DOMPurify to careers-widget.raw-html.js');
  assert.ok(read('careers-widget.raw-html.js').includes('isSupported'), 'careers-widget.raw-html.js holds DOMPurify');
});

test("the build strips our templates' indentation and comments (scripts/minify-templates.ts)", () => {
  const ours = readdirSync(DIST).filter((file) => /^(careers-widget|shared-.*|posting-elements-.*)\.js$/.test(file));
  assert.equal(ours.length, 3, 'run npm run build first');
  for (const file of ours) {
    const code = read(file);
    if (!file.startsWith('shared-')) assert.match(code, /:host/, `${file} has styles`);
    // Indented markup or CSS (a tag, a declaration, a selector) would be a template the build missed.
    assert.deepEqual(code.match(/\n[ \t]+(?:<[a-z/]|[a-z-]+: |\.[a-z]|:host|\[part).*/g) ?? [], [], `${file}: indented template lines`);
    // Our CSS comments are sentences: "/* Reserve …".
    assert.deepEqual(code.match(/\/\*\s+[A-Z][a-z]+ .*/g) ?? [], [], `${file}: a comment survived`);
  }
});
