/**
 * `npm test`'s last step: the Node suites (CLI, end-to-end, visual) and the browser suites
 * (web-test-runner: Chromium, Firefox, WebKit) side by side, since each leaves the machine idle
 * much of the time (emulated networks, one WebKit page at a time). The browsers' output streams
 * live; the Node suites' is printed whole once both have ended. Fails when either fails.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SUITES = {
  node: { command: process.execPath, args: ['--test', 'test/node/', 'test/e2e/', 'test/visual/'], live: false },
  browsers: { command: fileURLToPath(new URL('../node_modules/.bin/web-test-runner', import.meta.url)), args: [], live: true },
};

const running = new Set();
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    for (const child of running) child.kill(signal);
    process.exit(130);
  });
}

/** Runs one suite; resolves with its exit code, seconds taken and (unless live) what it printed. */
function run(name, { command, args, live }) {
  const started = performance.now();
  const child = spawn(command, args, { cwd: root, stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const printed = [];
  if (!live) for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk) => printed.push(chunk));
  return new Promise((resolve) => {
    child.once('close', (code, signal) => {
      running.delete(child);
      resolve({ name, code: code ?? (signal ? 1 : 0), seconds: Math.round((performance.now() - started) / 1000), printed: Buffer.concat(printed) });
    });
    child.once('error', (error) => {
      running.delete(child);
      resolve({ name, code: 1, seconds: 0, printed: Buffer.from(`${name}: ${error.message}\n`) });
    });
  });
}

const results = await Promise.all(Object.entries(SUITES).map(([name, suite]) => run(name, suite)));
for (const { name, printed } of results) {
  if (printed.length) process.stdout.write(`\n── ${name} suites ──\n${printed}`);
}
for (const { name, code, seconds } of results) console.log(`${name} suites: ${code === 0 ? 'passed' : `failed (exit ${code})`} in ${seconds} s`);
process.exitCode = results.some(({ code }) => code !== 0) ? 1 : 0;
