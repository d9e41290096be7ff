/**
 * The built files in WebKit, the engine of every browser on an iPhone, driven through WebKitGTK's
 * WebDriver (test/support/webkit.mjs): each embed on a host page of another origin, a posting
 * opened by a real click, its accordion, Back, a Norwegian widget and an error state. The
 * behaviour in depth is web-test-runner's, in all three engines; this is what a host ships.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startServers } from '../support/e2e/servers.mjs';
import { BUILDS, hostPage } from '../support/e2e/host-page.mjs';
import { missingFor } from '../support/browsers.mjs';
import { startDisplay, startWebKit } from '../support/webkit.mjs';

/** A ceiling for real hangs only: a loaded machine makes WebKit slower, never absent. */
const CEILING_MS = 60_000;

let servers;
let display;
let webkit;

before(async () => {
  const missing = missingFor(['webkit']);
  if (missing.packages.length) throw new Error(`WebKit needs ${missing.programs.join(', ')}: apt-get install -y ${missing.packages.join(' ')}`);
  servers = await startServers();
  display = await startDisplay();
  webkit = await startWebKit({ display: display.display });
});

after(async () => {
  await webkit?.stop();
  await display?.stop();
  await servers?.close();
});

/** Runs `script` (a function body; `widget` is the page's first careers-widget) in the page. */
const inPage = (script) => webkit.execute(`const widget = document.querySelector('careers-widget'); ${script}`);

/** Runs `script` as inPage does until it answers something truthy. */
async function until(script, what) {
  const end = Date.now() + CEILING_MS;
  for (;;) {
    const value = await inPage(script);
    if (value) return value;
    if (Date.now() > end) throw new Error(`WebKit: ${what} within ${CEILING_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const cardIds = () => until(`const cards = widget?.shadowRoot?.querySelectorAll('careers-job-card') ?? []; return cards.length && [...cards].map((card) => card.dataset.id);`, 'no cards');

/** What the host page's own code saw go wrong (hooks/host-page.js). */
const uncaught = () => inPage('return window.__uncaught');

for (const [build, script] of Object.entries(BUILDS)) {
  describe(`WebKit, the ${build} embed`, () => {
    it('lists, opens a posting by a click, opens its accordion, and Back returns to the list', async () => {
      const url = servers.page(`/webkit-${build}.html`, hostPage({ head: script, body: '<careers-widget src="{{FEED}}/feed-basic.json"></careers-widget>' }));
      await webkit.navigate(url);
      assert.deepEqual(await cardIds(), ['bravo', 'charlie', 'alpha']);

      const link = await until(`return widget.shadowRoot.querySelector('careers-job-card[data-id="alpha"]').shadowRoot.querySelector('a')`, 'no card link');
      await webkit.click(link);
      await until(`return widget.shadowRoot.querySelector('careers-job-posting')?.shadowRoot?.querySelector('[part="body"][aria-busy="false"] careers-accordion')`, 'the posting did not render');
      assert.equal(new URL(await webkit.url()).hash, '#careers/alpha');
      const posting = 'widget.shadowRoot.querySelector("careers-job-posting").shadowRoot';
      assert.match(await inPage(`return ${posting}.querySelector('[part="body"]').textContent`), /Nordlys Cloud/);

      const accordion = `${posting}.querySelector("careers-accordion")`;
      assert.equal(await inPage(`return ${accordion}.open`), false);
      await webkit.click(await until(`return ${accordion}.shadowRoot.querySelector('[part="toggle"]')`, 'no accordion toggle'));
      await until(`const accordion = ${accordion}; return accordion.open && accordion.shadowRoot.querySelector('[part="toggle"]').getAttribute('aria-expanded') === 'true' && accordion.textContent.includes('A short call')`, 'the accordion did not open');

      await webkit.back();
      assert.deepEqual(await cardIds(), ['bravo', 'charlie', 'alpha']);
      assert.equal(new URL(await webkit.url()).hash, '');
      assert.deepEqual(await uncaught(), []);
    });

    it('speaks Norwegian with lang="nb", and shows an error state it can recover from', async () => {
      const widgets = '<careers-widget id="nb" lang="nb" src="{{FEED}}/feed-basic.json"></careers-widget><careers-widget id="missing" lang="nb" src="{{FEED}}/no-such-feed.json"></careers-widget>';
      const url = servers.page(`/webkit-nb-${build}.html`, hostPage({ head: script, body: widgets, lang: 'nb' }));
      await webkit.navigate(url);
      const count = await until(`return document.querySelector('#nb').shadowRoot?.querySelector('[part="count"]')?.textContent`, 'no count');
      assert.equal(count, '3 ledige stillinger');
      const alert = await until(`return document.querySelector('#missing').shadowRoot?.querySelector('[role="alert"]')?.textContent`, 'no error state');
      assert.match(alert, /Prøv igjen/);
      assert.deepEqual(await uncaught(), []);
    });
  });
}
