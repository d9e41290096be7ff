/**
 * Visual regression: each state of the widget at 375 and 1280 px, light and dark, in English and
 * Norwegian, compared in Chromium with the committed baselines in test/visual/baselines/.
 *
 * A change in look is a reviewed diff: `npm run test:visual:update` rewrites the baselines that
 * differ (and only those), `git diff --stat test/visual/baselines` lists them, and a reviewer
 * looks at each. When a shot differs here, the test writes the new shot and a diff image
 * (changed pixels in red) to test/visual/output/ and names them.
 *
 * Deterministic by construction: the built widget (dist/), the tests' own feed, a fixed clock
 * and time zone, the Inter font from node_modules (no network, no machine fonts), reduced
 * motion, animations and the caret off.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { openShot, richPosting, startVisual, WIDTHS } from '../support/visual/shots.mjs';

const UPDATE = process.env.CAREERS_VISUAL_UPDATE === '1';
const BASELINES = new URL('./baselines/', import.meta.url);
const OUTPUT = new URL('./output/', import.meta.url);

/** Per pixel, how different a colour may be (pixelmatch's YIQ threshold, 0–1); and how many pixels may differ. */
const PIXEL_THRESHOLD = 0.1;
const DIFFERENT_PIXELS_ALLOWED = (pixels) => Math.max(25, Math.ceil(pixels * 0.0005));

const SCREENSHOT = { animations: 'disabled', caret: 'hide', scale: 'css' };

/** After a click: the pointer off the page and the page at its top, as a reader first sees it (sticky parts included). */
async function atRest(page) {
  await page.mouse.move(0, 0);
  await page.evaluate(() => new Promise((resolve) => {
    window.scrollTo(0, 0);
    requestAnimationFrame(() => requestAnimationFrame(resolve));
  }));
}

/**
 * The states. `widths` limits a state to some sizes (the filters fold into a button on a phone
 * only); `shoot` takes the screenshot once the page has settled.
 */
const STATES = {
  'list-grid': { shoot: (page) => page.screenshot({ ...SCREENSHOT, fullPage: true }) },
  'list-rows': { attributes: { layout: 'list' }, shoot: (page) => page.screenshot({ ...SCREENSHOT, fullPage: true }) },
  'filters-open': {
    widths: ['phone'],
    shoot: async (page) => {
      const toggle = page.locator('careers-widget [part="filters-toggle"]');
      await toggle.click();
      await page.locator('careers-widget [part="filter"]').first().waitFor({ state: 'visible' });
      await atRest(page);
      return page.screenshot({ ...SCREENSHOT, fullPage: true });
    },
  },
  'posting-accordion-open': {
    open: true,
    shoot: async (page) => {
      await page.locator('careers-accordion [part="toggle"]').first().click();
      await page.locator('careers-accordion [part="toggle"][aria-expanded="true"]').first().waitFor();
      await page.locator('careers-accordion [part="content"]').first().waitFor({ state: 'visible' });
      await atRest(page);
      return page.screenshot({ ...SCREENSHOT, fullPage: true });
    },
  },
  'contact-card': { open: true, shoot: (page) => page.locator('careers-contact-card').first().screenshot(SCREENSHOT) },
  error: { src: '/visual/error', shoot: (page) => page.screenshot({ ...SCREENSHOT, fullPage: true }) },
  empty: { src: '/visual/empty.json', shoot: (page) => page.screenshot({ ...SCREENSHOT, fullPage: true }) },
  loading: { src: '/visual/never', shoot: (page) => page.screenshot({ ...SCREENSHOT, fullPage: true }) },
};

function shots() {
  const list = [];
  for (const [state, setup] of Object.entries(STATES)) {
    for (const width of setup.widths ?? ['phone', 'desktop']) {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['en', 'nb']) list.push({ state, setup, width, theme, lang, name: `${state}-${WIDTHS[width].width}-${theme}-${lang}` });
      }
    }
  }
  return list;
}

async function readPng(url) {
  try {
    return PNG.sync.read(await readFile(url));
  } catch (error) {
    if (error.code === 'ENOENT') return null;
    throw error;
  }
}

/** How many pixels differ beyond the threshold, and an image of them; null when the sizes differ. */
function compare(baseline, actual) {
  if (baseline.width !== actual.width || baseline.height !== actual.height) return null;
  const diff = new PNG({ width: actual.width, height: actual.height });
  const count = pixelmatch(baseline.data, actual.data, diff.data, actual.width, actual.height, { threshold: PIXEL_THRESHOLD });
  return { count, diff };
}

let session;
const updated = [];

before(async () => {
  session = await startVisual();
  await mkdir(BASELINES, { recursive: true });
});

after(async () => {
  await session?.stop();
  if (UPDATE) console.log(updated.length ? `Updated ${updated.length} baselines:\n${updated.join('\n')}` : 'Every baseline still matches.');
});

// Shots are independent (a browser context each): a few at a time keep the browser busy while one page loads.
describe('visual regression (Chromium)', { concurrency: 3 }, () => {
  for (const { state, setup, width, theme, lang, name } of shots()) {
    test(name, async () => {
      const { page, context } = await openShot(session, {
        lang,
        theme,
        size: WIDTHS[width],
        src: setup.src,
        attributes: setup.attributes,
        open: setup.open ? richPosting(lang) : undefined,
      });
      try {
        const actual = PNG.sync.read(await setup.shoot(page));
        const baselineUrl = new URL(`${name}.png`, BASELINES);
        const baseline = await readPng(baselineUrl);
        const result = baseline && compare(baseline, actual);
        const allowed = DIFFERENT_PIXELS_ALLOWED(actual.width * actual.height);
        if (result && result.count <= allowed) return;
        if (UPDATE) {
          await writeFile(baselineUrl, PNG.sync.write(actual));
          updated.push(`  ${fileURLToPath(baselineUrl)} (${!baseline ? 'new' : !result ? 'new size' : `${result.count} pixels differed`})`);
          return;
        }
        await mkdir(OUTPUT, { recursive: true });
        const actualUrl = new URL(`${name}.actual.png`, OUTPUT);
        await writeFile(actualUrl, PNG.sync.write(actual));
        if (result) await writeFile(new URL(`${name}.diff.png`, OUTPUT), PNG.sync.write(result.diff));
        const why = !baseline
          ? 'there is no baseline'
          : !result
            ? `the size changed from ${baseline.width}×${baseline.height} to ${actual.width}×${actual.height}`
            : `${result.count} pixels differ (at most ${allowed} may)`;
        assert.fail(
          `${state} (${width}, ${theme}, ${lang}) looks different: ${why}. New shot: ${fileURLToPath(actualUrl)}` +
            `${result ? `; diff: ${fileURLToPath(new URL(`${name}.diff.png`, OUTPUT))}` : ''}. ` +
            'If the change is meant, run `npm run test:visual:update` and review the baselines in the diff.',
        );
      } finally {
        await context.close();
      }
    });
  }
});
