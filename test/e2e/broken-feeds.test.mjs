/**
 * Broken networks and feeds, against the built bundle on three origins. Each broken
 * feed gets a widget of its own on one host page: every one shows the error state (role="alert",
 * in the widget's language, Norwegian here) with a Try again button, fires careers-error with its
 * code, and recovers on Try again once the server is fixed. A feed with some broken postings
 * shows the good ones and pollutes nothing. The host page's own code runs throughout.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CORS } from '../support/e2e/servers.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { BUILDS, cardIds, expectTicking, hostPage, hostRecord, openEveryPosting, openGuardedPage } from '../support/e2e/host-page.mjs';

const GOOD = readFileSync(new URL('../fixtures/feed-basic.json', import.meta.url), 'utf8');
const JSON_TYPE = { ...CORS, 'content-type': 'application/json' };
const LIMIT = 5 * 1024 * 1024; // MAX_FEED_BYTES in src/feed/load.ts

/** Streams padding of at least `bytes` bytes (saying how many in Content-Length if `declare`), stopping when the reader goes away. */
function stream(response, bytes, { declare = false } = {}) {
  const chunk = Buffer.alloc(64 * 1024, ' ');
  const chunks = Math.ceil(bytes / chunk.length);
  response.writeHead(200, { ...JSON_TYPE, ...(declare && { 'content-length': String(chunks * chunk.length + 2) }) });
  let sent = 0;
  const next = () => {
    while (sent < chunks) {
      sent++;
      if (!response.write(chunk)) return response.once('drain', next);
    }
    response.end('{}');
  };
  response.on('close', () => (sent = chunks));
  next();
}

const NB = {
  http: (status) => `Listen over ledige stillinger kunne ikke hentes (serveren svarte ${status}).`,
  'not-json': () => 'Listen over ledige stillinger er skadet og kunne ikke leses.',
  format: () => 'Listen over ledige stillinger er skadet og kunne ikke leses.',
  'unsupported-version': () => 'Listen over ledige stillinger er i et nyere format enn denne visningen støtter.',
  network: () => 'Vi fikk ikke kontakt med listen over ledige stillinger. Sjekk nettforbindelsen og prøv igjen.',
  timeout: () => 'Det tar for lang tid å hente listen over ledige stillinger. Prøv igjen om litt.',
  'too-large': () => 'Listen over ledige stillinger er for stor til å hentes.',
};

/** Each broken feed: how it breaks, and the code (and status) the widget must report. */
const BROKEN = {
  'status-404': { code: 'http', status: 404, serve: (response) => response.writeHead(404, CORS).end('Not Found') },
  'status-500': { code: 'http', status: 500, serve: (response) => response.writeHead(500, CORS).end('Internal Server Error') },
  'status-503': { code: 'http', status: 503, serve: (response) => response.writeHead(503, { ...CORS, 'retry-after': '1' }).end('Service Unavailable') },
  'login-page': {
    code: 'not-json',
    serve: (response) =>
      response.writeHead(200, { ...CORS, 'content-type': 'text/html' }).end('<!doctype html><title>Log in</title><form method=post><input name=user><input type=password name=pass></form>'),
  },
  'invalid-json': { code: 'not-json', serve: (response) => response.writeHead(200, JSON_TYPE).end('{ "version": 1, postings: [] }') },
  'truncated-json': { code: 'not-json', serve: (response) => response.writeHead(200, JSON_TYPE).end(GOOD.slice(0, GOOD.length / 2)) },
  'bom-and-garbage': { code: 'not-json', serve: (response) => response.writeHead(200, JSON_TYPE).end('\uFEFF<html>not a feed</html>') },
  'empty-body': { code: 'not-json', serve: (response) => response.writeHead(200, JSON_TYPE).end('') },
  'array-not-object': { code: 'format', serve: (response) => response.writeHead(200, JSON_TYPE).end(`[${GOOD}]`) },
  'unknown-version': { code: 'unsupported-version', serve: (response) => response.writeHead(200, JSON_TYPE).end(GOOD.replace('"version": 1', '"version": 2')) },
  'no-cors': { code: 'network', serve: (response) => response.writeHead(200, { 'content-type': 'application/json' }).end(GOOD) },
  'never-answers': { code: 'timeout', serve: (response, request) => request.on('close', () => response.destroy()) },
  'too-large-declared': { code: 'too-large', serve: (response) => stream(response, LIMIT + 1, { declare: true }) },
  'too-large-streamed': { code: 'too-large', serve: (response) => stream(response, LIMIT + 1) },
};

