/**
 * Host pages for the visual tests and the design measurements: the built widget on one origin,
 * the fixture feed (and the font, the portrait, a feed that never answers and one that fails) on
 * another, a page that fixes everything a screenshot depends on: the clock, the time zone, the
 * font (Inter, from node_modules, never the network or the machine's fonts), reduced motion.
 */
import { readFile } from 'node:fs/promises';
import { startServers } from '../e2e/servers.mjs';
import { launchChromium } from '../e2e/browser.mjs';
import { FEED, NOW, PORTRAIT_SVG, RICH_POSTING, TIME_ZONE } from './fixtures.mjs';

const ROOT = new URL('../../../', import.meta.url);
const FONT_WEIGHTS = [400, 600, 700];
export const WIDTHS = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 800 } };

const json = (data) => (request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  response.end(JSON.stringify(data));
};

const file = (path, type) => async (request, response) => {
  response.writeHead(200, { 'content-type': type, 'access-control-allow-origin': '*' });
  response.end(await readFile(new URL(path, ROOT)));
};

const FEED_ROUTES = {
  '/visual/feed.json': json(FEED),
  '/visual/empty.json': json({ version: 1, postings: [] }),
  '/visual/img/ingrid.svg': (request, response) => {
    response.writeHead(200, { 'content-type': 'image/svg+xml', 'access-control-allow-origin': '*' });
    response.end(PORTRAIT_SVG);
  },
  '/visual/error': (request, response) => {
    response.writeHead(503, { 'access-control-allow-origin': '*' }).end('busy');
  },
  // Never answers: the widget stays in its loading state (it is given a long timeout).
  '/visual/never': () => new Promise(() => {}),
  ...Object.fromEntries(
    FONT_WEIGHTS.map((weight) => [`/fonts/inter-${weight}.woff2`, file(`node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff2`, 'font/woff2')]),
  ),
};

/**
 * Starts the servers and Chromium. `widgetFolder` is the build to serve (dist/ by default; the
 * measurement script can point at an older build to compare).
 */
export async function startVisual({ widgetFolder } = {}) {
  const servers = await startServers({ feedRoutes: FEED_ROUTES, ...(widgetFolder && { widgetFolder }) });
  try {
    const browser = await launchChromium({ args: ['--font-render-hinting=none', '--hide-scrollbars'] });
    return { servers, browser, stop: async () => (await browser.close(), await servers.close()) };
  } catch (error) {
    await servers.close();
    throw error;
  }
}

/**
 * The host page for one shot. `font` other than 'inter' is a CSS font-family list for the page
 * ('sans-serif': the machine's; '' the browser's default): for measurements only, never for
 * screenshots, which must not depend on the machine's fonts.
 *
 * With Inter, the widget's script runs only once the faces are in: Chromium keeps antialiasing a
 * `<select>`'s text as first shaped, so a face that arrived after the list rendered changed the
 * shot (the filters' text, 587 pixels).
 */
function pageHtml({ lang, theme, src, attributes = {}, font = 'inter' }) {
  const fontFaces = FONT_WEIGHTS.map(
    (weight) => `@font-face { font-family: 'Inter'; font-style: normal; font-weight: ${weight}; src: url('{{FEED}}/fonts/inter-${weight}.woff2') format('woff2'); }`,
  ).join('\n');
  const fontsIn = font === 'inter' ? `await Promise.all(${JSON.stringify(FONT_WEIGHTS)}.map((weight) => document.fonts.load(\`\${weight} 16px Inter\`)));` : '';
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Visual test</title>
<style>
${font === 'inter' ? fontFaces : ''}
html { color-scheme: ${theme}; background: Canvas; color: CanvasText; ${font === 'inter' ? "font-family: 'Inter', sans-serif; font-synthesis: none;" : font ? `font-family: ${font};` : ''} }
body { margin: 0; padding: 16px; }
</style>
</head>
<body>
<careers-widget src="{{FEED}}${src}" lang="${lang}" theme="${theme}" timeout="600000"${extra}></careers-widget>
<script type="module">
  ${fontsIn}
  document.querySelector('careers-widget').now = ${NOW};
  await import('{{WIDGET}}/careers-widget.js');
</script>
</body>
</html>`;
}

let pageCount = 0;

/**
 * Opens a host page at a viewport size and waits until the widget (and everything in it) has
 * rendered, its images have loaded and the font is in. Returns the Playwright page and context.
 */
export async function openShot(session, { lang = 'en', theme = 'light', size, src = '/visual/feed.json', open, attributes, font }) {
  const context = await session.browser.newContext({
    viewport: size,
    deviceScaleFactor: 1,
    colorScheme: theme,
    reducedMotion: 'reduce',
    timezoneId: TIME_ZONE,
    locale: lang === 'nb' ? 'nb-NO' : 'en-GB',
  });
  const page = await context.newPage();
  const path = `/visual-${++pageCount}.html`;
  const url = session.servers.page(path, pageHtml({ lang, theme, src, attributes, font }));
  await page.goto(open ? `${url}#careers/${open}` : url);
  await settle(page, { loading: src === '/visual/never', open: Boolean(open), font });
  return { page, context };
}

/** The id of the posting with every kind of content, in a language. */
export const richPosting = (lang) => RICH_POSTING[lang];

/**
 * Waits for the widget's state to be on screen: the list, the posting, the error or the
 * loading placeholders; then for every element's update, images (lazy ones made eager) and fonts.
 */
export async function settle(page, { loading = false, open = false, font = 'inter' } = {}) {
  await page.waitForFunction(
    ({ loading, open }) => {
      const root = document.querySelector('careers-widget')?.shadowRoot;
      if (!root) return false;
      if (loading) return root.querySelector('[part="status"][role="status"]');
      if (open) return root.querySelector('careers-job-posting')?.shadowRoot?.querySelector('[part="body"][aria-busy="false"] careers-contact-card');
      return root.querySelector('[part="list"], [part="error"], [part="status"]:not([role])');
    },
    { loading, open },
    { timeout: 30000, polling: 50 },
  );
  await page.evaluate(async (font) => {
    const deep = () => {
      const found = [];
      const pending = [document.documentElement];
      while (pending.length) {
        const node = pending.pop();
        found.push(node);
        if (node.shadowRoot) pending.push(...node.shadowRoot.children);
        pending.push(...node.children);
      }
      return found;
    };
    for (let round = 0; round < 5; round++) await Promise.all(deep().map((element) => element.updateComplete));
    const images = deep().filter((element) => element instanceof HTMLImageElement);
    for (const image of images) image.loading = 'eager';
    await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
    if (font === 'inter') {
      const faces = await Promise.all(['400', '600', '700'].map((weight) => document.fonts.load(`${weight} 16px Inter`)));
      if (faces.some((loaded) => !loaded.length)) throw new Error('the Inter font did not load');
    }
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, font);
}
