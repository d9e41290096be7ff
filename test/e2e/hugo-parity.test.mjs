/**
 * The widget against Hugo, posting by posting: every corpus page (CAREERS_CORPUS, default
 * ../shared/corpus/career) and our own fixture pages (test/fixtures/hugo-parity/) are rendered
 * by Debian's `hugo` with the company site's own shortcode templates
 * (../shared/reference/hugo-site) and by the built widget in Chromium, from the feed the built
 * CLI makes of the same folder. What a reader gets must be the same (support/reader-view.mjs):
 * sentences (typography included), links (address and words), headings (words, order and
 * nesting), images, apply actions and embedded frames. Differences are allowed only by
 * test/support/hugo-parity-allowances.mjs, each with its reason. The feed must also hold exactly the
 * pages Hugo publishes, at the addresses Hugo gives them.
 *
 * Skipped with a message where `hugo` or ../shared is missing. `PARITY_VERBOSE=1` prints every
 * difference, allowed ones too.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonRoute, serveFolder } from '../support/e2e/servers.mjs';
import { startE2E } from '../support/e2e/session.mjs';
import { openPage } from '../support/e2e/browser.mjs';
import { hostPage } from '../support/e2e/host-page.mjs';
import { readerView } from '../support/reader-view.mjs';
import { ALLOWANCES, SITE_STYLES, WIDGET_WORDS } from '../support/hugo-parity-allowances.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REFERENCE = resolve(ROOT, '../shared/reference/hugo-site');
const CORPUS = resolve(ROOT, process.env.CAREERS_CORPUS ?? '../shared/corpus/career');
const FIXTURES = join(ROOT, 'test/fixtures/hugo-parity');
const CLI = join(ROOT, 'bin/careers-feed.js');
/** The reference site's baseURL: the CLI is given the same, so both sides link alike. */
const SITE = 'https://www.safespring.com/';

const hugoMissing = spawnSync('hugo', ['version']).error && 'hugo is not installed (apt-get install hugo; .ci/run does)';
const referenceMissing = !existsSync(REFERENCE) && '../shared/reference/hugo-site is absent';
const skip = hugoMissing || referenceMissing;
if (skip) console.log(`# Hugo parity skipped: ${skip}`);
else if (!existsSync(CORPUS)) console.log(`# Hugo parity: the corpus (${CORPUS}) is absent; only our fixtures are compared`);

/** Sections of the Hugo site the widget is compared on: content/NAME ← folder. */
const SECTIONS = [
  ...(existsSync(CORPUS) ? [{ name: 'career', folder: CORPUS }] : []),
  { name: 'jobs', folder: join(FIXTURES, 'jobs') },
];

/** What each side marks up as an apply action, and as an embedded frame. */
const HUGO_ACTIONS = 'a.button, a#button, a#text-button, a.text-button, a.icon-block-link';
const WIDGET_ACTIONS = 'careers-apply-button, a.action, careers-contact-card';
const HUGO_FRAMES = 'iframe';
const WIDGET_FRAMES = 'careers-embed';

/**
 * The site's templates as the site has used them: `localbutton` read positional parameters before
 * April 2024 and named ones since, and real postings carry both (reference README). The two
 * templates are joined at run time, each for the form it was written for.
 */
function localbuttonTemplate() {
  const current = readFileSync(join(REFERENCE, 'layouts/shortcodes/localbutton.html'), 'utf8');
  const before2024 = readFileSync(join(REFERENCE, 'localbutton.before-2024-04.html'), 'utf8');
  return `{{ if .IsNamedParams }}${current}{{ else }}${before2024}{{ end }}`;
}

/**
 * Fixture pages that Hugo cannot build as written (a quote left open in a shortcode) have the
 * page their author meant beside them, in test/fixtures/hugo-parity/intended/: Hugo renders
 * that one, the CLI converts the one as written.
 */
const INTENDED = join(FIXTURES, 'intended');