/** A feed whose top level is fine and some postings are not: the good ones must show. */
const SOME_BROKEN = `{
  "version": 1,
  "__proto__": { "polluted": "feed" },
  "constructor": { "prototype": { "polluted": "feed constructor" } },
  "postings": [
    { "id": "good-one", "lang": "en", "title": "Good one", "datePosted": "2026-01-03", "body": "Fine." },
    { "id": 42, "lang": "en", "title": "Number id", "datePosted": "2026-01-01", "body": "x" },
    { "id": "wrong-types", "lang": "en", "title": ["not", "a", "string"], "datePosted": 20260101, "body": { "text": "x" } },
    { "id": "impossible-date", "lang": "en", "title": "February 30", "datePosted": "2026-02-30", "body": "x" },
    { "id": "words-for-a-date", "lang": "en", "title": "Yesterday", "datePosted": "yesterday", "body": "x" },
    { "id": "javascript-urls", "lang": "en", "title": "Script URLs", "datePosted": "2026-01-02", "body": "[x](javascript:__xss(1))",
      "url": "javascript:__xss(2)", "image": "javascript:__xss(3)", "apply": { "url": "javascript:__xss(4)", "label": "Apply" } },
    { "id": "good-one", "lang": "en", "title": "Duplicate of good-one", "datePosted": "2026-01-09", "body": "x" },
    { "__proto__": { "id": "inherited", "lang": "en", "title": "Inherited", "datePosted": "2026-01-01", "body": "x" } },
    { "id": "proto-inside", "lang": "en", "title": "A __proto__ key inside", "datePosted": "2026-01-04", "body": "x",
      "__proto__": { "polluted": "posting" }, "apply": { "url": "https://jobs.example/apply", "__proto__": { "polluted": "apply" } } },
    { "id": "constructor-key", "lang": "en", "title": "A constructor key", "datePosted": "2026-01-05", "body": "x",
      "constructor": { "prototype": { "polluted": "posting constructor" } } },
    { "id": "__proto__", "lang": "en", "title": "An id named __proto__", "datePosted": "2026-01-06", "body": "x", "translationKey": "__proto__" },
    { "id": "toString", "lang": "en", "title": "An id named toString", "datePosted": "2026-01-07", "body": "x", "translationKey": "constructor" },
    null, "a string", 17, [], {}
  ]
}`;

let fixed = false;
const TIMEOUTS = { 'never-answers': 1000, held: 600_000 };
/** `/held.json` answers once the test calls `release`: a widget that stays loading as long as the test needs. */
let held;
let release;

const feedRoutes = Object.fromEntries(
  Object.entries(BROKEN).map(([name, { serve }]) => [
    `/${name}.json`,
    (request, response) => (fixed ? response.writeHead(200, JSON_TYPE).end(GOOD) : serve(response, request)),
  ]),
);
feedRoutes['/held.json'] = (request, response) => held.then(() => response.writeHead(200, JSON_TYPE).end(GOOD));
feedRoutes['/bom-and-feed.json'] = (request, response) => response.writeHead(200, JSON_TYPE).end(`\uFEFF${GOOD}`);
feedRoutes['/some-broken.json'] = (request, response) => response.writeHead(200, JSON_TYPE).end(SOME_BROKEN);
const e2e = e2eSession({ feedRoutes });

/**
 * Runs in the page before its scripts: records every text that appears in a live region of any
 * shadow root (the loading status, the error alert), as the DOM changes, not as it is painted.
 */
function recordAnnouncements() {
  window.__announced = new Set();
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(() => {
      for (const region of root.querySelectorAll('[role="status"], [role="alert"] p')) window.__announced.add(region.textContent.trim());
    }).observe(root, { subtree: true, childList: true, characterData: true });
    return root;
  };
}

