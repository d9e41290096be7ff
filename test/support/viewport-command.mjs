/**
 * The `viewport` command of test/support/viewport.ts, in every browser of the run: web-test-runner's
 * own setViewport has no WebDriver implementation, so WebKit resizes its window instead.
 */
export const viewportCommand = {
  name: 'viewport-command',
  async executeCommand({ command, payload, session }) {
    if (command !== 'viewport') return undefined;
    const { browser } = session;
    if (browser.setViewport) await browser.setViewport(session.id, payload);
    else if (browser.type === 'puppeteer') await browser.getPage(session.id).setViewport(payload);
    else throw new Error(`viewport: no way to size a ${browser.type} browser`);
    return true;
  },
};
