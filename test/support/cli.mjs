// Shared by the careers-feed CLI tests: run the real bin as a child process, and check its
// output with the widget's own validator (src/feed/validate.ts, compiled in memory).
// The bin runs the built CLI: `npm test` builds it first; alone, run `npm run build:cli` first.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = fileURLToPath(new URL('bin/careers-feed.js', new URL('../../', import.meta.url)));
export const CONTENT = 'test/fixtures/hugo-site/content';
export { CORPUS, CORPUS_ABSENT as CORPUS_README, corpusPresent } from './corpus.mjs';

/** The fixed clock of the tests: before the fixtures' 2099 dates, after their 2026 ones. */
export const NOW = '2026-03-15T12:00:00Z';

/** Runs `careers-feed ...args` from the project root; the clock is NOW unless env says otherwise. */
export function runCli(args, { env = {}, cwd = ROOT } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, CAREERS_FEED_NOW: NOW, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    /** stderr lines, without the closing summary line. */
    messages: result.stderr.split('\n').filter((line) => line && !line.startsWith('careers-feed: ')),
    json: () => JSON.parse(result.stdout),
  };
}

/** `build DIR ...` and the parsed feed. */
export function buildFeed(dir, ...options) {
  const run = runCli(['build', dir, ...options]);
  return { ...run, feed: run.stdout ? run.json() : null };
}

/** Bundles a TS module to ESM in memory and imports it (as test/feed/validate-schema.test.mjs does). */
export async function importTs(path) {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(path, new URL('../../', import.meta.url)))],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'silent',
  });
  return import('data:text/javascript;base64,' + Buffer.from(result.outputFiles[0].text).toString('base64'));
}

export const { validateFeed } = await importTs('src/feed/validate.ts');

/** Asserts through the widget's validator that every posting is valid and ids are unique. */
export function assertValidFeed(assert, feed) {
  const { skipped, problems } = validateFeed(feed);
  assert.deepEqual(skipped, [], 'postings the widget would skip');
  assert.deepEqual(problems, [], 'top-level problems');
  assert.equal(new Set(feed.postings.map((p) => p.id)).size, feed.postings.length, 'unique ids');
}

export const BUILT_CLI = new URL('dist/cli/careers-feed.js', new URL('../../', import.meta.url));

/** The built CLI module, for in-process checks of its pure parts. */
export async function importCli() {
  if (!existsSync(BUILT_CLI)) throw new Error('dist/cli/careers-feed.js is missing: run "npm run build:cli" first');
  return import(BUILT_CLI.href);
}

/** A page's body as the CLI takes it: after the front matter, without blank lines around it. */
export function bodyOf(file) {
  const text = readFileSync(file, 'utf8');
  const match = /^(---|\+\+\+)\n[\s\S]*?\n\1[ \t]*\n/.exec(text);
  return text.slice(match[0].length).replace(/^(?:[ \t]*\n)*/, '').trimEnd();
}

export const byId = (feed) => Object.fromEntries(feed.postings.map((p) => [p.id, p]));
