/**
 * End to end: the built dist/ files embedded in host pages, with the host page, the widget
 * files and the feed each on its own localhost origin.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/e2e/browser.mjs';
import { jsonRoute } from '../support/e2e/servers.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { cardIds } from '../support/e2e/host-page.mjs';

/** One posting in Markdown alone, one whose body holds raw HTML (it needs the sanitiser). */
const MIXED_FEED = {
  version: 1,
  postings: [
    { id: 'markdown', lang: 'en', title: 'Markdown only', datePosted: '2026-03-02', body: 'Plain **Markdown** with [a link](https://nordlys.example/).' },
    { id: 'raw', lang: 'en', title: 'Raw HTML too', datePosted: '2026-03-01', body: 'Intro.\n\n<div class="more"><p>Raw <em>HTML</em><img src=img/people/kari.svg onerror="window.ran=1"></p></div>' },
  ],
};

const e2e = e2eSession({
  feedRoutes: {
    '/mixed.json': jsonRoute(MIXED_FEED),
    '/slow.json': (request, response) => {
      // Never answers: the widget's removal must abort it.
      request.on('close', () => response.destroy());
    },
  },
});

/** Opens a host page and records the widget's public events as the host's analytics would. */
async function visit(path, html, { hash = '' } = {}) {
  const url = e2e.servers.page(path, html);
  const session = await openPage(e2e.browser);
  await session.page.addInitScript(() => {
    window.__events = [];
    for (const type of ['careers-load', 'careers-view', 'careers-apply', 'careers-error']) {
      document.addEventListener(type, (event) => window.__events.push({ type, detail: event.detail, target: event.target.id }));
    }
  });
  await session.page.goto(url + hash);
  return session;
}

function events(page, type) {
  return page.evaluate((wanted) => window.__events.filter((event) => event.type === wanted), type);
}

/**
 * Watches for the page's next hashchange and what the widget (`selector`, or `window.__widget`)
 * shows once it has rendered after it: this listener runs after the widget's own, so a widget
 * that follows the URL has reacted by then. `afterHashChange` answers `{ hash, posting }`.
 */
function watchNextHashChange(page, selector = null) {
  return page.evaluate((selector) => {
    window.__afterHashChange = new Promise((resolve) => {
      window.addEventListener(
        'hashchange',
        async () => {
          const widget = selector ? document.querySelector(selector) : window.__widget;
          await widget.updateComplete;
          resolve({ hash: location.hash, posting: widget.shadowRoot.querySelector('careers-job-posting')?.posting?.id ?? null });
        },
        { once: true },
      );
    });
  }, selector);
}

const afterHashChange = (page) => page.evaluate(() => window.__afterHashChange);

describe('classic one-tag embed', () => {
  for (const mode of ['', 'async', 'defer']) {
    it(`mounts a widget after the script tag ${mode ? `(${mode})` : ''}, passing data-* on`, async () => {
      const { page, errors, close } = await visit(
        `/classic-${mode || 'plain'}.html`,
        `<!doctype html><html lang="en"><body><main>
          <h1>Host</h1>
          <script ${mode} src="{{WIDGET}}/careers-widget.iife.js" data-feed="{{FEED}}/feed-basic.json" data-lang="nb" data-heading-level="3" data-id="jobs"></script>
          <p id="after">After the widget</p>
        </main></body></html>`,
      );
      assert.deepEqual(await cardIds(page), ['bravo', 'charlie', 'alpha']);
      const widget = await page.locator('careers-widget').evaluate((element) => ({
        src: element.getAttribute('src'),
        lang: element.getAttribute('lang'),
        headingLevel: element.getAttribute('heading-level'),
        id: element.id,
        previous: element.previousElementSibling?.localName,
        next: element.nextElementSibling?.id,
      }));
      assert.deepEqual(widget, { src: `${e2e.servers.feed}/feed-basic.json`, lang: 'nb', headingLevel: '3', id: 'jobs', previous: 'script', next: 'after' });
      assert.deepEqual(errors, []);
      await close();
    });
  }

  it('mounts inside the element data-target names', async () => {
    const { page, errors, close } = await visit(
      '/classic-target.html',
      `<!doctype html><html lang="en"><head>
        <script async src="{{WIDGET}}/careers-widget.iife.js" data-feed="{{FEED}}/feed-basic.json" data-target="#jobs-here"></script>
      </head><body><h1>Host</h1><section id="jobs-here"></section></body></html>`,
    );
    await page.locator('#jobs-here > careers-widget careers-job-card').first().waitFor();
    assert.equal(await page.locator('careers-widget').count(), 1);
    assert.deepEqual(errors, []);
    await close();
  });
});

