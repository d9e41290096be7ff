/**
 * WebKit, the engine of Safari, driven through WebKitGTK's WebDriver (Debian: webkit2gtk-driver)
 * on a private Xvfb display: a small W3C WebDriver client, shared by web-test-runner's launcher
 * (webkit-launcher.mjs) and the end-to-end smoke (test/e2e/webkit-smoke.test.mjs).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';

/** Debian puts MiniBrowser, the browser WebKitWebDriver drives, under its multiarch folder. */
function findMiniBrowser() {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const folders = existsSync('/usr/lib') ? readdirSync('/usr/lib') : [];
  const found = folders.map((folder) => `/usr/lib/${folder}/webkit2gtk-4.1/MiniBrowser`).find((path) => existsSync(path));
  return found ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
}

export const MINIBROWSER = findMiniBrowser();

/** Generous: a loaded machine starts a browser slowly, which must not fail a run. */
const START_CEILING_MS = 120_000;

/** Resolves with the match once `stream` (of `child`) has printed `pattern`; rejects when `child` exits first. */
function waitForOutput(child, stream, pattern, what) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${START_CEILING_MS / 1000} s`)), START_CEILING_MS);
    stream.on('data', (chunk) => {
      seen += chunk;
      const match = pattern.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code}) before it started: ${seen.trim()}`));
    });
  });
}

const children = new Set();
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

function track(child) {
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** A virtual X display of its own (Xvfb picks a free number and tells it on fd 3). */
export async function startDisplay() {
  const xvfb = track(spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp', '-noreset'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }));
  const [, number] = await waitForOutput(xvfb, xvfb.stdio[3], /^(\d+)\n/, 'Xvfb');
  return { display: `:${number}`, stop: () => stopChild(xvfb) };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

class WebDriverError extends Error {}

/** One W3C WebDriver command; answers its `value`, throws the driver's own message. */
async function command(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
  const { value } = await response.json();
  if (!response.ok) throw new WebDriverError(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

/** In the page: ends once the viewport is `width` × `height`, or after a few frames (then the caller resizes again). */
const VIEWPORT_OR_FRAMES = `const [width, height, done] = arguments;
let frames = 10;
const tick = () => (innerWidth === width && innerHeight === height) || !--frames ? done() : requestAnimationFrame(tick);
tick();`;

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebDriver's code points for the keys tests press by name (the rest are the character itself). */
const KEY_CODES = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  Shift: '\uE008',
  Backspace: '\uE003',
};

/** `press` as web-test-runner's sendKeys takes it ("Tab", "Shift+Tab", " ") as WebDriver key actions. */
function keyActions(press) {
  const keys = press.length > 1 ? press.split('+').map((key) => KEY_CODES[key] ?? key) : [press];
  if (keys.some((key) => [...key].length !== 1)) throw new Error(`WebKit: no WebDriver key for "${press}"`);
  return [...keys.map((value) => ({ type: 'keyDown', value })), ...keys.reverse().map((value) => ({ type: 'keyUp', value }))];
}

/**
 * Starts WebKitWebDriver on `display` and opens a MiniBrowser session on it. `pageLoadStrategy`
 * "none" returns from navigation at once (web-test-runner hears from the page itself); the
 * smoke uses "normal". Returns the session's commands and `stop`, which ends the browser and driver.
 */
export async function startWebKit({ display, pageLoadStrategy = 'normal' }) {
  const port = await freePort();
  const driver = track(spawn('WebKitWebDriver', [`--port=${port}`], { env: { ...process.env, DISPLAY: display }, stdio: 'ignore' }));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_CEILING_MS;
  for (;;) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    const ready = await command(base, 'GET', '/status').then((status) => status.ready, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not answer within ${START_CEILING_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const { sessionId, capabilities } = await command(base, 'POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'MiniBrowser',
        pageLoadStrategy,
        timeouts: { script: START_CEILING_MS, pageLoad: START_CEILING_MS },
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      },
    },
  });
  const session = (method, path, body) => command(base, method, `/session/${sessionId}${path}`, body);
  const execute = (script, ...args) => session('POST', '/execute/sync', { script, args });
  const executeAsync = (script, ...args) => session('POST', '/execute/async', { script, args });
  await session('POST', '/window/rect', { width: 1280, height: 900 });
  return {
    version: capabilities.browserVersion,
    navigate: (url) => session('POST', '/url', { url }),
    url: () => session('GET', '/url'),
    back: () => session('POST', '/back', {}),
    /** Runs `script` (a function's source or body) in the page with `args`; answers what it returns (elements as references). */
    execute,
    /** Like execute, for a script that ends by calling its last argument. */
    executeAsync,
    /** A real pointer click on an element reference `execute` returned. */
    click: (element) => session('POST', `/element/${element[ELEMENT]}/click`, {}),
    /** Presses a key or a chord ("Tab", "Shift+Tab") in the focused element, as a user would. */
    press: async (press) => {
      await session('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: keyActions(press) }] });
      await session('DELETE', '/actions');
    },
    /**
     * Resizes the window so that the page's viewport is `width` × `height` CSS px. A loaded X server
     * applies a resize late, so the page waits a few frames for the size, and the resize is re-sent
     * until the page sees it.
     */
    setViewport: async ({ width, height }) => {
      const deadline = Date.now() + START_CEILING_MS;
      for (;;) {
        const rect = await session('GET', '/window/rect');
        const [innerWidth, innerHeight] = await execute('return [innerWidth, innerHeight]');
        if (innerWidth === width && innerHeight === height) return;
        if (Date.now() > deadline) throw new Error(`WebKit: viewport ${innerWidth}×${innerHeight}, not ${width}×${height}`);
        // The window's toolbars take what the viewport does not get.
        await session('POST', '/window/rect', { width: width + rect.width - innerWidth, height: height + rect.height - innerHeight });
        await executeAsync(VIEWPORT_OR_FRAMES, width, height);
      }
    },
    stop: async () => {
      await session('DELETE', '').catch(() => {});
      await stopChild(driver);
    },
  };
}
