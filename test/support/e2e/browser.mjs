import { chromium } from 'playwright-core';

/** Debian's Chromium, headless, kept off the network it cannot reach here; `args` adds flags. */
export function launchChromium({ args = [] } = {}) {
  const asRoot = process.getuid?.() === 0;
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...(asRoot ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...args,
    ],
  });
}

/** A page that records uncaught errors and console errors, for tests that assert there are none. */
export async function openPage(browser) {
  const context = await browser.newContext();
  // Waits end when their condition holds; the ceiling is for real hangs, well above a loaded machine's slowest.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, errors, close: () => context.close() };
}

/** Text of the first element matching a selector inside the widget's shadow tree (pierced by Playwright). */
export function widgetText(page, selector, widget = 'careers-widget') {
  return page.locator(widget).locator(selector).first().textContent();
}