// The classic script is small: the elements, and the sanitiser for raw HTML, are the module
// build's files, which it imports from beside itself (against its own URL, across origins).
describe('the classic script and the files beside it', () => {
  const RAW_HTML_FILE = /\/raw-html-[\w-]+\.js$/;

  async function openPosting(page, id) {
    await page.locator(`careers-job-card[data-id="${id}"] a`).click();
    await page.locator('careers-job-posting [part~="body"]:not([aria-busy="true"])').waitFor();
    return page.locator('careers-job-posting [part~="body"]').evaluate((body) => ({
      html: body.innerHTML,
      text: body.textContent.replace(/\s+/g, ' ').trim(),
    }));
  }

  it("imports a posting's code from beside itself, and the sanitiser only for a body with raw HTML", async () => {
    const { page, errors, close } = await visit('/classic-raw.html', `<!doctype html><html lang="en"><body>
      <script src="{{WIDGET}}/careers-widget.iife.js?v=2" data-feed="{{FEED}}/mixed.json"></script></body></html>`);
    const fetched = () => e2e.servers.requests.widget.filter((line) => RAW_HTML_FILE.test(line)).length;
    const before = fetched();
    await cardIds(page);
    const markdown = await openPosting(page, 'markdown');
    assert.match(markdown.html, /<strong>Markdown<\/strong>/);
    assert.ok(e2e.servers.requests.widget.some((line) => /^GET \/posting-elements-[\w-]+\.js$/.test(line)), "the posting's code came from the script's folder");
    assert.equal(fetched(), before, 'the list and a Markdown posting do not need the sanitiser');
    await page.goBack();
    const raw = await openPosting(page, 'raw');
    assert.match(raw.html, /<div><p>Raw <em>HTML<\/em><img src="[^"]+\/img\/people\/kari\.svg"/);
    assert.doesNotMatch(raw.html, /onerror/);
    assert.equal(fetched(), before + 1, 'the sanitiser came from the widget origin');
    assert.equal(await page.evaluate(() => window.ran), undefined);
    assert.deepEqual(errors, []);
    await close();
  });

  it('shows a raw-HTML body as plain text when the sanitiser cannot be loaded', async () => {
    const { page, errors, close } = await visit('/classic-raw-missing.html', `<!doctype html><html lang="en"><body>
      <script src="{{WIDGET}}/careers-widget.iife.js" data-feed="{{FEED}}/mixed.json"></script></body></html>`);
    await page.route(RAW_HTML_FILE, (route) => route.fulfill({ status: 404, body: 'not here' }));
    await cardIds(page);
    const raw = await openPosting(page, 'raw');
    assert.doesNotMatch(raw.html, /<(div|em|img)\b/);
    assert.equal(raw.text, 'Intro.<div class="more"><p>Raw <em>HTML</em><img src=img/people/kari.svg onerror="window.ran=1"></p></div>', 'shown as text, not markup');
    await page.goBack();
    assert.match((await openPosting(page, 'markdown')).html, /<strong>Markdown<\/strong>/, 'Markdown bodies still render');
    assert.deepEqual(errors, ['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
    await close();
  });
});

describe('module embed', () => {
  it('shows the list without the posting chunk, and loads it from the widget origin when a posting opens', async () => {
    const url = e2e.servers.page(
      '/module.html',
      `<!doctype html><html lang="en"><body><h1>Host</h1>
        <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
        <careers-widget src="{{FEED}}/feed-basic.json"></careers-widget>
      </body></html>`,
    );
    const { page, close } = await openPage(e2e.browser);
    // Hold back the posting chunk (Markdown, sanitiser, posting elements): the list must not need it.
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route(/posting-elements-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(url);
    assert.deepEqual(await cardIds(page), ['bravo', 'charlie', 'alpha']);
    release();
    await page.locator('careers-job-card[data-id="alpha"] a').click();
    await page.locator('careers-job-posting careers-accordion').waitFor();
    assert.ok(e2e.servers.requests.widget.some((line) => /posting-elements-/.test(line)), 'the chunk came from the widget origin');
    await close();
  });
});

describe('loading the scripts more than once', () => {
  it('tolerates both files, each twice, and every widget works', async () => {
    const { page, errors, close } = await visit(
      '/twice.html',
      `<!doctype html><html lang="en"><body><h1>Host</h1>
        <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
        <script type="module" src="{{WIDGET}}/careers-widget.js?copy=2"></script>
        <script src="{{WIDGET}}/careers-widget.iife.js" data-feed="{{FEED}}/feed-basic.json" data-id="first"></script>
        <script src="{{WIDGET}}/careers-widget.iife.js" data-feed="{{FEED}}/feed-one-invalid.json" data-id="second"></script>
        <careers-widget id="third" src="{{FEED}}/feed-basic.json"></careers-widget>
      </body></html>`,
    );
    assert.deepEqual(await cardIds(page, '#first'), ['bravo', 'charlie', 'alpha']);
    assert.equal((await cardIds(page, '#second')).length, 2);
    assert.equal((await cardIds(page, '#third')).length, 3);
    await page.locator('#third careers-job-card[data-id="charlie"] a').click();
    await page.locator('#third careers-job-posting careers-accordion').waitFor();
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('several widgets and the page URL', () => {
  const twoWidgets = `<!doctype html><html lang="en"><body><h1>Host</h1>
    <nav><a id="about-link" href="#about">About us</a></nav>
    <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
    <careers-widget id="oslo" src="{{FEED}}/feed-basic.json"></careers-widget>
    <careers-widget id="stockholm" src="{{FEED}}/feed-one-invalid.json" lang="sv"></careers-widget>
    <h2 id="about">About us</h2>
  </body></html>`;

  it('keeps two widgets independent, each with its own fragment, and Back/Forward move between views', async () => {
    const { page, errors, close } = await visit('/two.html', twoWidgets);
    await cardIds(page, '#oslo');
    const [stockholmFirst] = await cardIds(page, '#stockholm');
    // Each widget speaks its own language.
    await page.locator('#stockholm [part="count"]', { hasText: 'lediga tjänster' }).waitFor();
    assert.equal(await page.locator('#oslo [part="count"]').textContent(), '3 open positions');

    await page.locator('#oslo careers-job-card[data-id="alpha"] a').click();
    await page.locator('#oslo careers-job-posting').waitFor();
    assert.equal(new URL(page.url()).hash, '#oslo/alpha');
    assert.equal(await page.locator('#stockholm careers-job-card').count(), 2, 'the other widget keeps its list');

    await page.goBack();
    await page.locator('#oslo careers-job-card').first().waitFor();
    assert.equal(new URL(page.url()).hash, '');
    await page.goForward();
    await page.locator('#oslo careers-job-posting').waitFor();
    assert.equal(new URL(page.url()).hash, '#oslo/alpha');

    await page.goBack();
    await page.locator(`#stockholm careers-job-card[data-id="${stockholmFirst}"] a`).click();
    await page.locator('#stockholm careers-job-posting').waitFor();
    assert.equal(new URL(page.url()).hash, `#stockholm/${stockholmFirst}`);
    assert.equal(await page.locator('#oslo careers-job-posting').count(), 0);

    const views = await events(page, 'careers-view');
    assert.deepEqual(views.map((event) => [event.target, event.detail.id]), [['oslo', 'alpha'], ['oslo', 'alpha'], ['stockholm', stockholmFirst]]);
    assert.deepEqual(errors, []);
    await close();
  });

  it('opens the posting a shared link names, when loaded fresh', async () => {
    const { page, errors, close } = await visit('/two.html', twoWidgets, { hash: '#stockholm/third' });
    await page.locator('#stockholm careers-job-posting').waitFor();
    assert.equal(await page.locator('#stockholm careers-job-posting').evaluate((element) => element.posting.id), 'third');
    assert.equal(await page.locator('#oslo careers-job-posting').count(), 0);
    await page.reload();
    await page.locator('#stockholm careers-job-posting').waitFor();
    assert.deepEqual(errors, []);
    await close();
  });

  it('leaves fragments that are not its own alone', async () => {
    const { page, errors, close } = await visit('/two.html', twoWidgets);
    await cardIds(page, '#oslo');
    // The control: the same watch sees the widget follow a fragment of its own.
    await watchNextHashChange(page, '#oslo');
    await page.evaluate(() => (location.hash = '#oslo/alpha'));
    assert.deepEqual(await afterHashChange(page), { hash: '#oslo/alpha', posting: 'alpha' });
    await page.goBack();
    await cardIds(page, '#oslo');

    await watchNextHashChange(page, '#oslo');
    await page.locator('#about-link').click();
    assert.deepEqual(await afterHashChange(page), { hash: '#about', posting: null });
    assert.equal(new URL(page.url()).hash, '#about');
    assert.equal(await page.locator('#oslo careers-job-card').count(), 3);
    assert.deepEqual(errors, []);
    await close();
  });

  it('does not touch the URL with routing="none"', async () => {
    const { page, close } = await visit(
      '/no-routing.html',
      `<!doctype html><html lang="en"><body><h1>Host</h1>
        <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
        <careers-widget routing="none" src="{{FEED}}/feed-basic.json"></careers-widget></body></html>`,
    );
    await cardIds(page);
    await page.locator('careers-job-card[data-id="alpha"] a').click();
    await page.locator('careers-job-posting').waitFor();
    assert.equal(new URL(page.url()).hash, '');
    await page.locator('careers-job-posting a[part="back"]').click();
    await page.locator('careers-job-card').first().waitFor();
    assert.equal(new URL(page.url()).hash, '');
    await close();
  });
});

describe('single-page apps', () => {
  const spa = `<!doctype html><html lang="en"><body><h1>Host</h1>
    <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
    <div id="outlet"></div></body></html>`;

  it('aborts an in-flight fetch on removal, drops its listeners, and starts cleanly when added again', async () => {
    const { page, errors, close } = await visit('/spa.html', spa);
    await page.waitForFunction(() => customElements.get('careers-widget'));
    const aborted = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/slow.json'));
    await page.evaluate((feed) => {
      const widget = document.createElement('careers-widget');
      widget.id = 'spa';
      widget.setAttribute('src', `${feed}/slow.json`);
      document.querySelector('#outlet').append(widget);
      window.__widget = widget;
    }, e2e.servers.feed);
    await page.waitForFunction(() => window.__widget.shadowRoot?.querySelector('[role="status"]'));
    await page.evaluate(() => window.__widget.remove());
    await aborted;

    // A removed widget no longer follows the URL (the control, below: added again, it does).
    await watchNextHashChange(page);
    await page.evaluate(() => (location.hash = '#spa/alpha'));
    assert.deepEqual(await afterHashChange(page), { hash: '#spa/alpha', posting: null });

    await page.evaluate((feed) => {
      window.__widget.setAttribute('src', `${feed}/feed-basic.json`);
      document.querySelector('#outlet').append(window.__widget);
    }, e2e.servers.feed);
    await page.locator('#spa careers-job-posting').waitFor();
    assert.equal(await page.locator('#spa careers-job-posting').evaluate((element) => element.posting.id), 'alpha');
    assert.deepEqual((await events(page, 'careers-error')).length, 0);
    assert.deepEqual(errors, []);
    await close();
  });

  it('reloads when src changes', async () => {
    const { page, close } = await visit(
      '/src-change.html',
      `<!doctype html><html lang="en"><body><h1>Host</h1>
        <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
        <careers-widget src="{{FEED}}/feed-basic.json"></careers-widget></body></html>`,
    );
    assert.equal((await cardIds(page)).length, 3);
    await page.evaluate((feed) => document.querySelector('careers-widget').setAttribute('src', `${feed}/feed-one-invalid.json`), e2e.servers.feed);
    await page.waitForFunction(() => document.querySelector('careers-widget').shadowRoot.querySelectorAll('careers-job-card').length === 2);
    assert.equal((await events(page, 'careers-load')).length, 2);
    await close();
  });
});

describe('inline feed', () => {
  it('uses a child <script type="application/json"> instead of fetching', async () => {
    const feed = JSON.stringify({
      version: 1,
      postings: [{ id: 'inline-one', lang: 'da', title: 'Supporttekniker', datePosted: '2026-11-01', body: 'Hej **verden**' }],
    });
    const before = e2e.servers.requests.feed.length;
    const { page, errors, close } = await visit(
      '/inline.html',
      `<!doctype html><html lang="da"><body><h1>Vært</h1>
        <script src="{{WIDGET}}/careers-widget.iife.js"></script>
        <careers-widget><script type="application/json">${feed}</script></careers-widget></body></html>`,
    );
    assert.deepEqual(await cardIds(page), ['inline-one']);
    assert.equal(e2e.servers.requests.feed.length, before, 'no feed request');
    assert.deepEqual(errors, []);
    await close();
  });
});

describe('events for the host', () => {
  it('fires careers-load, careers-view, careers-apply and careers-error on document', async () => {
    const { page, close } = await visit(
      '/events.html',
      `<!doctype html><html lang="en"><body><h1>Host</h1>
        <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
        <careers-widget id="good" src="{{FEED}}/feed-basic.json"></careers-widget>
        <careers-widget id="bad" src="{{FEED}}/missing.json"></careers-widget></body></html>`,
    );
    await cardIds(page, '#good');
    await page.locator('#bad [role="alert"]').waitFor();
    await page.locator('#good careers-job-card[data-id="alpha"] a').click();
    const apply = page.locator('#good careers-job-posting careers-apply-button a').first();
    await apply.waitFor();
    // The host keeps the reader on the page (no request leaves this machine); the event still fires.
    await page.evaluate(() => document.addEventListener('click', (event) => event.preventDefault()));
    await apply.click();

    const all = await page.evaluate(() => window.__events);
    const byType = (type) => all.filter((event) => event.type === type);
    assert.deepEqual(byType('careers-load').map((event) => [event.target, event.detail.count]), [['good', 3]]);
    assert.deepEqual(byType('careers-view').map((event) => event.detail.id), ['alpha']);
    assert.deepEqual(byType('careers-apply').map((event) => event.detail), [{ postingId: 'alpha', url: 'https://jobs.nordlys.example/apply/alpha' }]);
    assert.deepEqual(byType('careers-error').map((event) => [event.target, event.detail.code]), [['bad', 'http']]);
    await close();
  });
});
