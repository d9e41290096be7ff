/**
 * The browsers the tests run in, each as the programs it needs and the Debian packages that
 * bring them (npm's browser downloads do not work here: the browsers come from Debian).
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { MINIBROWSER } from './webkit.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Browser name → the programs it needs, each with its package. */
export const BROWSER_NEEDS = {
  chromium: [{ program: CHROMIUM, package: 'chromium' }],
  firefox: [{ program: FIREFOX, package: 'firefox-esr' }],
  webkit: [
    { program: 'WebKitWebDriver', package: 'webkit2gtk-driver' },
    // MiniBrowser comes with the engine library, which webkit2gtk-driver depends on.
    { program: MINIBROWSER, package: 'webkit2gtk-driver' },
    { program: 'Xvfb', package: 'xvfb' },
  ],
};

/** Whether `program` (a path, or a name looked up on PATH) can be run. */
function runnable(program) {
  const candidates = program.includes('/') ? [program] : (process.env.PATH ?? '').split(delimiter).map((folder) => join(folder, program));
  return candidates.some((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** What is missing for `browsers` (names of BROWSER_NEEDS): the programs, and their packages once each. */
export function missingFor(browsers) {
  const needs = browsers.flatMap((browser) => BROWSER_NEEDS[browser]).filter((need) => !runnable(need.program));
  return { programs: needs.map((need) => need.program), packages: [...new Set(needs.map((need) => need.package))] };
}

/** The browsers a web-test-runner run uses: CAREERS_BROWSERS ("chromium,webkit"), else all three. */
export function testBrowsers() {
  const names = (process.env.CAREERS_BROWSERS ?? Object.keys(BROWSER_NEEDS).join(',')).split(',').map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(name in BROWSER_NEEDS));
  if (unknown.length || !names.length) throw new Error(`CAREERS_BROWSERS names ${unknown.join(', ') || 'no browser'}; known: ${Object.keys(BROWSER_NEEDS).join(', ')}`);
  return names;
}
