/**
 * The host page's side of the contract: the widget adds no global variable beyond
 * its elements and Lit's own lists, and no global style, with either build; and aggressive host
 * CSS (global rules with !important, odd inherited fonts and directions) leaves it legible.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { e2eSession } from '../support/e2e/session.mjs';
import { BUILDS, cardIds, hostPage, hostRecord, openGuardedPage } from '../support/e2e/host-page.mjs';

const e2e = e2eSession();

/** What Lit itself puts on any page that uses it (the widget's build leaves Lit as published). */
const LIT_GLOBALS = ['litHtmlVersions', 'litElementVersions', 'reactiveElementVersions', 'litPropertyMetadata'];

/** Globals, symbols and style sheets of the page, to compare before and after the widget. */
function snapshot() {
  return {
    names: Object.getOwnPropertyNames(window),
    symbols: Object.getOwnPropertySymbols(window).map(String),
    styleSheets: document.styleSheets.length,
    adoptedStyleSheets: document.adoptedStyleSheets.length,
    headElements: [...document.head.children].map((element) => element.outerHTML),
  };
}

describe('globals and global styles', () => {
  for (const [build, script] of Object.entries(BUILDS)) {
    it(`the ${build} build adds no global but its elements, and no global style`, async () => {
      const url = e2e.servers.page(`/globals-${build}.html`, `<!doctype html><html lang="en"><head><title>Host</title></head><body><h1>Host</h1>
        <careers-widget src="{{FEED}}/feed-basic.json"></careers-widget></body></html>`);
      const { page, errors, close } = await openGuardedPage(e2e.browser);
      await page.goto(url);
      const before = await page.evaluate(snapshot);
      // The widget arrives after the page: what it adds is all that differs. (A script from
      // createContextualFragment runs once inserted, unlike one set with innerHTML.)
      await page.evaluate(
        (markup) => document.body.append(document.createRange().createContextualFragment(markup)),
        script.replaceAll('{{WIDGET}}', e2e.servers.widget),
      );
      await cardIds(page);
      // Open a posting, so the lazy chunk, the renderer and its policy are in play too.
      await page.locator('careers-job-card[data-id="alpha"] a[part="link"]').click();
      await page.locator('careers-job-posting careers-accordion').waitFor();
      const after = await page.evaluate(snapshot);
      const added = after.names.filter((name) => !before.names.includes(name));
      // Lit's own page-wide lists, as on every page that uses Lit: its versions and its decorators' metadata.
      assert.deepEqual(added.filter((name) => !LIT_GLOBALS.includes(name)), [], `${build} adds no global name but Lit's`);
      assert.deepEqual(after.symbols.filter((symbol) => !before.symbols.includes(symbol)), [], 'nor a symbol-keyed one');
      assert.equal(after.styleSheets, before.styleSheets, 'no style sheet in the document');
      assert.equal(after.adoptedStyleSheets, before.adoptedStyleSheets, 'no adopted style sheet on the document');
      assert.deepEqual(after.headElements, before.headElements, 'nothing added to the head');
      assert.deepEqual(errors, []);
      await close();
    });
  }
});

/**
 * The realistic worst of host CSS: global rules, some !important, that match the widget element
 * (and beat its :host rules), odd inherited text settings, and an odd font. The root font size
 * is left alone: the theme's sizes are rem, so they follow it, as they follow a reader's own
 * font-size setting.
 */
const HOSTILE_CSS = `<style>
  body * { font-size: 2px !important; color: white; direction: rtl; line-height: 0; display: inline; letter-spacing: -1px; text-transform: uppercase; }
  body { font-family: "Comic Sans MS", fantasy; background: white; text-align: right; white-space: pre; }
  p, li, a, button, div, ul, h1, h2, h3 { margin: 40px !important; padding: 0 !important; }
</style>`;

/**
 * Computed styles of the text the reader needs in a widget, through every shadow root, with
 * the contrast of its colour against the first opaque background behind it (WCAG formula).
 */
function legibility(selector) {
  const rgb = (color) => (color.match(/[\d.]+/g) ?? []).map(Number);
  const luminance = ([r, g, b]) =>
    [r, g, b].map((channel) => channel / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)).reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i], 0);
  const background = (element) => {
    for (let node = element; node; node = node.parentElement ?? node.getRootNode().host) {
      const color = rgb(getComputedStyle(node).backgroundColor);
      if (color.length === 3 || color[3] > 0.5) return color.slice(0, 3);
    }
    return [255, 255, 255];
  };
  const contrast = (a, b) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  };
  const results = [];
  const visit = (root, path) => {
    for (const element of root.querySelectorAll('*')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim());
      if (ownText && element.getClientRects().length) {
        const style = getComputedStyle(element);
        results.push({
          where: `${path} ${element.localName}${element.getAttribute('part') ? `[part=${element.getAttribute('part')}]` : ''}`,
          fontSize: parseFloat(style.fontSize),
          lineHeight: style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight),
          contrast: Math.round(contrast(rgb(style.color).slice(0, 3), background(element)) * 10) / 10,
          direction: style.direction,
          textTransform: style.textTransform,
        });
      }
      if (element.shadowRoot) visit(element.shadowRoot, `${path} ${element.localName}`);
    }
  };
  visit(document.querySelector(selector).shadowRoot, selector);
  return results;
}

describe('hostile host CSS', () => {
  for (const [build, script] of Object.entries(BUILDS)) {
    it(`leaves the ${build} build legible: list, posting and error state`, async () => {
      const url = e2e.servers.page(
        `/hostile-css-${build}.html`,
        hostPage({
          head: HOSTILE_CSS + script,
          body: '<careers-widget id="list" src="{{FEED}}/feed-basic.json"></careers-widget><careers-widget id="broken" src="{{FEED}}/missing.json"></careers-widget>',
        }),
      );
      const { page, close } = await openGuardedPage(e2e.browser);
      await page.goto(url);
      await cardIds(page, '#list');
      await page.locator('#broken [role="alert"]').waitFor();
      const checks = [];
      const check = async (view) => {
        for (const widget of ['#list', '#broken']) {
          const styles = await page.evaluate(legibility, widget);
          checks.push(...styles.map((style) => ({ ...style, view, widget })));
        }
      };
      await check('list');
      await page.locator('#list careers-job-card[data-id="alpha"] a[part="link"]').click();
      await page.locator('#list careers-job-posting careers-accordion').waitFor();
      await check('posting');
      const illegible = checks.filter(
        (style) => style.fontSize < 12 || style.lineHeight < style.fontSize || style.contrast < 4.5 || style.direction !== 'ltr' || style.textTransform !== 'none',
      );
      assert.deepEqual(illegible, [], 'text at least 12px, lines apart, contrast 4.5:1 or more, left to right, as written');
      assert.ok(checks.length > 20, `checked ${checks.length} text elements`);
      assert.deepEqual((await hostRecord(page)).uncaught, []);
      await close();
    });
  }
});