/** The reference site with the pages in content/: the feeds are made first, then Hugo renders. */
function buildSite() {
  const site = mkdtempSync(join(tmpdir(), 'careers-parity-'));
  cpSync(REFERENCE, site, { recursive: true });
  writeFileSync(join(site, 'layouts/shortcodes/localbutton.html'), localbuttonTemplate());
  for (const { name, folder } of SECTIONS) cpSync(folder, join(site, 'content', name), { recursive: true });
  for (const extra of readdirSync(FIXTURES)) {
    if (extra !== 'intended' && !SECTIONS.some((section) => section.name === extra)) {
      cpSync(join(FIXTURES, extra), join(site, 'content', extra), { recursive: true });
    }
  }
  return site;
}

function renderWithHugo(site) {
  cpSync(INTENDED, join(site, 'content'), { recursive: true });
  const hugo = spawnSync('hugo', ['--source', site, '--buildDrafts', '--buildFuture', '--buildExpired', '--quiet'], { encoding: 'utf8' });
  assert.equal(hugo.status, 0, `hugo failed:\n${hugo.stderr}`);
}

const unescapeHtml = (text) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]);

/** The titles Hugo's list pages of a section show, in every language. */
function hugoListed(site, section) {
  const titles = [];
  for (const lang of ['', 'nb/', 'sv/', 'da/']) {
    const file = join(site, 'public', lang, section, 'index.html');
    if (!existsSync(file)) continue;
    for (const [, title] of readFileSync(file, 'utf8').matchAll(/<a href="[^"]*">([^<]*)<\/a>/g)) titles.push(unescapeHtml(title));
  }
  return titles.sort();
}

function buildFeed(site, section) {
  const run = spawnSync(
    process.execPath,
    [CLI, 'build', join(site, 'content', section), '--base-url', SITE, '--drafts', '--future', '--expired'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  assert.ok(run.stdout, `the CLI wrote no feed for ${section}:\n${run.stderr}`);
  return { feed: JSON.parse(run.stdout), status: run.status, stderr: run.stderr };
}

/** Hugo's single pages of a section: the path each is served at, by its file. */
function hugoPages(site, section) {
  const pages = new Map();
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const file = /<article data-path="([^"]+)"/.exec(readFileSync(path, 'utf8'))?.[1];
        if (file?.startsWith(`${section}/`)) pages.set(file, '/' + path.slice(join(site, 'public').length + 1).replace(/index\.html$/, ''));
      }
    }
  };
  walk(join(site, 'public'));
  return pages;
}

/** The CLI's id of the posting a content file of a section becomes (a leaf bundle's is its folder's). */
const postingId = (section, file) => file.slice(section.length + 1).replace(/\.md$/, '').replace(/\/index(\.\w+)?$/, '$1').replaceAll('/', '-');

/** Heading words with their depth in the outline (how many headings enclose each), from their levels. */
function outline(headings) {
  const open = [];
  return headings.map(({ level, words }) => {
    while (open.length && open[open.length - 1] >= level) open.pop();
    open.push(level);
    return `${open.length - 1} ${words}`;
  });
}

function missingFrom(list, other) {
  const left = [...other];
  return list.filter((item) => {
    const index = left.indexOf(item);
    if (index < 0) return true;
    left.splice(index, 1);
    return false;
  });
}

const isWidgetWords = (text) => WIDGET_WORDS.some((words) => words.test(text));

/** The widget's view without its own interface words. */
function withoutWidgetWords(view) {
  // A link's words end with the widget's own when it says where it opens.
  const strip = (text) => {
    const words = text.split(' ');
    for (let cut = 1; cut < words.length; cut++) if (isWidgetWords(words.slice(cut).join(' '))) return words.slice(0, cut).join(' ');
    return text;
  };
  return {
    ...view,
    sentences: view.sentences.filter((sentence) => !isWidgetWords(sentence)),
    links: view.links.map((link) => ({ ...link, words: strip(link.words) })),
  };
}

