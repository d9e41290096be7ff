#!/usr/bin/env node
// careers-feed: a Hugo content folder → the careers feed. The code is in src/cli/, built to
// dist/cli/careers-feed.js by `npm run build` and by `prepare` (so by `npm ci`). In a
// checkout with sources, a missing or outdated build is rebuilt first.
import { existsSync, readdirSync, statSync } from 'node:fs';

const built = new URL('../dist/cli/careers-feed.js', import.meta.url);

/** Newest modification time of the sources the CLI is built from; 0 without sources. */
function newestSource() {
  let newest = 0;
  for (const dir of ['src/cli/', 'src/feed/', 'src/content/']) {
    const url = new URL(`../${dir}`, import.meta.url);
    if (!existsSync(url)) continue;
    for (const name of readdirSync(url)) newest = Math.max(newest, statSync(new URL(name, url)).mtimeMs);
  }
  return newest;
}

if (!existsSync(built) || statSync(built).mtimeMs < newestSource()) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
  } catch (error) {
    if (!existsSync(built)) {
      console.error(`careers-feed: the CLI is not built and cannot be (${error.message}); run "npm run build"`);
      process.exit(2);
    }
  }
}
// A reader that stops early (careers-feed build . | head) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { main } = await import(built.href);
process.exitCode = main(process.argv.slice(2));
