/**
 * web-test-runner's third browser: WebKit (the engine of Safari) through WebKitGTK's WebDriver.
 * Each of `concurrency` pages is a MiniBrowser of its own (one session per WebKitWebDriver) on a
 * private Xvfb display of its own, so that each window has the focus; a test file gets a whole
 * page, as in Chromium and Firefox, not an iframe of a shared one.
 */
import { startDisplay, startWebKit } from './webkit.mjs';

/** A MiniBrowser alone on an Xvfb display of its own: its window always has the focus. */
async function startAlone() {
  const display = await startDisplay();
  try {
    const browser = await startWebKit({ display: display.display, pageLoadStrategy: 'none' });
    return { ...browser, stop: () => browser.stop().finally(display.stop) };
  } catch (error) {
    await display.stop();
    throw error;
  }
}

class WebKitLauncher {
  name = 'WebKit';
  // The type of @web/test-runner-webdriver: the command plugins then press keys through sendKeys below.
  type = 'webdriver';

  constructor({ concurrency = 1 } = {}) {
    this.concurrency = concurrency;
    /** Browsers started (or starting), and those not running a test file now. */
    this.browsers = [];
    this.idle = [];
    /** Test session id → { browser, url }. */
    this.sessions = new Map();
  }

  /** An idle browser, or a new one while there are fewer than `concurrency`. */
  async takeBrowser() {
    if (this.idle.length) return this.idle.pop();
    if (this.browsers.length >= this.concurrency) throw new Error('web-test-runner asked WebKit for more pages than its concurrency');
    const starting = startAlone();
    this.browsers.push(starting);
    const browser = await starting;
    this.name = `WebKit ${browser.version}`;
    return browser;
  }

  async startSession(id, url) {
    const browser = await this.takeBrowser();
    this.sessions.set(id, { browser, url });
    await browser.navigate(url);
  }

  isActive(id) {
    return this.sessions.has(id);
  }

  getBrowserUrl(id) {
    return this.sessions.get(id)?.url;
  }

  async stopSession(id) {
    const { browser } = this.sessions.get(id);
    this.sessions.delete(id);
    // A blank page stops whatever the test file left running before the next file loads.
    await browser.navigate('about:blank');
    this.idle.push(browser);
    return {};
  }

  /** sendKeys as the command plugins call it for a WebDriver browser: each entry a key or chord, pressed in turn. */
  async sendKeys(id, keys) {
    const { browser } = this.sessions.get(id);
    for (const key of keys) await browser.press(key);
  }

  /** The viewport command (test/support/viewport-command.mjs). */
  setViewport(id, size) {
    return this.sessions.get(id).browser.setViewport(size);
  }

  async startDebugSession() {
    throw new Error('WebKit runs headless here (Xvfb): debug in Chromium or Firefox, or run MiniBrowser on your own display');
  }

  async stop() {
    const browsers = await Promise.allSettled(this.browsers);
    await Promise.all(browsers.filter((result) => result.status === 'fulfilled').map((result) => result.value.stop()));
    this.browsers = [];
    this.idle = [];
  }
}

/** WebKit for web-test-runner's `browsers`; `concurrency` pages at a time (default 1). */
export function webkitLauncher(options) {
  return new WebKitLauncher(options);
}