/** The differences between what Hugo's page and the widget give a reader, each `{ kind, side, value }`. */
function compare(hugo, widgetView) {
  const widget = withoutWidgetWords(widgetView);
  const differences = [];
  const add = (kind, side, values) => {
    for (const value of new Set(values)) differences.push({ kind, side, value });
  };
  add('text', 'hugo only', hugo.sentences.filter((sentence) => !widget.sentences.includes(sentence)));
  add('text', 'widget only', widget.sentences.filter((sentence) => !hugo.sentences.includes(sentence)));
  const linkKey = ({ href, words }) => `${words} → ${href}`;
  add('link', 'hugo only', missingFrom(hugo.links.map(linkKey), widget.links.map(linkKey)));
  const hugoOutline = outline(hugo.headings);
  const widgetOutline = outline(widget.headings);
  add('heading', 'hugo only', missingFrom(hugoOutline, widgetOutline));
  add('heading', 'widget only', missingFrom(widgetOutline, hugoOutline));
  if (!differences.some((d) => d.kind === 'heading') && hugoOutline.join('\n') !== widgetOutline.join('\n')) {
    add('heading', 'order', [widgetOutline.join(' | ')]);
  }
  for (const kind of ['images', 'actions', 'frames']) {
    add(kind, 'hugo only', missingFrom([...new Set(hugo[kind])], [...new Set(widget[kind])]));
    add(kind, 'widget only', missingFrom([...new Set(widget[kind])], [...new Set(hugo[kind])]));
  }
  return differences;
}

function allowance(difference, context) {
  return ALLOWANCES.find((entry) => entry.allows(difference, context));
}

const LOCAL = /^(https?):\/\/(localhost|127\.0\.0\.1)(:\d+)?\//;
/** A 1×1 PNG. */
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Characters of the Private Use Area: a renderer's internal markers must never reach a reader. */
const PRIVATE_USE = /[\uE000-\uF8FF]/;

