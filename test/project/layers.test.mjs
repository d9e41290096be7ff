/**
 * The import boundaries the layout promises (docs/development.md): the CLI and content/parse/ are
 * pure, so they run in Node and reach no renderer, element, Lit or sanitiser; security/ sits below
 * the renderers and elements that use it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SPECIFIER = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s*['"]([^'"]+)['"]/gm;

function tsFiles(folder) {
  return readdirSync(join(ROOT, folder), { recursive: true })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file).replaceAll('\\', '/'));
}

/** The import specifiers of one file, relative ones as paths from the root (`src/x.ts`). */
function importsOf(file) {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((match) => {
    const specifier = match[1] ?? match[2] ?? match[3];
    if (!specifier.startsWith('.')) return specifier;
    const path = relative(ROOT, join(ROOT, dirname(file), specifier)).replaceAll('\\', '/');
    // Written as the built file (`./x.js`), or without an extension.
    return path.endsWith('.js') ? path.replace(/\.js$/, '.ts') : /\.\w+$/.test(path) ? path : `${path}.ts`;
  });
}

/** Every module `entries` reach, following relative imports; each with the file that imported it first. */
function reach(entries) {
  const seen = new Map(entries.map((file) => [file, null]));
  const pending = [...entries];
  for (let file = pending.pop(); file; file = pending.pop()) {
    for (const target of importsOf(file)) {
      if (seen.has(target)) continue;
      seen.set(target, file);
      if (target.startsWith('src/')) pending.push(target);
    }
  }
  return seen;
}

function forbiddenIn(entries, forbidden) {
  return [...reach(entries)].filter(([target]) => forbidden(target)).map(([target, from]) => `${from} imports ${target}`);
}

const RENDERING = (target) =>
  /^src\/(content\/render|components)\//.test(target) || target === 'src/security/sanitize-html.ts' || /^(lit|@lit\/|dompurify)/.test(target);

test('the CLI reaches only pure modules: no renderer, element, Lit or sanitiser', () => {
  const cli = tsFiles('src/cli');
  assert.ok(cli.includes('src/cli/main.ts'), 'the CLI is found');
  assert.deepEqual(forbiddenIn(cli, RENDERING), []);
  assert.ok(reach(cli).has('src/content/parse/shortcodes.ts'), 'the walk follows the CLI into content/parse/');
});

test('content/parse/ is pure: no renderer, element, Lit, sanitiser, nor any module outside it', () => {
  const parse = tsFiles('src/content/parse');
  assert.ok(parse.length > 5, 'content/parse/ is found');
  assert.deepEqual(forbiddenIn(parse, (target) => target.startsWith('src/') && !target.startsWith('src/content/parse/')), []);
  assert.deepEqual(forbiddenIn(parse, RENDERING), []);
});

test('security/ and feed/ import nothing of the renderers, the elements or Lit', () => {
  const lower = [...tsFiles('src/security'), ...tsFiles('src/feed')];
  assert.ok(lower.includes('src/security/url-policy.ts'), 'security/ is found');
  const upward = (target) => /^src\/(content\/render|components|cli|seo|routing)\//.test(target) || /^(lit|@lit\/)/.test(target);
  assert.deepEqual(forbiddenIn(lower, upward), []);
});

test('the walk sees a forbidden import where there is one', () => {
  // The renderer reaches the sanitiser through a dynamic import, and an element reaches Lit.
  const found = forbiddenIn(['src/content/render/render-body.ts'], RENDERING);
  assert.ok(found.some((line) => line.endsWith('src/security/sanitize-html.ts')), found.join('\n'));
  const element = forbiddenIn(['src/components/careers-apply-button/careers-apply-button.ts'], RENDERING);
  assert.ok(element.some((line) => line.endsWith(' lit')), element.join('\n'));
});
