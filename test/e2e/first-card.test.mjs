/**
 * What the first card waits for, with the built files in both embeds: the feed (and the words of
 * the page's language) are requested as soon as the embed's one script runs, and no other script
 * is needed; the README's preload line and the widget's request are one request; and nothing
 * else is fetched until the first cards are on screen. How long it all takes is `npm run bench`'s
 * business; the order is this file's.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage } from '../support/e2e/browser.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { cardIds } from '../support/e2e/host-page.mjs';

const EMBEDS = {
  module: (feed) => `<script type="module" src="{{WIDGET}}/careers-widget.js"></script><careers-widget src="${feed}"></careers-widget>`,
  classic: (feed) => `<script src="{{WIDGET}}/careers-widget.iife.js" data-feed="${feed}"></script>`,
};

/** The preload line of the README, as a host copies it. */
const PRELOAD_LINE = readFileSync(new URL('../../README.md', import.meta.url), 'utf8').match(/<link rel="preload" as="fetch" crossorigin href="[^"]*">/)?.[0];

const EMBED_FILES = { module: 'careers-widget.js', classic: 'careers-widget.iife.js' };
const POSTING_FILE = /\/posting-elements-[\w-]+\.js$/;

const e2e = e2eSession();

/** A host page around `embed`, its feed `feed-basic.json` under a query of its own (so its requests can be counted). */
function hostPage(name, { embed, lang = 'en', head = '' }) {
  const feed = `{{FEED}}/feed-basic.json?${name}`;
  const url = e2e.servers.page(`/${name}.html`, `<!doctype html><html lang="${lang}"><head>${head.replaceAll('FEED', feed)}</head><body><h1>Host</h1>${EMBEDS[embed](feed)}</body></html>`);
  return { url, feedRequests: () => e2e.servers.requests.feed.filter((line) => line === `GET /feed-basic.json?${name}`).length };
}

for (const embed of Object.keys(EMBEDS)) {
  describe(`the ${embed} embed`, () => {
    it('asks for the feed and the words of its language as its one file runs, then reads that request', async () => {
      const { url, feedRequests } = hostPage(`early-${embed}`, { embed, lang: 'nb' });
      const { page, errors, close } = await openPage(e2e.browser);
      const scripts = [];
      page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
      // The feed is held back until the script has done all it does before the feed arrives.
      let release;
      const released = new Promise((resolve) => (release = resolve));
      const feedPattern = (address) => address.href.includes(`/feed-basic.json?early-${embed}`);
      await page.route(feedPattern, async (route) => {
        await released;
        await route.continue();
      });
      const feed = page.waitForRequest((request) => feedPattern(new URL(request.url())));
      const words = page.waitForRequest(/\/nb-[\w-]+\.js$/);
      await page.goto(url, { waitUntil: 'commit' });
      await Promise.all([feed, words]);
      await page.waitForFunction(() => customElements.get('careers-widget'));
      assert.equal(scripts.length, 2, `the list needs no script but its own and its words: ${scripts.join(' ')}`);
      assert.equal(scripts[0], `/${EMBED_FILES[embed]}`);
      assert.match(scripts[1], /^\/nb-[\w-]+\.js$/);
      release();
      assert.deepEqual(await cardIds(page), ['bravo', 'charlie', 'alpha']);
      assert.equal(feedRequests(), 1, 'the widget read the request its script made');
      assert.deepEqual(errors, []);
      await close();
    });

    it("and the README's preload line are one request, not two", async () => {
      assert.ok(PRELOAD_LINE, 'the README shows a preload line');
      const preloaded = hostPage(`preload-${embed}`, { embed, head: PRELOAD_LINE.replace(/href="[^"]*"/, 'href="FEED"') });
      // The same line in another credentials mode does not match: the count would show it.
      const unmatched = hostPage(`preload-credentials-${embed}`, { embed, head: '<link rel="preload" as="fetch" crossorigin="use-credentials" href="FEED">' });
      for (const { url } of [preloaded, unmatched]) {
        const { page, close } = await openPage(e2e.browser);
        await page.goto(url);
        await cardIds(page);
        await close();
      }
      assert.equal(unmatched.feedRequests(), 2, 'a preload in another mode is a request of its own');
      assert.equal(preloaded.feedRequests(), 1, "the widget used the preload's response");
    });

    it('fetches nothing else until its first cards are on screen: then the posting code and the postings’ words', async () => {
      const { url } = hostPage(`quiet-${embed}`, { embed });
      const { page, errors, close } = await openPage(e2e.browser);
      const requested = [];
      page.on('request', (request) => requested.push(request.url()));
      let release;
      const released = new Promise((resolve) => (release = resolve));
      await page.route((address) => address.href.includes(`/feed-basic.json?quiet-${embed}`), async (route) => {
        await released;
        await route.continue();
      });
      await page.goto(url);
      await page.waitForFunction(() => customElements.get('careers-widget'));
      // Twice idle with the feed still out: anything fetched at idle would have been asked for by now.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
      assert.deepEqual(requested.filter((address) => POSTING_FILE.test(address) || /\/(nb|sv|da)-[\w-]+\.js$/.test(address)), [], 'nothing competes with the feed');
      release();
      await cardIds(page);
      // Then, unasked: the posting elements, and the words of the postings' languages (nb, sv).
      await page.waitForFunction(() => {
        const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
        return ['/posting-elements-', '/nb-', '/sv-'].every((prefix) => loaded.some((path) => path.startsWith(prefix)));
      });
      assert.deepEqual(errors, []);
      await close();
    });
  });
}
