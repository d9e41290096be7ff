/**
 * The keep on real host pages: the built bundles on three origins, a reader's first visit and
 * then a reload of the same page. After a good load, every way the feed's host can fail shows
 * the kept postings with the notice and a Try again that works, never the error box; an
 * unchanged feed is revalidated with a conditional request and answered by a 304.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CORS } from '../support/e2e/servers.mjs';
import { openPage } from '../support/e2e/browser.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { BUILDS, cardIds, expectTicking, hostPage, hostRecord, openGuardedPage } from '../support/e2e/host-page.mjs';

const GOOD = readFileSync(new URL('../fixtures/feed-basic.json', import.meta.url), 'utf8');
const BASIC_IDS = ['bravo', 'charlie', 'alpha'];
const JSON_TYPE = { ...CORS, 'content-type': 'application/json' };
const ETAG = '"basic-1"';
/** Stored by the browser, revalidated on every use: the HTTP cache asks with If-None-Match. */
const REVALIDATED = { ...JSON_TYPE, etag: ETAG, 'cache-control': 'no-cache', 'access-control-expose-headers': 'etag' };

/** The outages of the broken-feed tests, each after a good load: the code careers-error reports. */
const OUTAGES = {
  'status-500': { code: 'http', serve: (response) => response.writeHead(500, CORS).end('Internal Server Error') },
  'status-404': { code: 'http', serve: (response) => response.writeHead(404, CORS).end('Not Found') },
  'status-410': { code: 'http', serve: (response) => response.writeHead(410, CORS).end('Gone') },
  'dropped-connection': { code: 'network', serve: (response, request) => request.socket.destroy() },
  'never-answers': { code: 'timeout', serve: (response, request) => request.on('close', () => response.destroy()) },
  'invalid-json': { code: 'not-json', serve: (response) => response.writeHead(200, JSON_TYPE).end('{ "version": 1, postings: [] }') },
  'truncated-json': { code: 'not-json', serve: (response) => response.writeHead(200, JSON_TYPE).end(GOOD.slice(0, GOOD.length / 2)) },
  'unknown-version': { code: 'unsupported-version', serve: (response) => response.writeHead(200, JSON_TYPE).end(GOOD.replace('"version": 1', '"version": 2')) },
};

let broken = false;
/** Conditional headers and status of each request for /unchanged.json. */
const unchangedRequests = [];

const feedRoutes = Object.fromEntries(
  Object.entries(OUTAGES).map(([name, { serve }]) => [`/${name}.json`, (request, response) => (broken ? serve(response, request) : response.writeHead(200, JSON_TYPE).end(GOOD))]),
);
feedRoutes['/unchanged.json'] = (request, response) => {
  const notModified = request.headers['if-none-match'] === ETAG;
  unchangedRequests.push({ ifNoneMatch: request.headers['if-none-match'] ?? null, status: notModified ? 304 : 200 });
  if (notModified) response.writeHead(304, REVALIDATED).end();
  else response.writeHead(200, REVALIDATED).end(GOOD);
};
const e2e = e2eSession({ feedRoutes });

/** Runs in the page before its scripts: every careers-load, with its widget's id. */
function recordLoads() {
  window.__loads = [];
  document.addEventListener('careers-load', (event) => window.__loads.push({ target: event.target.id, source: event.detail.source, count: event.detail.count }));
}

/** Waits until the page's origin keeps `count` feeds (the write follows the first cards). */
async function keptFeeds(page, count) {
  await page.waitForFunction(async (expected) => (await (await caches.open('careers-widget-feeds')).keys()).length === expected, count, { polling: 50, timeout: 0 });
}

const widgetsOf = (names, timeout) =>
  names.map((name) => `<careers-widget id="${name}" lang="en" ${name === 'never-answers' && timeout ? `timeout="${timeout}"` : ''} src="{{FEED}}/${name}.json"></careers-widget>`).join('\n');

