// End to end: the feed the CLI builds from the corpus, served to the built widget
// (dist/careers-widget.js) in Chromium: every posting opens and shows no raw shortcode text.
// Skipped with a message without the corpus, Chromium or a build (npm test builds first).
// Run: node --test test/cli/
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CORPUS_README, CORPUS, corpusPresent, runCli } from '../support/cli.mjs';
import { launchChromium, openPage } from '../support/e2e/browser.mjs';
import { startServers } from '../support/e2e/servers.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const widgetBuilt = existsSync(fileURLToPath(new URL('../../dist/careers-widget.js', import.meta.url)));
const skip = !corpusPresent
  ? CORPUS_README
  : !existsSync(chromium)
    ? `${chromium} is missing: the widget end-to-end test is skipped`
    : !widgetBuilt
      ? 'dist/careers-widget.js is missing (npm run build): the widget end-to-end test is skipped'
      : false;
if (skip) console.log(`# ${skip}`);

let servers;
let browser;
let feed;

before(async () => {
  if (skip) return;
  const run = runCli(['build', CORPUS, '--drafts', '--base-url', 'https://www.example.com/'], {
    env: { CAREERS_FEED_NOW: '2026-06-01T00:00:00Z' },
  });
  assert.equal(run.status, 0, run.stderr);
  feed = run.stdout;
  servers = await startServers({
    feedRoutes: {
      '/corpus-feed.json': (request, response) => {
        response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        response.end(feed);
      },
    },
  });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await servers?.close();
});

/** The open posting's id, title and all the text a reader sees in it, through every shadow root. */
async function openPosting(page, id) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, `#careers/${encodeURIComponent(id)}`);
  await page.waitForFunction((wanted) => {
    const posting = document.querySelector('careers-widget')?.shadowRoot?.querySelector('careers-job-posting');
    const body = posting?.posting?.id === wanted && posting.shadowRoot?.querySelector('[part="body"]');
    return body && body.childElementCount > 0 && !body.querySelector('[role="status"]');
  }, id);
  return page.evaluate(async () => {
    const posting = document.querySelector('careers-widget').shadowRoot.querySelector('careers-job-posting');
    const body = posting.shadowRoot.querySelector('[part="body"]');
    for (const element of body.querySelectorAll('*')) await element.updateComplete;
    const visible = (root) => {
      let text = '';
      for (const node of root.childNodes) {
        if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
        else if (node.nodeType === Node.ELEMENT_NODE) text += (node.shadowRoot ? visible(node.shadowRoot) : '') + visible(node);
      }
      return text;
    };
    return {
      id: posting.posting.id,
      title: posting.shadowRoot.querySelector('[part="title"]').textContent,
      text: visible(posting.shadowRoot),
    };
  });
}

test('every corpus posting opens in the built widget and shows no raw shortcode text', { skip, timeout: 120_000 }, async () => {
  const postings = JSON.parse(feed).postings;
  assert.equal(postings.length, 21);
  const { page, errors, close } = await openPage(browser);
  try {
    await page.goto(
      servers.page(
        '/corpus.html',
        `<!doctype html><html lang="en"><body>
          <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
          <careers-widget src="{{FEED}}/corpus-feed.json"></careers-widget>
        </body></html>`,
      ),
    );
    await page.locator('careers-widget careers-job-card').first().waitFor();
    for (const posting of postings) {
      const shown = await openPosting(page, posting.id);
      assert.equal(shown.id, posting.id);
      assert.equal(shown.title.trim(), posting.title, posting.id);
      assert.doesNotMatch(shown.text, /\{\{[<%]|[%>]\}\}/, `${posting.id}: raw shortcode text`);
      assert.ok(shown.text.length > 500, `${posting.id}: the body is shown`);
    }
    // Images and links point at https://www.example.com/, which this machine cannot reach.
    assert.deepEqual(errors.filter((error) => !/Failed to load resource|net::ERR_/.test(error)), []);
  } finally {
    await close();
  }
});
