#!/usr/bin/env node
// careers-feed: a Hugo content folder → the careers feed. The code is in src/cli/, built to
// dist/cli/careers-feed.js by `npm run build` and by `prepare` (so by `npm ci`).
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/careers-feed.js', import.meta.url);
if (!existsSync(built)) {
  console.error('careers-feed: the CLI is not built (dist/cli/careers-feed.js is missing): run "npm run build" first');
  process.exit(2);
}
// A reader that stops early (careers-feed build . | head) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
const { main } = await import(built.href);
process.exitCode = main(process.argv.slice(2));
