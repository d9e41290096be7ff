/**
 * End to end: the designers' demo as `npm run build:demo` makes it (demo-dist/, whose pages run
 * the built dist/ widget), served from localhost as any static server would.
 *
 * - Every gallery tile in demo/states.json: load state.html, wait for it to settle, run axe
 *   (WCAG 2.0/2.1/2.2 A and AA, through shadow roots) and save a screenshot in
 *   test/e2e/screenshots/ for a reviewer; narrow tiles must not scroll sideways.
 * - The demo page itself: axe, the theme knobs (live styles, Copy CSS), the playground.
 *
 * Builds nothing: `npm test` runs `npm run build` and `npm run build:demo` first. No request
 * leaves localhost (any other is aborted and fails the test).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/e2e/browser.mjs';
import { serveFolder } from '../support/e2e/servers.mjs';

const ROOT = new URL('../../', import.meta.url);
const DEMO = new URL('demo-dist/', ROOT);
const SCREENSHOTS = new URL('screenshots/', import.meta.url);
const AXE = fileURLToPath(new URL('node_modules/axe-core/axe.min.js', ROOT));
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const { groups } = JSON.parse(readFileSync(new URL('demo/states.json', ROOT), 'utf8'));

/** Every tile once: the adjustable groups in English and light, the others as listed. */
const tiles = [];
for (const group of groups) {
  for (const tile of group.tiles) {
    const lang = tile.lang ?? 'en';
    const theme = tile.theme ?? 'light';
    const width = tile.width ?? 1024;
    const key = `${tile.state}--${lang}--${theme}${tile.width ? `--${tile.width}px` : ''}`;
    // `auto` follows the system: shown once in each scheme.
    for (const scheme of theme === 'auto' ? ['light', 'dark'] : [theme === 'dark' ? 'dark' : 'light']) {
      const name = theme === 'auto' ? `${key}--system-${scheme}` : key;
      if (!tiles.some((known) => known.name === name)) tiles.push({ ...tile, lang, theme, width, scheme, name });
    }
  }
}

const PARALLEL = 3;

let server;
let browser;
const outside = [];
/** Pages the gallery tests share, one per test running at a time (a page per tile costs a process each). */
const idle = [];
const waiting = [];

before(async () => {
  if (!existsSync(new URL('state.html', DEMO))) {
    throw new Error('demo-dist/ is missing: run `npm run build && npm run build:demo` first (npm test does)');
  }
  rmSync(SCREENSHOTS, { recursive: true, force: true }); // this run's pictures only
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await serveFolder(DEMO);
  browser = await launchChromium();
  for (let i = 0; i < PARALLEL; i++) idle.push(await openPage());
  console.log(`demo screenshots: ${fileURLToPath(SCREENSHOTS)}`);
});

async function borrowPage() {
  const session = idle.pop() ?? (await new Promise((resolve) => waiting.push(resolve)));
  session.errors.length = 0;
  return session;
}

function returnPage(session) {
  const next = waiting.shift();
  if (next) next(session);
  else idle.push(session);
}

after(async () => {
  await browser?.close();
  await server?.close();
});

function isLocal(url) {
  return ['data:', 'blob:', 'about:'].includes(url.protocol) || ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** A fresh context that refuses (and records) any request off localhost. */
async function openPage({ width = 1280, height = 900, scheme = 'light', permissions = [] } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, reducedMotion: 'reduce' });
  if (permissions.length) await context.grantPermissions(permissions, { origin: server.origin });
  await context.route(
    (url) => !isLocal(url),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    },
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors, close: () => context.close() };
}

async function axeViolations(page, options = {}) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    (runOptions) => window.axe.run(document, runOptions).then((result) => result.violations),
    { runOnly: { type: 'tag', values: WCAG_AA }, resultTypes: ['violations'], ...options },
  );
  return violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** Lets lazy images (in shadow roots too) load by making the viewport as tall as the page, then waits for them. */