for (const [build, script] of Object.entries(BUILDS)) {
  describe(`broken feeds, ${build} build`, () => {
    it('each shows the error state in the widget language, reports its code and recovers on Try again', async () => {
      fixed = false;
      held = new Promise((resolve) => (release = resolve));
      const widgets = [...Object.keys(BROKEN), 'held']
        // Only the feed that never answers gets a short timeout (a loaded machine may take longer to send the others); the held one waits for the test.
        .map((name) => `<careers-widget id="${name}" lang="nb" timeout="${TIMEOUTS[name] ?? 60_000}" src="{{FEED}}/${name}.json"></careers-widget>`)
        .join('\n');
      const url = e2e.servers.page(`/broken-${build}.html`, hostPage({ head: script, body: widgets, lang: 'nb' }));
      const { page, errors, blocked, close } = await openGuardedPage(e2e.browser);
      await page.addInitScript(recordAnnouncements);
      await page.goto(url);
      for (const [name, { code, status }] of Object.entries(BROKEN)) {
        const alert = page.locator(`#${name} [role="alert"]`);
        await alert.waitFor();
        // Norwegian from the first render: the module build waits for the words before it renders.
        assert.equal((await alert.locator('p').textContent()).trim(), NB[code](status), name);
        assert.equal((await alert.locator('button[part="retry"]').textContent()).trim(), 'Prøv igjen', name);
      }
      // The held one says it is loading, in Norwegian, for as long as the feed takes.
      assert.equal((await page.locator('#held [role="status"]').textContent()).trim(), 'Henter ledige stillinger\u00a0…');
      release();
      assert.deepEqual(await cardIds(page, '#held'), ['bravo', 'charlie', 'alpha']);
      await expectTicking(page);
      const announced = await page.evaluate(() => [...window.__announced]);
      assert.deepEqual(announced.filter((text) => /\b(loading|could not|damaged|too (long|large)|try again)\b/i.test(text)), [], 'no English said first');
      assert.ok(announced.includes('Henter ledige stillinger\u00a0…'), `the loading status was said in Norwegian: ${announced.join(' | ')}`);
      let record = await hostRecord(page);
      const reported = Object.fromEntries(record.careersErrors.map((error) => [error.target, error.code]));
      assert.deepEqual(reported, Object.fromEntries(Object.entries(BROKEN).map(([name, { code }]) => [name, code])));
      assert.deepEqual(record.uncaught, [], 'the host page saw no uncaught error');

      fixed = true;
      // Now answered, its feed may take as long as any other.
      await page.locator('#never-answers').evaluate((widget) => (widget.timeout = 60_000));
      for (const name of Object.keys(BROKEN)) await page.locator(`#${name} button[part="retry"]`).click();
      for (const name of Object.keys(BROKEN)) assert.deepEqual(await cardIds(page, `#${name}`), ['bravo', 'charlie', 'alpha'], name);
      record = await hostRecord(page);
      assert.deepEqual(record.uncaught, []);
      // Failed requests log to the console (that is the browser's doing); the page itself threw nothing.
      assert.deepEqual(errors.filter((error) => error.startsWith('pageerror')), []);
      assert.deepEqual(blocked, []);
      await close();
    });

    it('accepts a byte-order mark before valid JSON', async () => {
      const url = e2e.servers.page(`/bom-${build}.html`, hostPage({ head: script, body: '<careers-widget src="{{FEED}}/bom-and-feed.json"></careers-widget>' }));
      const { page, errors, close } = await openGuardedPage(e2e.browser);
      await page.goto(url);
      assert.deepEqual(await cardIds(page), ['bravo', 'charlie', 'alpha']);
      assert.deepEqual(errors, []);
      await close();
    });

    it('shows the good postings of a feed with broken ones, and pollutes nothing', async () => {
      const url = e2e.servers.page(`/some-broken-${build}.html`, hostPage({ head: script, body: '<careers-widget src="{{FEED}}/some-broken.json"></careers-widget>' }));
      const { page, errors, close } = await openGuardedPage(e2e.browser);
      await page.addInitScript(() => {
        window.__prototypesBefore = [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) => Reflect.ownKeys(proto).map(String));
      });
      const warnings = [];
      page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
      await page.goto(url);
      const shown = await openEveryPosting(page);
      assert.deepEqual([...shown].sort(), ['__proto__', 'constructor-key', 'good-one', 'javascript-urls', 'proto-inside', 'toString'].sort());
      assert.equal(warnings.filter((warning) => warning.startsWith('careers-widget: skipped posting')).length, 11);

      const pollution = await page.evaluate(() => ({
        polluted: [{}.polluted, [].polluted, (() => {}).polluted, ''.polluted],
        prototypesChanged: [Object.prototype, Array.prototype, Function.prototype, String.prototype]
          .map((proto) => Reflect.ownKeys(proto).map(String))
          .map((keys, index) => keys.filter((key) => !window.__prototypesBefore[index].includes(key))),
      }));
      assert.deepEqual(pollution, { polluted: [undefined, undefined, undefined, undefined], prototypesChanged: [[], [], [], []] });

      await page.locator('careers-job-card[data-id="javascript-urls"] a[part="link"]').click();
      await page.locator('careers-job-posting [part="body"] a').waitFor();
      assert.equal(await page.locator('careers-job-posting careers-apply-button').count(), 0, 'no apply button for a javascript: URL');
      assert.equal(await page.locator('careers-job-posting [part="image"]').count(), 0);
      assert.equal(await page.locator('careers-job-posting [part="body"] a').getAttribute('href'), null);
      const record = await hostRecord(page);
      assert.deepEqual(record.xss, []);
      assert.deepEqual(record.uncaught, []);
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
