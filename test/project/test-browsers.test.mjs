// The preflight of `npm test` (scripts/test-browsers.mjs) on a machine that lacks a browser and
// cannot install it: one line naming the apt-get install to run, and no test starts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../scripts/test-browsers.mjs', import.meta.url));

/** Runs the preflight for `browsers` with nothing on PATH (so no apt-get either) and `env`. */
function preflight(browsers, env = {}) {
  return spawnSync(process.execPath, [SCRIPT, ...browsers], { env: { PATH: '/nonexistent', ...env }, encoding: 'utf8' });
}

test('a missing browser, driver or X server stops the run with the one command that installs them', () => {
  const run = preflight(['chromium', 'webkit'], { CHROMIUM_PATH: '/nowhere/chromium' });
  assert.equal(run.status, 1);
  assert.equal(run.stdout, '');
  const lines = run.stderr.trim().split('\n');
  assert.equal(lines.length, 1, run.stderr);
  assert.match(lines[0], /`(sudo )?apt-get install -y chromium webkit2gtk-driver xvfb`/);
  assert.match(lines[0], /WebKitWebDriver/);
});

test('what is there passes without a word', () => {
  const run = preflight(['firefox'], { FIREFOX_PATH: process.execPath });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stderr + run.stdout, '');
});

test('an unknown browser is a usage error', () => {
  const run = preflight(['safari']);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /unknown: safari/);
});
