/**
 * Host pages for the security and resilience tests: the strict policy docs/security.md
 * documents, either build of the widget, the host's own code (hooks/host-page.js: a ticking
 * counter, a record of uncaught errors, CSP violations and careers-error events), and a browser
 * page that lets no request leave this machine and answers every dialog (recording it).
 */
import { openPage } from './browser.mjs';
import { pressables } from '../pressables.mjs';

export const BUILDS = {
  module: '<script type="module" src="{{WIDGET}}/careers-widget.js"></script>',
  classic: '<script src="{{WIDGET}}/careers-widget.iife.js"></script>',
};

/** The host policy of docs/security.md, A strict host page, for these servers' origins. */
export function strictPolicy(servers, { trustedTypes = 'lit-html careers-widget' } = {}) {
  return [
    "default-src 'none'",
    `script-src ${servers.widget}`,
    `connect-src ${servers.feed}`,
    `img-src ${servers.feed} data:`,
    "style-src 'self'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ');
}

/** A host page: `head` and `body` markup, the host's own code first (so it sees everything). */
export function hostPage({ head = '', body = '', lang = 'en' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host</title>
    <script src="{{WIDGET}}/hooks/host-page.js"></script>${head}</head>
    <body><h1>Host page</h1>${body}</body></html>`;
}

const LOCAL = /^(https?|wss?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;

/** openPage, plus: requests to anywhere but this machine are aborted and listed in `blocked`; dialogs are dismissed and listed. */
export async function openGuardedPage(browser) {
  const session = await openPage(browser);
  const blocked = [];
  const dialogs = [];
  await session.page.route(
    (url) => !LOCAL.test(url.href) && url.protocol !== 'data:' && url.protocol !== 'blob:',
    (route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  session.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    return dialog.dismiss();
  });
  return { ...session, blocked, dialogs };
}

/** What the host's own code recorded (hooks/host-page.js). */
export function hostRecord(page) {
  return page.evaluate(() => ({
    uncaught: window.__uncaught,
    violations: window.__violations,
    careersErrors: window.__careersErrors,
    xss: window.__xssCalls,
  }));
}

/** Waits until the host's counter has moved on by `ticks`: its code still runs. */
export async function expectTicking(page, ticks = 5) {
  const start = await page.evaluate(() => window.__ticks);
  await page.waitForFunction((from) => window.__ticks >= from, start + ticks);
}

/** Card ids of a widget once its list shows. */
export async function cardIds(page, widget = 'careers-widget') {
  await page.locator(`${widget} careers-job-card`).first().waitFor();
  return page.locator(`${widget} careers-job-card`).evaluateAll((cards) => cards.map((card) => card.dataset.id));
}

/**
 * Opens each posting of a widget by its card link, waits for the body, presses everything in it
 * (pressables.mjs; links do not navigate: the click's default is prevented after the widget's own
 * handlers ran), and goes back to the list. Returns the ids opened.
 */
export async function openEveryPosting(page, widget = 'careers-widget') {
  const ids = await cardIds(page, widget);
  // The page cannot import pressables(): it gets its source.
  await page.evaluate(`window.__pressables = ${pressables.toString()};`);
  await page.evaluate(() => {
    window.addEventListener('click', (event) => event.preventDefault());
  });
  for (const id of ids) {
    await page.locator(`${widget} careers-job-card[data-id="${id}"] a[part="link"]`).click();
    // Busy until the body has rendered (a raw-HTML one waits for the sanitiser).
    await page.locator(`${widget} careers-job-posting [part="body"][aria-busy="false"]`).waitFor();
    await page.evaluate((selector) => {
      const posting = document.querySelector(selector).shadowRoot.querySelector('careers-job-posting');
      for (const element of window.__pressables(posting)) if (element.getAttribute('part') !== 'back') element.click();
    }, widget);
    await page.evaluate((selector) => {
      document.querySelector(selector).shadowRoot.querySelector('careers-job-posting').shadowRoot.querySelector('a[part="back"]').click();
    }, widget);
    await page.locator(`${widget} careers-job-card`).first().waitFor();
  }
  return ids;
}