async function loadEveryImage(page, width) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width, height: Math.min(height, 12000) });
  await page.evaluate(async () => {
    const images = [];
    const pending = [document];
    for (let node = pending.pop(); node; node = pending.pop()) {
      for (const element of node.querySelectorAll('*')) {
        if (element instanceof HTMLImageElement) images.push(element);
        if (element.shadowRoot) pending.push(element.shadowRoot);
      }
    }
    const loaded = (image) =>
      image.complete ||
      new Promise((resolve) => {
        image.addEventListener('load', resolve, { once: true });
        image.addEventListener('error', resolve, { once: true });
        setTimeout(resolve, 3000);
      });
    await Promise.all(images.map(loaded));
  });
}

const reflow = new Map();

describe('demo gallery: every state, axe-clean, with a screenshot', { concurrency: PARALLEL }, () => {
  for (const tile of tiles) {
    it(`${tile.name}: ${tile.title}`, async () => {
      const session = await borrowPage();
      const { page, errors } = session;
      try {
        await page.setViewportSize({ width: tile.width, height: 900 });
        await page.emulateMedia({ colorScheme: tile.scheme });
        await page.goto(`${server.origin}/state.html?${new URLSearchParams({ state: tile.state, lang: tile.lang, theme: tile.theme })}`);
        await page.waitForFunction(() => document.documentElement.dataset.ready, null, { timeout: 60_000 });
        assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), 'true', `the state page did not render: ${errors.join('; ')}`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), tile.lang);
        if (tile.width <= 320) reflow.set(tile.name, { state: tile.state, scrollWidth: await page.evaluate(() => document.documentElement.scrollWidth) });

        assert.deepEqual(await axeViolations(page), [], `axe found WCAG violations in ${tile.name}`);

        await loadEveryImage(page, tile.width);
        await page.screenshot({ path: fileURLToPath(new URL(`${tile.name}.png`, SCREENSHOTS)), fullPage: true });
        assert.deepEqual(errors, []);
      } finally {
        returnPage(session);
      }
    });
  }
});

describe('demo gallery: narrow tiles do not scroll sideways (WCAG 1.4.10)', () => {
  for (const tile of tiles.filter((candidate) => candidate.width <= 320)) {
    it(`${tile.name} fits ${tile.width} px`, () => {
      const measured = reflow.get(tile.name);
      assert.ok(measured, 'the tile was not measured (its gallery test failed)');
      assert.ok(measured.scrollWidth <= tile.width, `the page is ${measured.scrollWidth} px wide`);
    });
  }
});

