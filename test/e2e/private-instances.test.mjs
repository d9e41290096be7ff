/**
 * Private instances: a host page that loads its own marked and DOMPurify and sets them
 * up as permissively and hostilely as it can (hooks/hostile-libraries.js) changes nothing in
 * what the widget renders, with either build.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonRoute } from '../support/e2e/servers.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { BUILDS, hostPage, hostRecord, openGuardedPage } from '../support/e2e/host-page.mjs';
import { auditDom } from '../support/dom-audit.mjs';

const FEED = {
  version: 1,
  postings: [
    {
      id: 'hostile',
      lang: 'en',
      title: 'A body the host libraries would let through',
      datePosted: '2026-02-01',
      body: [
        'A *plain* paragraph with [a link](https://nordlys.example/).',
        '<img src=x onerror="__xss(1)"><b onclick="__xss(2)">bold</b><script>__xss(3)</script>',
        '<iframe src="javascript:__xss(4)"></iframe>',
        'A [js](javascript:__xss(5)) link.',
        'Two lines\nwith one break.',
      ].join('\n\n'),
    },
  ],
};

const e2e = e2eSession({ feedRoutes: { '/hostile.json': jsonRoute(FEED) } });

const HOST_LIBRARIES = `<script src="{{WIDGET}}/vendor/marked.umd.js"></script>
  <script src="{{WIDGET}}/vendor/purify.min.js"></script>
  <script src="{{WIDGET}}/hooks/hostile-libraries.js"></script>`;

for (const [build, script] of Object.entries(BUILDS)) {
  it(`the ${build} build ignores the host page's own marked and DOMPurify settings`, async () => {
    const url = e2e.servers.page(`/private-${build}.html`, hostPage({ head: HOST_LIBRARIES + script, body: '<careers-widget src="{{FEED}}/hostile.json"></careers-widget>' }));
    const { page, errors, blocked, dialogs, close } = await openGuardedPage(e2e.browser);
    await page.goto(`${url}#careers/hostile`);
    // The host's own libraries are live and as permissive as promised.
    assert.match(await page.evaluate(() => window.__hostSanitized), /onclick/);
    assert.match(await page.evaluate(() => marked.parse('text')), /host-renderer/);

    const body = page.locator('careers-job-posting [part="body"]');
    await body.locator('a').first().waitFor();
    const rendered = await body.evaluate((element) => ({
      paragraphs: [...element.querySelectorAll('p')].map((p) => p.textContent),
      emphasis: element.querySelector('em')?.textContent,
      link: element.querySelector('a')?.getAttribute('href'),
      bold: element.querySelector('b')?.outerHTML,
      breaks: element.querySelectorAll('br').length,
      hostMarkup: element.querySelectorAll('.host-renderer, [onclick], [onerror], script, iframe').length,
    }));
    assert.deepEqual(rendered, {
      paragraphs: ['A plain paragraph with a link.', 'bold', 'A js link.', 'Two lines\nwith one break.'],
      emphasis: 'plain',
      link: 'https://nordlys.example/',
      bold: '<b>bold</b>',
      breaks: 0,
      hostMarkup: 0,
    });
    assert.deepEqual(await page.evaluate(auditDom, await page.locator('careers-widget').elementHandle()), []);
    await body.locator('a', { hasText: 'js' }).click();
    const record = await hostRecord(page);
    assert.deepEqual(record.xss, []);
    assert.deepEqual(record.uncaught, []);
    // The image that would have fired onerror is missing on purpose: its 404 is the only console error.
    assert.deepEqual(errors.filter((error) => !/status of 404/.test(error)), []);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(blocked, []);
    await close();
  });
}
