#!/usr/bin/env node
/**
 * Before a test run: are the browsers it needs there (`node scripts/test-browsers.mjs chromium
 * firefox webkit`)? Missing ones are installed from Debian where this runs as root with apt-get,
 * as CI does; anywhere else the run stops with one line naming the command to run.
 */
import { spawnSync } from 'node:child_process';
import { BROWSER_NEEDS, missingFor } from '../test/support/browsers.mjs';

const browsers = process.argv.slice(2);
const unknown = browsers.filter((browser) => !(browser in BROWSER_NEEDS));
if (!browsers.length || unknown.length) {
  console.error(`usage: node scripts/test-browsers.mjs ${Object.keys(BROWSER_NEEDS).join('|')} …${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}

const missing = missingFor(browsers);
if (missing.packages.length) {
  const install = `apt-get install -y ${missing.packages.join(' ')}`;
  const asRoot = process.getuid?.() === 0;
  const canInstall = asRoot && spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!canInstall) {
    console.error(`Tests need ${missing.programs.join(', ')}: run \`${asRoot ? '' : 'sudo '}${install}\` first.`);
    process.exit(1);
  }
  console.log(`Installing what the tests need (${missing.programs.join(', ')}): ${install}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', ...missing.packages]]) {
    if (spawnSync('apt-get', args, { stdio: 'inherit', env }).status !== 0) {
      console.error(`Could not install ${missing.packages.join(' ')}: \`${install}\` failed (output above).`);
      process.exit(1);
    }
  }
  const still = missingFor(browsers);
  if (still.programs.length) {
    console.error(`Still missing after \`${install}\`: ${still.programs.join(', ')}.`);
    process.exit(1);
  }
}