describe('demo page', () => {
  it('has no WCAG violations (the gallery frames are checked one by one above)', async () => {
    const { page, errors, close } = await openPage();
    try {
      await page.goto(`${server.origin}/`);
      await page.locator('#api-tables table').first().waitFor();
      await page.locator('#pg-preview careers-job-posting [part="title"]').waitFor();
      await page.locator('#preview-widget careers-job-card').first().waitFor();
      assert.deepEqual(await axeViolations(page, { iframes: false }), []);
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  it('lists every element in the API tables, from custom-elements.json', async () => {
    const { page, close } = await openPage();
    try {
      await page.goto(`${server.origin}/`);
      await page.locator('#api-tables table').first().waitFor();
      const headings = await page.locator('#api-tables h3').allTextContents();
      assert.deepEqual(headings.sort(), [
        '<careers-accordion>',
        '<careers-apply-button>',
        '<careers-contact-card>',
        '<careers-embed>',
        '<careers-job-card>',
        '<careers-job-posting>',
        '<careers-widget>',
      ]);
      const widgetTables = await page.locator('#api-careers-widget ~ .table-scroll caption').allTextContents();
      assert.deepEqual(widgetTables.filter((caption) => ['Attributes', 'Events', 'Slots', 'CSS parts', 'CSS custom properties'].includes(caption)).length, 5);
      assert.match(await page.locator('#api-careers-widget').locator('xpath=..').textContent(), /careers-load/);
    } finally {
      await close();
    }
  });

  it('theme knobs restyle the widget live, and Copy CSS gives the block', async () => {
    const { page, close } = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    try {
      await page.goto(`${server.origin}/`);
      const link = page.locator('#preview-widget careers-job-card').first().locator('[part="link"]');
      const card = page.locator('#preview-widget careers-job-card').first().locator('[part="base"]');
      await link.waitFor();
      assert.equal(await link.evaluate((element) => getComputedStyle(element).color), 'rgb(11, 92, 173)');

      await page.locator('#knob-color-accent-light').evaluate((input) => {
        input.value = '#aa0055';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await page.locator('#knob-radius').fill('3');
      assert.equal(await link.evaluate((element) => getComputedStyle(element).color), 'rgb(170, 0, 85)');
      assert.equal(await card.evaluate((element) => getComputedStyle(element).borderTopLeftRadius), '3px');

      // The gallery's tiles (other pages, in frames) get the same properties.
      await page.locator('#gallery-groups iframe').first().scrollIntoViewIfNeeded();
      const tile = page.frameLocator('#gallery-groups iframe >> nth=0');
      const tileLink = tile.locator('careers-widget careers-job-card').first().locator('[part="link"]');
      await tile.locator('html[data-ready="true"]').waitFor();
      await page.waitForFunction(() => {
        const frame = document.querySelector('#gallery-groups iframe');
        return frame?.contentDocument?.documentElement.style.getPropertyValue('--careers-color-accent');
      });
      assert.equal(await tileLink.evaluate((element) => getComputedStyle(element).color), 'rgb(170, 0, 85)');

      await page.getByRole('button', { name: 'Copy CSS' }).click();
      await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
      const expected = 'careers-widget {\n  --careers-color-accent: light-dark(#aa0055, #8cc2ff);\n  --careers-radius: 3px;\n}\n';
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), expected);
      assert.equal(await page.locator('#css-output').inputValue(), expected);

      // Without the clipboard, the CSS is selected in the visible box instead.
      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      });
      await page.getByRole('button', { name: 'Copy CSS' }).click();
      await page.getByRole('status').filter({ hasText: 'Ctrl+C' }).waitFor();
      const selection = await page.locator('#css-output').evaluate((box) => box.value.slice(box.selectionStart, box.selectionEnd));
      assert.equal(selection, expected);
    } finally {
      await close();
    }
  });

  it('playground: a pasted page renders as a posting, and an unknown shortcode is named with its line', async () => {
    const { page, errors, close } = await openPage();
    try {
      await page.goto(`${server.origin}/`);
      await page.locator('#pg-preview careers-job-posting [part="title"]').waitFor();
      await page.locator('#pg-file').fill('testjobb.nb.md');
      const text = [
        '---', // 1
        'title: "Testjobb i lekegrinda"', // 2
        'date: 2026-11-01', // 3
        '---', // 4
        '', // 5
        'Første avsnitt med **fet** tekst.', // 6
        '', // 7
        '{{< ukjent-kode tekst="hei" >}}', // 8
        'Innhold som fortsatt vises.', // 9
        '{{< /ukjent-kode >}}', // 10
      ].join('\n');
      await page.locator('#pg-source').fill(text);

      const posting = page.locator('#pg-preview careers-job-posting');
      await posting.locator('[part="title"]').filter({ hasText: 'Testjobb i lekegrinda' }).waitFor();
      assert.match(await posting.locator('[part="body"]').textContent(), /Første avsnitt med fet tekst\.[\s\S]*Innhold som fortsatt vises\./);
      assert.equal(await posting.locator('article').getAttribute('lang'), 'nb');

      const cli = page.locator('#pg-cli-notes li');
      await cli.filter({ hasText: 'ukjent-kode' }).waitFor();
      const said = await cli.allTextContents();
      assert.equal(said.length, 1, said.join('\n'));
      assert.match(said[0], /^testjobb\.nb\.md:8: warning: unknown shortcode "ukjent-kode"/);
      const renderer = await page.locator('#pg-renderer-notes li').allTextContents();
      assert.equal(renderer.length, 1);
      assert.match(renderer[0], /^line 8: .*unknown shortcode "ukjent-kode"/);

      await page.locator('#pg-cli-notes').getByRole('button', { name: 'Show line 8 in the page' }).click();
      const selected = await page.locator('#pg-source').evaluate((box) => box.value.slice(box.selectionStart, box.selectionEnd));
      assert.equal(selected, '{{< ukjent-kode tekst="hei" >}}');
      assert.equal(await page.locator('#pg-caret').textContent(), 'Line 8, column 1');
      assert.deepEqual(errors, []);
    } finally {
      await close();
    }
  });

  it('sends no request off localhost', () => {
    assert.deepEqual(outside, []);
  });
});
