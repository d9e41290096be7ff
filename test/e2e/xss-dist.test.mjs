/**
 * The XSS corpus against both built bundles under docs/security.md's strict policy (defence in depth on
 * top of test/security/xss-*.test.ts, which run the full matrix from source in Chromium and Firefox):
 * every vector as a raw HTML body and in every shortcode parameter, every posting opened and
 * everything in it pressed. Nothing may run; the only reports allowed are the blocked loads the
 * docs/security.md names.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonRoute } from '../support/e2e/servers.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { BUILDS, hostPage, hostRecord, openGuardedPage, strictPolicy } from '../support/e2e/host-page.mjs';
import { auditDom } from '../support/dom-audit.mjs';
import { pressables } from '../support/pressables.mjs';
import { VECTORS } from '../fixtures/xss/vectors.mjs';
import { feedFor } from '../fixtures/xss/injection.mjs';

const FIELDS = ['body raw HTML', 'shortcode params, raw'];

/**
 * Reports a hostile body may still cause while it is parsed, and the frames embed cards try to
 * load when pressed, which the strict policy refuses (it has no frame-src); see docs/security.md, A strict host page.
 */
const EXPECTED_REPORTS = [
  /^img-src: https?:\/\/(?!localhost)/,
  /^media-src: data/,
  /^require-trusted-types-for: trusted-types-sink SVGScriptElement text/,
  /^frame-src: https?:\/\//,
];

const e2e = e2eSession({ feedRoutes: Object.fromEntries(FIELDS.map((field, index) => [`/xss-${index}.json`, jsonRoute(feedFor(field, VECTORS))])) });

/** In the page: opens each posting by its URL fragment, audits it, presses everything in it, audits again. */
async function openAll(ids) {
  const widget = document.querySelector('careers-widget');
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));
  // A ceiling for a real hang only: a loaded machine makes a posting slower to open, never absent.
  const ceiling = () => performance.now() + 60_000;
  const problems = [];
  window.addEventListener('click', (event) => {
    const link = event.composedPath().find((target) => target instanceof HTMLAnchorElement);
    if (!link?.href.toLowerCase().startsWith('javascript:')) event.preventDefault();
  });
  for (const id of ids) {
    location.hash = `#careers/${id}`;
    let posting;
    for (const end = ceiling(); performance.now() < end; ) {
      posting = widget.shadowRoot.querySelector('careers-job-posting');
      const body = posting?.shadowRoot?.querySelector('[part="body"]');
      // Rendered when not busy: a raw-HTML body waits for the sanitiser.
      if (posting?.posting?.id === id && body?.getAttribute('aria-busy') === 'false') break;
      await nextTask();
    }
    if (posting?.posting?.id !== id) problems.push(`${id} did not open`);
    problems.push(...window.__auditDom(widget).map((problem) => `${id}: ${problem}`));
    for (const element of window.__pressables(posting)) if (element.getAttribute('part') !== 'back') element.click();
    await posting.updateComplete;
    problems.push(...window.__auditDom(widget).map((problem) => `${id} after pressing: ${problem}`));
  }
  return problems;
}

/** An image the policy blocks, loaded after everything else: the positive control of late reports. */
const CONTROL_IMAGE = 'https://control.invalid/late.png';

/**
 * Waits until the policy has reported the control image: reports and handlers the postings set
 * off (image errors, blocked loads) were queued before it, so they are in the record by then.
 */
async function lateReportsIn(page) {
  await page.evaluate((src) => document.body.append(Object.assign(new Image(), { src })), CONTROL_IMAGE);
  await page.waitForFunction((src) => window.__violations.some((violation) => violation.includes(src)), CONTROL_IMAGE);
}

// Both embeds: the classic script loads the same files as the module one, from beside itself.
for (const build of Object.keys(BUILDS)) {
  for (const [index, field] of FIELDS.entries()) {
    it(`the ${build} build, strict policy: ${VECTORS.length} vectors as ${field}`, async () => {
      const url = e2e.servers.page(`/xss-${build}-${index}.html`, hostPage({ head: BUILDS[build], body: `<careers-widget src="{{FEED}}/xss-${index}.json"></careers-widget>` }), {
        'content-security-policy': strictPolicy(e2e.servers),
      });
      const { page, errors, blocked, dialogs, close } = await openGuardedPage(e2e.browser);
      await page.addInitScript(`window.__auditDom = ${auditDom.toString()}; window.__pressables = ${pressables.toString()};`);
      await page.goto(url);
      await page.locator('careers-job-card').first().waitFor();
      const problems = await page.evaluate(openAll, VECTORS.map((vector) => `v${vector.id}`));
      await lateReportsIn(page);
      assert.deepEqual(problems, []);
      const record = await hostRecord(page);
      record.violations = record.violations.filter((violation) => !violation.includes(CONTROL_IMAGE));
      assert.deepEqual(record.xss, [], 'no vector ran');
      assert.deepEqual(dialogs, []);
      assert.deepEqual(record.uncaught, []);
      assert.deepEqual(errors.filter((error) => error.startsWith('pageerror')), []);
      const unexpected = record.violations.map((violation) => violation.replace(/ at .*/, '')).filter((violation) => !EXPECTED_REPORTS.some((pattern) => pattern.test(violation)));
      assert.deepEqual(unexpected, [], 'only the reports the README names');
      assert.ok(blocked.every((request) => !/^https?:\/\/(localhost|127\.0\.0\.1)/.test(request)), 'only requests to other hosts are blocked');
      await close();
    });
  }
}
