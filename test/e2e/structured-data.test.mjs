/**
 * JSON-LD under the strict host policy of the README: Trusted Types enforced, only the
 * `lit-html` and `careers-widget` policies allowed. Writing the script must cause no violation.
 */
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium, openPage } from './support/browser.mjs';
import { startServers } from './support/servers.mjs';
import { strictPolicy } from './support/host-page.mjs';

let servers;
let browser;

before(async () => {
  servers = await startServers();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await servers?.close();
});

it('writes and removes the JSON-LD with zero CSP or Trusted Types violations', async () => {
  const csp = strictPolicy(servers);
  const url = servers.page(
    '/strict-seo.html',
    `<!doctype html><html lang="en"><head><title>Jobs</title></head><body><h1>Jobs</h1>
      <script type="module" src="{{WIDGET}}/careers-widget.js"></script>
      <careers-widget structured-data src="{{FEED}}/feed-basic.json"></careers-widget></body></html>`,
    { 'content-security-policy': csp },
  );
  const { page, errors, close } = await openPage(browser);
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  await page.goto(`${url}#careers/alpha`);
  await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'));
  const data = JSON.parse(await page.evaluate(() => document.head.querySelector('script[type="application/ld+json"]').textContent));
  assert.equal(data['@type'], 'JobPosting');
  assert.equal(data.hiringOrganization.name, 'Nordlys Cloud');

  await page.locator('careers-job-posting a[part="back"]').click();
  await page.waitForFunction(() => !document.head.querySelector('script[type="application/ld+json"]'));
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await close();
});