for (const [build, script] of Object.entries(BUILDS)) {
  describe(`the kept feed, ${build} build`, () => {
    it('after a good load, each outage shows the kept postings with a notice and a working Try again', async () => {
      broken = false;
      const names = Object.keys(OUTAGES);
      const path = `/kept-${build}.html`;
      const url = e2e.servers.page(path, hostPage({ head: script, body: widgetsOf(names) }));
      const { page, errors, blocked, close } = await openGuardedPage(e2e.browser);
      await page.addInitScript(recordLoads);
      await page.goto(url);
      for (const name of names) assert.deepEqual(await cardIds(page, `#${name}`), BASIC_IDS, name);
      await keptFeeds(page, names.length);

      // The reader comes back while the feed's host is down (a short timeout only where it hangs).
      broken = true;
      e2e.servers.page(path, hostPage({ head: script, body: widgetsOf(names, 1000) }));
      await page.reload();
      for (const name of names) {
        const notice = page.locator(`#${name} [part="notice"]`);
        await notice.waitFor();
        assert.match((await notice.locator('p').textContent()).trim(), /^This list was last updated \d+ minutes? ago\. It could not be refreshed just now\.$/, name);
        assert.equal(await page.locator(`#${name} [role="alert"]`).count(), 0, `${name}: no error box`);
        assert.deepEqual(await cardIds(page, `#${name}`), BASIC_IDS, name);
      }
      await page.waitForFunction((count) => window.__careersErrors.length === count, names.length, { timeout: 0 });
      let record = await hostRecord(page);
      assert.deepEqual(Object.fromEntries(record.careersErrors.map((error) => [error.target, error.code])), Object.fromEntries(names.map((name) => [name, OUTAGES[name].code])));
      const loads = await page.evaluate(() => window.__loads);
      assert.deepEqual(loads.map((load) => load.source), names.map(() => 'keep'));
      await expectTicking(page);

      broken = false;
      // The host is back: timeouts were for the outage, not for a loaded machine's answer.
      await page.evaluate(() => document.querySelectorAll('careers-widget').forEach((widget) => widget.setAttribute('timeout', '600000')));
      const errorsBefore = record.careersErrors.length;
      for (const name of names) await page.locator(`#${name} [part="notice"] button[part="retry"]`).click();
      for (const name of names) {
        // Ends on either answer, so that a failed retry fails the test instead of waiting for ever.
        await page.waitForFunction(
          ([id, before]) => window.__loads.some((load) => load.target === id && load.source === 'network') || window.__careersErrors.slice(before).some((error) => error.target === id),
          [name, errorsBefore],
          { timeout: 0 },
        );
        const retryErrors = (await hostRecord(page)).careersErrors.slice(errorsBefore).filter((error) => error.target === name);
        assert.deepEqual(retryErrors, [], `${name}: Try again loaded the feed`);
        assert.equal(await page.locator(`#${name} [part="notice"]`).count(), 0, `${name}: the notice went`);
        assert.deepEqual(await cardIds(page, `#${name}`), BASIC_IDS, name);
      }
      record = await hostRecord(page);
      assert.deepEqual(record.uncaught, []);
      assert.deepEqual(errors.filter((error) => error.startsWith('pageerror')), []);
      assert.deepEqual(blocked, []);
      await close();
    });

    it('revalidates an unchanged feed with a conditional request: a 304, the kept list stays', async () => {
      unchangedRequests.length = 0;
      const url = e2e.servers.page(`/unchanged-${build}.html`, hostPage({ head: script, body: '<careers-widget id="unchanged" lang="en" src="{{FEED}}/unchanged.json"></careers-widget>' }));
      // Not the guarded page: Playwright's request routing would turn the HTTP cache off.
      const { page, errors, close } = await openPage(e2e.browser);
      await page.addInitScript(recordLoads);
      await page.goto(url);
      assert.deepEqual(await cardIds(page, '#unchanged'), BASIC_IDS);
      await keptFeeds(page, 1);
      await page.reload();
      await page.waitForFunction(() => window.__loads.some((load) => load.source === 'network'), null, { timeout: 0 });
      // The kept list shows first unless the network's answer (here, next door) came sooner.
      const loads = await page.evaluate(() => window.__loads);
      assert.deepEqual(loads.at(-1), { target: 'unchanged', source: 'network', count: 3 });
      assert.ok(['keep,network', 'network'].includes(loads.map((load) => load.source).join()), JSON.stringify(loads));
      // The first visit asked plainly (the positive control); the second, conditionally.
      assert.deepEqual(unchangedRequests, [
        { ifNoneMatch: null, status: 200 },
        { ifNoneMatch: ETAG, status: 304 },
      ]);
      assert.equal(await page.locator('#unchanged [part="notice"]').count(), 0);
      assert.deepEqual(await cardIds(page, '#unchanged'), BASIC_IDS);
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
