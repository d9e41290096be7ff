/**
 * JSON-LD under the strict host policy of docs/security.md: Trusted Types enforced, only the
 * `lit-html` and `careers-widget` policies allowed. Writing the script must cause no violation.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { openPage } from '../support/e2e/browser.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { BUILDS, hostPage, hostRecord, strictPolicy } from '../support/e2e/host-page.mjs';

const e2e = e2eSession();

it('writes and removes the JSON-LD with zero CSP or Trusted Types violations', async () => {
  const csp = strictPolicy(e2e.servers);
  const url = e2e.servers.page(
    '/strict-seo.html',
    hostPage({ head: BUILDS.module, body: '<careers-widget structured-data src="{{FEED}}/feed-basic.json"></careers-widget>' }),
    { 'content-security-policy': csp },
  );
  const { page, errors, close } = await openPage(e2e.browser);
  await page.goto(`${url}#careers/alpha`);
  await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'));
  const data = JSON.parse(await page.evaluate(() => document.head.querySelector('script[type="application/ld+json"]').textContent));
  assert.equal(data['@type'], 'JobPosting');
  assert.equal(data.hiringOrganization.name, 'Nordlys Cloud');

  await page.locator('careers-job-posting a[part="back"]').click();
  await page.waitForFunction(() => !document.head.querySelector('script[type="application/ld+json"]'));
  assert.deepEqual((await hostRecord(page)).violations, []);
  assert.deepEqual(errors, []);
  await close();
});
