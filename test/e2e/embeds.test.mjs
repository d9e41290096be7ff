/**
 * Embedded frames end to end: a posting's embedded application form (raw `<iframe>`) is a card
 * that contacts nobody until the reader presses it, then a sandboxed frame that loads; with
 * `frames="none"` only a link; where the host's policy refuses frames, the link again.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/e2e/browser.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { hostPage, hostRecord } from '../support/e2e/host-page.mjs';

const FORM_PAGE = '<!doctype html><title>Form</title><h1>The application form</h1><form><input name="cv"></form>';

const e2e = e2eSession({
  feedRoutes: {
    // The form lives on the feed's origin here, another origin than the page's: a feed is built on the fly to name it.
    '/embeds.json': (request, response) => {
      const form = `http://${request.headers.host}/forms/apply.html`;
      const feed = {
        version: 1,
        postings: [{ id: 'form', lang: 'en', title: 'Apply in the page', datePosted: '2026-02-02', body: `Apply below.\n\n<iframe src="${form}" title="Application form"></iframe>` }],
      };
      response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      response.end(JSON.stringify(feed));
    },
    '/forms/apply.html': (request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end(FORM_PAGE),
  },
});

const formRequests = () => e2e.servers.requests.feed.filter((line) => line.includes('/forms/apply.html'));

async function openForm(path, { frames = '', headers = {} } = {}) {
  const url = e2e.servers.page(path, hostPage({ head: '<script type="module" src="{{WIDGET}}/careers-widget.js"></script>', body: `<careers-widget ${frames} src="{{FEED}}/embeds.json"></careers-widget>` }), headers);
  const session = await openPage(e2e.browser);
  await session.page.goto(`${url}#careers/form`);
  const card = session.page.locator('careers-embed');
  await card.locator('[part="link"]').waitFor();
  return { ...session, card };
}

it('contacts nobody until pressed, then loads the form in a sandboxed frame', async () => {
  const before = formRequests().length;
  const { page, card, close } = await openForm('/embed-click.html');
  assert.equal(await card.locator('[part="title"]').textContent(), 'Application form from localhost');
  assert.equal(await card.locator('[part="load"]').textContent(), 'Show form');
  const link = card.locator('[part="link"]');
  assert.deepEqual(await link.evaluate((a) => [a.href.endsWith('/forms/apply.html'), a.target, a.rel]), [true, '_blank', 'noopener noreferrer']);
  assert.equal(formRequests().length, before, 'the card asked the form for nothing');

  await card.locator('[part="load"]').click();
  const frame = card.locator('iframe[part="frame"]');
  await frame.waitFor();
  assert.equal(
    await frame.getAttribute('sandbox'),
    'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-presentation',
  );
  assert.equal(await frame.getAttribute('title'), 'Application form');
  // The press is what asked for it: the request the card had not made comes now, and the form shows.
  await page.frameLocator('careers-embed iframe').locator('h1').waitFor();
  assert.equal(formRequests().length, before + 1);
  // Focus goes on into the frame: the button the reader pressed is gone.
  const focused = await page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element?.localName;
  });
  assert.equal(focused, 'iframe');
  await close();
});

it('with frames="none" offers only the link', async () => {
  const before = formRequests().length;
  const { card, close } = await openForm('/embed-none.html', { frames: 'frames="none"' });
  assert.equal(await card.locator('[part="load"]').count(), 0);
  assert.equal(await card.locator('[part="link"]').count(), 1);
  assert.equal(formRequests().length, before);
  await close();
});

it("where the host's policy refuses frames, the card says so and keeps the link", async () => {
  const { page, card, close } = await openForm('/embed-refused.html', { headers: { 'content-security-policy': "frame-src 'none'" } });
  await card.locator('[part="load"]').click();
  await card.locator('[role="status"]').waitFor();
  assert.equal(await card.locator('[role="status"]').textContent(), 'This page cannot show it here.');
  assert.equal(await card.locator('iframe').count(), 0);
  assert.equal(await card.locator('[part="link"]').count(), 1);
  assert.ok((await hostRecord(page)).violations.every((violation) => violation.startsWith('frame-src:')));
  await close();
});