describe('the widget reads as Hugo renders (site templates, Debian hugo)', { skip }, () => {
  let site;
  let servers;
  let browser;
  let stop;
  let hugoServer;
  const sections = new Map();

  before(async () => {
    site = buildSite();
    const feedRoutes = {};
    const feeds = new Map(SECTIONS.map(({ name }) => [name, buildFeed(site, name)]));
    renderWithHugo(site);
    for (const [name, built] of feeds) {
      sections.set(name, { ...built, pages: hugoPages(site, name), listed: hugoListed(site, name) });
      feedRoutes[`/parity-${name}.json`] = jsonRoute(built.feed);
    }
    ({ servers, browser, stop } = await startE2E({ feedRoutes }));
    hugoServer = await serveFolder(new URL(`file://${join(site, 'public')}/`));
  });

  after(async () => {
    await stop?.();
    await hugoServer?.close();
    if (site) rmSync(site, { recursive: true, force: true });
  });

  for (const { name } of SECTIONS) {
    it(`${name}: the feed holds the pages Hugo publishes, at the addresses Hugo gives them, listed where Hugo lists them`, () => {
      const { feed, pages, listed, status, stderr } = sections.get(name);
      assert.equal(status, 0, `the CLI lost a page:\n${stderr}`);
      const idOf = (file) => postingId(name, file);
      for (const [file, path] of pages) {
        const posting = feed.postings.find((candidate) => candidate.id === idOf(file));
        assert.ok(posting, `${file}: Hugo publishes it, the feed does not hold it`);
        assert.equal(posting.url, new URL(path.slice(1), SITE).href, `${file}: its address`);
      }
      const rendered = new Set([...pages.keys()].map(idOf));
      for (const posting of feed.postings.filter((candidate) => !rendered.has(candidate.id))) {
        assert.equal(posting.url, undefined, `${posting.id}: Hugo renders no page for it, so it has no address`);
      }
      const listedInFeed = feed.postings.filter((posting) => posting.listed !== false).map((posting) => posting.title);
      assert.deepEqual(listedInFeed.sort(), listed, 'the listed postings');
    });

    it(`${name}: every posting reads as on the site, but for the allowed differences`, async () => {
      const { feed, pages } = sections.get(name);
      const report = [];
      const unexplained = [];
      const hugoSession = await openPage(browser);
      const widgetSession = await openPage(browser);
      const widgetPage = widgetSession.page;
      // The site's images, as its server would send them: this machine reaches no other host.
      await widgetPage.route((url) => !LOCAL.test(url.href), (route) => route.fulfill({ contentType: 'image/png', body: PIXEL }));
      await hugoSession.page.addInitScript((css) => {
        document.addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: css })));
      }, SITE_STYLES);
      const feedUrl = `${servers.feed}/parity-${name}.json`;
      await widgetPage.goto(servers.page(`/parity-${name}.html`, hostPage({
        head: '<script type="module" src="{{WIDGET}}/careers-widget.js"></script>',
        body: `<careers-widget src="${feedUrl}"></careers-widget>`,
      })));
      await widgetPage.locator('careers-job-card').first().waitFor();

      for (const [file, path] of [...pages].sort()) {
        const id = postingId(name, file);
        const posting = feed.postings.find((candidate) => candidate.id === id);
        assert.ok(posting, `${file}: Hugo publishes it, the feed does not hold it`);

        await hugoSession.page.goto(hugoServer.origin + encodeURI(path));
        const hugo = await hugoSession.page.evaluate(
          ([source, options]) => {
            const view = new Function(`return ${source}`)();
            const article = document.querySelector('article');
            return view(article.querySelector('h1'), article, { ...options, base: new URL(location.pathname, options.base).href });
          },
          [readerView.toString(), { base: SITE, actions: HUGO_ACTIONS, frames: HUGO_FRAMES }],
        );

        await widgetPage.evaluate((hash) => (location.hash = hash), `#careers/${id}`);
        const widget = await widgetPage.evaluate(
          async ([source, options, title]) => {
            const view = new Function(`return ${source}`)();
            const find = () => document.querySelector('careers-widget').shadowRoot.querySelector('careers-job-posting');
            for (;;) {
              const posting = find();
              const body = posting?.shadowRoot?.querySelector('[part="body"][aria-busy="false"]');
              if (body && posting.posting?.title === title) break;
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
            const posting = find();
            await posting.updateComplete;
            const body = posting.shadowRoot.querySelector('[part="body"]');
            for (const element of body.querySelectorAll('*')) {
              if (element.localName === 'careers-accordion') element.open = true;
              await element.updateComplete;
              // An element with words of its own renders once its language's words have loaded.
              while (element.shadowRoot && !element.shadowRoot.childElementCount) {
                await new Promise((resolve) => requestAnimationFrame(resolve));
              }
            }
            return view(posting.shadowRoot.querySelector('[part="title"]'), body, options);
          },
          [readerView.toString(), { base: feedUrl, actions: WIDGET_ACTIONS, frames: WIDGET_FRAMES }, posting.title],
        );

        const leaks = await widgetPage.evaluate((pattern) => {
          const found = [];
          const visit = (root) => {
            for (const element of root.querySelectorAll('*')) {
              for (const attribute of element.attributes) if (new RegExp(pattern).test(attribute.value)) found.push(`${element.localName}[${attribute.name}]`);
              for (const text of element.childNodes) if (text.nodeType === 3 && new RegExp(pattern).test(text.data)) found.push(`text in ${element.localName}`);
              if (element.shadowRoot) visit(element.shadowRoot);
            }
          };
          visit(document.querySelector('careers-widget').shadowRoot);
          return found;
        }, PRIVATE_USE.source);
        assert.deepEqual(leaks, [], `${file}: private-use characters reach the page`);

        const context = { file, posting, hugo, widget };
        const differences = compare(hugo, widget);
        const allowed = differences.filter((difference) => allowance(difference, context));
        const left = differences.filter((difference) => !allowance(difference, context));
        report.push({ file, differences: differences.length, allowed: allowed.length, unexplained: left.length });
        unexplained.push(...left.map((difference) => ({ file, ...difference })));
        if (process.env.PARITY_VERBOSE) {
          for (const difference of differences) {
            const reason = allowance(difference, context)?.reason;
            console.log(`# ${file}: ${difference.kind} (${difference.side}): ${difference.value}${reason ? `   [allowed: ${reason}]` : ''}`);
          }
        }
      }
      await hugoSession.close();
      await widgetSession.close();

      console.log(`# ${name}: differences per posting (all / allowed / unexplained)`);
      for (const row of report) console.log(`#   ${row.file}: ${row.differences} / ${row.allowed} / ${row.unexplained}`);
      const total = (key) => report.reduce((sum, row) => sum + row[key], 0);
      console.log(`#   ${report.length} postings, ${report.filter((row) => !row.differences).length} identical; ${total('differences')} differences, ${total('allowed')} allowed, ${total('unexplained')} unexplained`);
      assert.deepEqual(unexplained, [], 'differences no allowance explains');
    });
  }
});
