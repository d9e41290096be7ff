// npm run bench: how fast the built widget is for a host page, next to hand-written pages
// that do the least the same job needs, and what it weighs. Prints the machine and ONE
// Markdown table (the README's "Performance" section holds a copy); each timing is the
// median of --runs runs (default 7), the widget and its baseline loaded side by side in every
// run, each load in a fresh browser context with the cache disabled. Everything is served on
// localhost (test/e2e/support/servers.mjs: host page, widget files, feed on three origins);
// Chromium resolves no other host name. Generated data come from a fixed seed.
//
// Usage: npm run bench [-- --runs N --cli-runs N --verbose]   (needs `npm run build` first)
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { jsonRoute, startServers } from '../test/e2e/support/servers.mjs';
import { launchChromium } from '../test/e2e/support/browser.mjs';
import { CORPUS, benchCli, median } from './bench-cli.mjs';
import { BUDGET_GOALS, downloadSets } from './download-sets.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'cli-runs': { type: 'string', default: '7' },
    verbose: { type: 'boolean', default: false }, // every load's figures, on stderr
  },
});
const RUNS = Math.max(1, Number(args.runs));
const CLI_RUNS = Math.max(1, Number(args['cli-runs']));
const SIZES = [10, 100, 1000];
const LARGEST = SIZES.at(-1);
const SEED = 20261128;

// ---- 1. The build, copied aside so that a concurrent `npm run build` cannot change it mid-run.
const DIST = join(root, 'dist');
const needed = ['careers-widget.js', 'careers-widget.iife.js', 'careers-widget.raw-html.js', 'cli/careers-feed.js'];
const missing = needed.filter((file) => !existsSync(join(DIST, file)));
if (missing.length) {
  console.error(`bench: dist/ lacks ${missing.join(', ')}: run \`npm run build\` first.`);
  process.exit(1);
}
const snapshot = mkdtempSync(join(tmpdir(), 'careers-bench-'));
mkdirSync(join(snapshot, 'cli'));
for (const name of readdirSync(DIST)) if (name.endsWith('.js')) copyFileSync(join(DIST, name), join(snapshot, name));
copyFileSync(join(DIST, 'cli/careers-feed.js'), join(snapshot, 'cli/careers-feed.js'));

async function main() {
  let browser;
  let servers;
  try {
    let sizes;
    try {
      sizes = measureSizes(snapshot);
    } catch (error) {
      console.error(`bench: dist/ looks incomplete (is a build running?): ${error.message.split('\n')[0]}; run \`npm run build\`.`);
      process.exitCode = 1;
      return;
    }
    const { convertFolder } = await import(pathToFileURL(join(snapshot, 'cli/careers-feed.js')).href);

    // ---- 2. Feeds: generated ones in demo/feed.json's shape, and the corpus (the demo's feed without it).
    const demoText = readFileSync(join(root, 'demo/feed.json'), 'utf8');
    const demo = JSON.parse(demoText);
    const feeds = new Map();
    for (const count of SIZES) feeds.set(`/bench/feed-${count}.json`, JSON.stringify(generateFeed(demo, count, SEED + count)));
    const corpus = existsSync(CORPUS) ? convertFolder(CORPUS, { drafts: true }).feed : undefined;
    feeds.set('/bench/corpus.json', corpus ? JSON.stringify(corpus) : demoText);
    const longest = (corpus ?? demo).postings.reduce((a, b) => (b.body.length > a.body.length ? b : a));
    const corpusNote = corpus ? `the corpus's longest, "${longest.id}"` : `../shared/corpus/career is ABSENT: the longest demo posting, "${longest.id}"`;
    // The widget origin serves the snapshot; no cache headers, as freshPage disables the cache.
    servers = await startServers({
      feedRoutes: Object.fromEntries([...feeds].map(([path, body]) => [path, jsonRoute(body)])),
      widgetFolder: pathToFileURL(`${snapshot}/`),
    });

    const pages = definePages(servers, longest.lang);
    browser = await launchChromium({ args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'] });
    const machine = {
      cpu: cpus()[0]?.model?.trim() ?? 'unknown CPU',
      cores: cpus().length,
      node: process.version,
      chromium: browser.version(),
      load: loadavg()[0].toFixed(2),
    };
    console.log(`Machine: ${machine.cpu}, ${machine.cores} cores; Node ${machine.node}; Chromium ${machine.chromium}; load average at start ${machine.load}`);
    console.log(`Runs: ${RUNS} per browser figure, ${CLI_RUNS} per CLI figure (medians). Feeds: ${SIZES.map((n) => `${n} postings ${kb(feeds.get(`/bench/feed-${n}.json`).length)}`).join(', ')}.`);
    console.log(`Posting opened: ${corpusNote} (${longest.lang}, body ${formatInt(longest.body.length)} characters).`);
    console.log('');

    // ---- 3. The browser: every run loads each page once, widget and baseline in alternating order.
    const started = Date.now();
    const samples = {};
    const push = (key, value) => (samples[key] ??= []).push(value);
    const offsite = new Set();
    const problems = new Set();
    const load = async (label, url) => {
      const result = await loadPage(browser, url, { offsite, problems });
      if (args.verbose) process.stderr.write(`${label}: ${JSON.stringify(result)}\n`);
      return result;
    };
    for (let run = 0; run < RUNS; run++) {
      for (const count of SIZES) {
        const order = run % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
        for (const kind of order) {
          const result = await load(`${kind} ${count}`, pages[kind](count));
          push(`${kind}-${count}-first`, result.firstCard);
          push(`${kind}-${count}-longest`, result.longest);
          if (result.timedOut) problems.add(`${kind} page with ${count} postings: no card within 20 s`);
          push(`${kind}-${count}-shift`, result.hostShift);
          push(`${kind}-${count}-shift-early`, result.hostShiftBeforeFeed);
          push(`${kind}-${count}-feed-start`, result.feedStart);
          push(`${kind}-${count}-tasks`, result.tasks);
          if (kind === 'widget') push(`widget-${count}-cards`, result.cards);
        }
        if (count === LARGEST) {
          push(`fetch-${count}-longest`, (await load(`fetch only ${count}`, pages.fetchOnly(count))).longest);
          const own = await load(`widget given the parsed feed ${count}`, pages.widgetParsed(count));
          push(`own-${count}-longest`, own.ownLongest);
          push(`own-${count}-tasks`, own.ownTasks);
        }
      }
      const opened = await openPosting(browser, pages.widgetCorpus(), longest.id, { offsite, problems });
      if (args.verbose) process.stderr.write(`open ${longest.id}: ${JSON.stringify(opened)}\n`);
      push('open-ms', opened.ms);
      push('open-longest', opened.longest);
      push('open-cold', opened.cold ? 1 : 0);
      process.stderr.write(`bench: browser run ${run + 1}/${RUNS} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    await browser.close();
    browser = undefined;

    // ---- 4. The CLI (after the browser is closed, so the two do not share the cores).
    const cli = Object.fromEntries(benchCli({ convertFolder, pages: 1000, runs: CLI_RUNS, corpusBaseUrl: false }).map((entry) => [entry.key, entry]));

    // ---- 5. The table.
    const med = (key) => median(samples[key]);
    const pairedRatio = (count) => median(samples[`widget-${count}-first`].map((w, i) => w / samples[`baseline-${count}-first`][i]));
    const rows = [];
    for (const count of SIZES) {
      const ratio = pairedRatio(count);
      rows.push([
        `First visible card, ${formatInt(count)} postings`,
        `${ms(med(`widget-${count}-first`))} (feed requested at ${ms(med(`widget-${count}-feed-start`))})`,
        `${ms(med(`baseline-${count}-first`))} (plain DOM cards; feed requested at ${ms(med(`baseline-${count}-feed-start`))})`,
        `${ratio.toFixed(2)}×${count === LARGEST ? ' (goal ≤ 1.2)' : ''}`,
        count === LARGEST ? yesNo(ratio <= 1.2) : '',
      ]);
    }
    // The long tasks (durations, in order) of the run whose longest task is the median one.
    const medianRunTasks = (prefix) => {
      const runs = samples[`${prefix}-longest`].map((longest, i) => [longest, samples[`${prefix}-tasks`][i]]).sort((a, b) => a[0] - b[0]);
      const tasks = runs[(runs.length - 1) >> 1][1];
      return tasks.length ? tasks.map(([, duration]) => duration).join(' + ') + ' ms' : 'none';
    };
    const fetchLongest = med(`fetch-${LARGEST}-longest`);
    const longGoal = Math.max(50, fetchLongest);
    const widgetLongest = med(`widget-${LARGEST}-longest`);
    const ownLongest = med(`own-${LARGEST}-longest`);
    rows.push([
      `Longest main-thread task, loading ${formatInt(LARGEST)} postings`,
      `${taskMs(widgetLongest)} (median run's long tasks: ${medianRunTasks(`widget-${LARGEST}`)})`,
      `fetch + JSON only: ${taskMs(fetchLongest)}; plain DOM cards: ${taskMs(med(`baseline-${LARGEST}-longest`))} (median run's long tasks: ${medianRunTasks(`baseline-${LARGEST}`)})`,
      `goal ≤ ${ms(longGoal)}`,
      yesNo(widgetLongest <= longGoal),
    ]);
    rows.push([
      "… of which the widget's own work (the parsed feed given as `.feed`: validate, list, render)",
      `${taskMs(ownLongest)} (median run's long tasks: ${medianRunTasks(`own-${LARGEST}`)})`,
      '',
      'diagnostic (≤ 50 ms would meet the goal without the parse)',
      '',
    ]);
    const shifts = SIZES.map((count) => med(`widget-${count}-shift`));
    rows.push([
      `Layout shift of host content, ${SIZES.map(formatInt).join(' / ')} postings (host page with the README's reservation rule)`,
      `${shifts.map(cls).join(' / ')} (of which before the feed arrived: ${SIZES.map((count) => cls(med(`widget-${count}-shift-early`))).join(' / ')})`,
      `${SIZES.map((count) => cls(med(`baseline-${count}-shift`))).join(' / ')} (plain DOM cards)`,
      'goal 0',
      yesNo(shifts.every((value) => value === 0)),
    ]);
    rows.push([
      `Open the longest posting (${longest.id}, ${kb(longest.body.length)} of Markdown): click → body rendered`,
      `${ms(med('open-ms'))}${med('open-cold') ? ' (posting code NOT prefetched)' : ''}`,
      '',
      '',
      '',
    ]);
    const openLongest = med('open-longest');
    rows.push(['Longest task while opening it', taskMs(openLongest), '', 'no goal set (over 50 ms is a long task)', '']);
    const cliRow = (label, entry) =>
      entry && !entry.skipped ? [label, `${ms(entry.median)} (min ${ms(entry.min)})`, entry.result ?? '', '', ''] : [label, 'corpus absent', '', '', ''];
    rows.push(cliRow('CLI: convert the corpus (in-process, --drafts --future --expired)', cli.corpus));
    rows.push(cliRow('CLI: convert 1,000 generated pages (in-process)', cli.generated));
    rows.push(cliRow('CLI: 1,000 pages with --base-url (in-process)', cli['generated-base-url']));
    if (cli.bin) rows.push(['CLI: 1,000 pages, `careers-feed build` end to end (1 run)', ms(cli.bin.once), `exit ${cli.bin.status}`, '', '']);
    for (const [key, label] of [
      ['list', 'List view, en'],
      ['posting', 'List + first posting'],
      ['classic', 'Classic bundle'],
    ]) {
      const size = sizes[key];
      rows.push([
        `Size: ${label} (${size.files.join(' + ')})`,
        `${kb(size.gzip)} gzip -9 · ${kb(size.brotli)} brotli 11`,
        `${formatInt(size.raw)} B minified`,
        `budget ≤ ${BUDGET_GOALS[key] / 1000} KB gzip`,
        yesNo(size.gzip <= BUDGET_GOALS[key]),
      ]);
    }
    for (const [key, label] of [
      ['rawHtml', 'a body with raw HTML adds, module'],
      ['classicRawHtml', 'a body with raw HTML adds, classic'],
    ]) {
      const size = sizes[key];
      rows.push([`Size: ${label} (${size.files.join(' + ')})`, `${kb(size.gzip)} gzip -9 · ${kb(size.brotli)} brotli 11`, `${formatInt(size.raw)} B minified`, 'no budget', '']);
    }
    console.log(table(['Measure', 'Widget', 'Baseline / detail', 'Ratio / goal', 'Met'], rows));
    console.log('');
    console.log(
      `Medians of ${RUNS} runs (CLI: ${CLI_RUNS} after a warm-up); ratio = median of the per-run widget/baseline ratios; ` +
        'a task under 50 ms is not reported by the browser ("< 50 ms"); KB = 1,000 bytes; ' +
        `widget cards shown: ${SIZES.map((count) => `${med(`widget-${count}-cards`)} of ${count}`).join(', ')}.`,
    );
    if (offsite.size) console.log(`Requests for other hosts (not resolved, so blocked): ${[...offsite].slice(0, 5).join(', ')}${offsite.size > 5 ? ', …' : ''}`);
    for (const problem of problems) console.log(`Note: ${problem}`);
  } finally {
    await browser?.close();
    await servers?.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------

/** Loads one page in a fresh context and returns what its probe recorded once it went quiet. */
async function loadPage(browser, url, { offsite, problems }) {
  const { page, close } = await freshPage(browser, offsite, problems);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return await page.evaluate(() => window.__bench.settled);
  } finally {
    await close();
  }
}

/** Loads the corpus list, waits until the page is quiet, clicks the posting's card, times its body. */
async function openPosting(browser, url, id, { offsite, problems }) {
  const { page, close } = await freshPage(browser, offsite, problems);
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const loaded = await page.evaluate(() => window.__bench.settled);
    await page.evaluate(() => window.__bench.watchPosting());
    // Playwright's CSS pierces the open shadow roots: widget → card → its link.
    await page.locator(`careers-job-card[data-id="${id}"] [part="link"]`).click({ timeout: 10_000 });
    const opened = await page.evaluate(() => window.__bench.postingDone);
    return { ...opened, cold: !loaded.prefetched };
  } finally {
    await close();
  }
}

async function freshPage(browser, offsite, problems) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  page.on('request', (request) => {
    const { hostname } = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(hostname) && !request.url().startsWith('data:')) offsite.add(request.url());
  });
  page.on('pageerror', (error) => problems.add(`page error: ${error.message}`));
  return { page, close: () => context.close() };
}

/** The host pages: the widget, and the hand-written baselines, with host content around them. */
function definePages(servers, postingLang) {
  const STYLE = `
    body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1b1f24; }
    header, main, .after { max-width: 72rem; margin: 0 auto; padding: 1rem; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr)); gap: 1rem; margin: 0; padding: 0; list-style: none; }
    .card { height: 100%; box-sizing: border-box; padding: 1rem; border: 1px solid #7d8796; border-radius: 8px; }
    .card h2 { margin: 0 0 .5rem; font-size: 1.25rem; }
    .card p { margin: 0 0 .5rem; }
    .meta { display: flex; flex-wrap: wrap; gap: .25rem 1rem; margin: 0; padding: 0; list-style: none; color: #4b5563; }
    /* The README's "keep the page still" rule: the space the widget needs, before its script runs. */
    careers-widget:not(:defined) { display: block; min-height: 100vh; }`;
  const HOST_BEFORE = `<header><h1>Nordlys Cloud</h1><p>We run an open, sovereign cloud from data centres in the Nordics. Come and build it with us.</p></header>`;
  const HOST_AFTER = `<section class="after" id="after"><h2>Life at Nordlys</h2>
    <p>Host content below the list: if it moves while the list loads, that is a layout shift charged to the host page.</p>
    <p>Offices in Oslo, Bergen, Stockholm and Copenhagen; most teams work partly remote.</p>
    <footer><p>© Nordlys Cloud</p></footer></section>`;
  const page = (path, { lang = 'en', target, head = '', main }) =>
    servers.page(
      path,
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>bench</title><style>${STYLE}</style>
<script data-target="${target}">${PROBE}</script>${head}</head>
<body>${HOST_BEFORE}<main>${main}</main>${HOST_AFTER}</body></html>`,
    );
  const widgetHead = '<script type="module" src="{{WIDGET}}/careers-widget.js"></script>';
  return {
    widget: (count) =>
      page(`/widget-${count}.html`, { target: 'careers-widget', head: widgetHead, main: `<careers-widget src="{{FEED}}/bench/feed-${count}.json"></careers-widget>` }),
    widgetCorpus: () =>
      page('/widget-corpus.html', { lang: postingLang, target: 'careers-widget', head: widgetHead, main: '<careers-widget src="{{FEED}}/bench/corpus.json"></careers-widget>' }),
    // The widget's own work alone: the feed fetched and parsed first, then a widget given it as `.feed`.
    widgetParsed: (count) =>
      page(`/widget-parsed-${count}.html`, {
        target: 'careers-widget',
        head: widgetHead,
        main: `<script type="module">${PARSED.replace('FEED_URL', `{{FEED}}/bench/feed-${count}.json`)}</script>`,
      }),
    baseline: (count) =>
      page(`/baseline-${count}.html`, { target: '#jobs', main: `<div id="jobs"></div><script type="module">${BASELINE.replace('FEED_URL', `{{FEED}}/bench/feed-${count}.json`)}</script>` }),
    fetchOnly: (count) =>
      page(`/fetch-${count}.html`, { target: '#jobs', main: `<div id="jobs"></div><script type="module">${FETCH_ONLY.replace('FEED_URL', `{{FEED}}/bench/feed-${count}.json`)}</script>` }),
  };
}

// The probe, first in every page's head: long tasks, layout shifts (attributed to the host or
// to the list's own box), the first visible card (polled each frame, through the shadow roots
// for the widget), then a promise that settles once the page has been quiet for QUIET ms.
const PROBE = `(() => {
  const QUIET = 600, MAX = 20000;
  const target = document.currentScript.dataset.target;
  const B = (window.__bench = { firstCard: null, loaded: null, longtasks: [], shifts: [] });
  new PerformanceObserver((list) => { for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  const within = (node, box) => { for (let n = node; n; n = n.parentNode || n.host) if (n === box) return true; return false; };
  new PerformanceObserver((list) => {
    const box = document.querySelector(target);
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      // Nodes in shadow trees are not exposed (node is null): those are the widget's own.
      const host = e.sources.some((s) => s.node && !within(s.node, box));
      B.shifts.push([e.startTime, e.value, host]);
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const widget = target === 'careers-widget';
  const firstCard = () => {
    if (!widget) return document.querySelector('#jobs .card');
    const card = document.querySelector('careers-widget')?.shadowRoot?.querySelector('careers-job-card');
    return card?.shadowRoot?.querySelector('[part="base"]') ?? card?.shadowRoot?.firstElementChild ?? null;
  };
  const visible = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0; };
  const poll = () => {
    const el = firstCard();
    if (el && visible(el)) B.firstCard = performance.now();
    else requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
  if (widget) document.addEventListener('careers-load', () => (B.loaded = performance.now()));
  const lastActivity = (from) => Math.max(from, ...B.longtasks.map(([s, d]) => s + d), ...B.shifts.map(([t]) => t));
  const summary = (from, to) => {
    const tasks = B.longtasks.filter(([s, d]) => s + d > from && s < to);
    return {
      longest: Math.max(0, ...tasks.map(([, d]) => d)),
      longCount: tasks.length,
      blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
    };
  };
  B.settled = new Promise((resolve) => {
    const check = () => {
      const now = performance.now();
      const prefetched = !widget || !!customElements.get('careers-job-posting');
      const ready = B.firstCard !== null && B.loaded !== null && (prefetched || now - B.loaded > 5000);
      if ((ready && now - lastActivity(B.loaded) > QUIET) || now > MAX) {
        const shifts = B.shifts.filter(([t]) => t <= now);
        const cards = widget ? document.querySelector('careers-widget')?.shadowRoot?.querySelectorAll('careers-job-card').length ?? 0 : 0;
        const feed = performance.getEntriesByType('resource').find((e) => e.name.includes('/bench/'));
        resolve({
          firstCard: B.firstCard ?? NaN, timedOut: now > MAX, prefetched, cards, fetched: B.loaded,
          feedStart: feed ? feed.startTime : NaN, feedEnd: feed ? feed.responseEnd : NaN,
          hostShiftBeforeFeed: shifts.filter(([t, , host]) => host && t < B.loaded).reduce((sum, [, v]) => sum + v, 0),
          shifts: shifts.map(([t, v, host]) => [Math.round(t), +v.toFixed(4), host]),
          tasks: B.longtasks.map(([t, d]) => [Math.round(t), Math.round(d)]),
          hostShift: shifts.filter(([, , host]) => host).reduce((sum, [, v]) => sum + v, 0),
          ...summary(0, now),
          ...(B.ownFrom === undefined ? {} : {
            ownLongest: summary(B.ownFrom, now).longest,
            ownTasks: B.longtasks.filter(([s, d]) => s + d > B.ownFrom).map(([t, d]) => [Math.round(t), Math.round(d)]),
          }),
        });
      } else setTimeout(check, 50);
    };
    check();
  });
  // Opening a posting: from the click on its card (the event's time stamp) to its body and the
  // elements in it rendered, then quiet again.
  B.watchPosting = () => {
    B.postingDone = new Promise((resolve) => {
      addEventListener('click', (event) => {
        const clicked = event.timeStamp > 0 && event.timeStamp <= performance.now() ? event.timeStamp : performance.now();
        const rendered = () => {
          const posting = document.querySelector('careers-widget')?.shadowRoot?.querySelector('careers-job-posting');
          const body = posting?.shadowRoot?.querySelector('[part="body"]');
          if (!body || !body.firstElementChild || body.getBoundingClientRect().height === 0) return false;
          return [...body.querySelectorAll('*')].filter((el) => el.localName.startsWith('careers-'))
            .every((el) => el.hasUpdated !== false && el.shadowRoot && el.shadowRoot.childElementCount > 0);
        };
        const wait = () => {
          if (!rendered()) return void requestAnimationFrame(wait);
          const done = performance.now();
          const quiet = () => {
            if (performance.now() - lastActivity(done) > QUIET) {
              const tasks = B.longtasks.filter(([s, d]) => s + d > clicked).map(([t, d]) => [Math.round(t - clicked), Math.round(d)]);
              resolve({ ms: done - clicked, tasks, ...summary(clicked, performance.now()) });
            }
            else setTimeout(quiet, 50);
          };
          quiet();
        };
        requestAnimationFrame(wait);
      }, { capture: true, once: true });
    });
  };
})();`;

// Hand-written baseline: fetch the feed as the widget does and build plain cards with DOM APIs.
const BASELINE = `
const B = window.__bench;
const response = await fetch('FEED_URL', { credentials: 'omit', headers: { accept: 'application/json' } });
const feed = await response.json();
const date = new Intl.DateTimeFormat(document.documentElement.lang, { dateStyle: 'medium' });
const list = document.createElement('ul');
list.className = 'cards';
for (const posting of feed.postings) {
  const item = document.createElement('li');
  const card = document.createElement('article');
  card.className = 'card';
  const title = document.createElement('h2');
  const link = document.createElement('a');
  link.href = '#' + posting.id;
  link.textContent = posting.title;
  title.append(link);
  card.append(title);
  if (posting.intro) {
    const intro = document.createElement('p');
    intro.textContent = posting.intro;
    card.append(intro);
  }
  const meta = document.createElement('ul');
  meta.className = 'meta';
  for (const fact of [posting.team, posting.location, posting.employmentType, date.format(new Date(posting.datePosted))]) {
    if (!fact) continue;
    const li = document.createElement('li');
    li.textContent = fact;
    meta.append(li);
  }
  card.append(meta);
  item.append(card);
  list.append(item);
}
document.getElementById('jobs').append(list);
B.loaded = performance.now();`;

// The feed fetched and parsed before the widget sees it, so that the long tasks after `ownFrom`
// are the widget's own work: validating, listing, rendering.
const PARSED = `
const B = window.__bench;
await customElements.whenDefined('careers-widget');
const response = await fetch('FEED_URL', { credentials: 'omit', headers: { accept: 'application/json' } });
const feed = await response.json();
await new Promise((resolve) => setTimeout(resolve, 100));
B.ownFrom = performance.now();
const widget = document.createElement('careers-widget');
widget.feed = feed;
document.querySelector('main').append(widget);`;

// The feed alone: fetch it and parse it, nothing shown (the floor for the longest task).
const FETCH_ONLY = `
const B = window.__bench;
const response = await fetch('FEED_URL', { credentials: 'omit', headers: { accept: 'application/json' } });
const feed = await response.json();
B.firstCard = B.loaded = performance.now();
window.feed = feed;`;

/** Seeded PRNG (mulberry32), so the generated feeds are the same on every run. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` postings in the shape of `demo` (demo/feed.json), bodies built from its (shortcodes included). */
function generateFeed(demo, count, seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const bodies = demo.postings.map((posting) => posting.body);
  const roles = ['Platform Engineer', 'Network Engineer', 'Storage Engineer', 'Site Reliability Engineer', 'Security Engineer', 'Data Engineer', 'Frontend Developer', 'Backend Developer', 'Account Executive', 'Customer Success Manager', 'Controller', 'Technical Writer', 'Product Manager', 'Solution Architect'];
  const levels = ['', 'Senior ', 'Lead ', 'Junior ', 'Principal '];
  const teams = ['Platform', 'Network', 'Storage', 'Security', 'Data', 'Customer Success', 'Sales', 'Finance', 'Product'];
  const locations = ['Oslo', 'Bergen', 'Trondheim', 'Stockholm', 'Göteborg', 'København', 'Remote in Europe'];
  const types = ['Full time', 'Full time', 'Full time', 'Part time', 'Temporary', 'Internship'];
  const langs = ['en', 'en', 'en', 'en', 'en', 'en', 'nb', 'nb', 'sv', 'da'];
  const intros = [
    'Run the platform our customers rely on, on hardware we own, in data centres we can drive to.',
    'Help Nordic municipalities, researchers and start-ups move their workloads somewhere close to home.',
    'Join a small team that owns its systems from the first design sketch to the pager.',
    'Make the product simpler for the people who use it every day, and measure that it worked.',
  ];
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  const day = 86_400_000;
  const iso = (time) => new Date(time).toISOString().slice(0, 10);
  const postings = [];
  for (let n = 0; n < count; n++) {
    const role = `${pick(levels)}${pick(roles)}`;
    const id = `${role.toLowerCase().replaceAll(' ', '-')}-${n}`;
    const posted = today - Math.floor(next() * 120) * day;
    const posting = {
      id,
      lang: pick(langs),
      title: `${role} – ${pick(teams)}`,
      intro: pick(intros),
      datePosted: iso(posted),
      team: pick(teams),
      location: pick(locations),
      employmentType: pick(types),
      url: `https://nordlys.example/careers/${id}/`,
      apply: { url: `https://jobs.nordlys.example/apply/${id}`, label: 'Apply now' },
      body: `{{< ingress >}}\nPosting ${n + 1} of ${count}: ${role}.\n{{< /ingress >}}\n\n${pick(bodies)}`,
    };
    if (next() < 0.1) delete posting.intro;
    if (next() < 0.4) posting.validThrough = iso(today + (30 + Math.floor(next() * 300)) * day);
    if (next() < 0.3) posting.image = 'img/team-platform.svg';
    postings.push(posting);
  }
  return { version: 1, generated: `${iso(today)}T08:00:00Z`, organization: demo.organization, postings };
}

/**
 * gzip -9 and brotli 11 of what a host downloads (scripts/download-sets.mjs: the sum over files,
 * each a response of its own). A file in several sets is compressed once.
 */
function measureSizes(dir) {
  const sets = downloadSets(dir);
  if (!sets.postingChunk) throw new Error('bench: no posting-elements-*.js in dist/: has the posting chunk been renamed?');
  if (!sets.rawHtmlChunk) throw new Error('bench: no raw-html-*.js in dist/: has the sanitiser chunk been renamed?');
  const perFile = new Map();
  const fileSize = (name) => {
    if (!perFile.has(name)) {
      const bytes = readFileSync(join(dir, name));
      perFile.set(name, {
        raw: bytes.length,
        gzip: gzipSync(bytes, { level: 9 }).length,
        brotli: brotliCompressSync(bytes, {
          params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
        }).length,
      });
    }
    return perFile.get(name);
  };
  const measure = (names) => {
    const result = { files: names.map(short), raw: 0, gzip: 0, brotli: 0 };
    for (const name of names) {
      const { raw, gzip, brotli } = fileSize(name);
      result.raw += raw;
      result.gzip += gzip;
      result.brotli += brotli;
    }
    return result;
  };
  return {
    list: measure(sets.list),
    posting: measure(sets.posting),
    classic: measure(sets.classic),
    rawHtml: measure(sets.rawHtml),
    classicRawHtml: measure(sets.classicRawHtml),
  };
}

function short(name) {
  return name.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
}

function table(head, rows) {
  const escape = (cell) => String(cell).replaceAll('|', '\\|');
  return [head, head.map(() => '---'), ...rows].map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n');
}

function ms(value) {
  return Number.isFinite(value) ? `${formatInt(Math.round(value))} ms` : 'n/a';
}
function taskMs(value) {
  return value > 0 ? ms(value) : '< 50 ms';
}
function cls(value) {
  return Number.isFinite(value) ? (value === 0 ? '0' : value.toFixed(3)) : 'n/a';
}
function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
function formatInt(value) {
  return Math.round(value).toLocaleString('en-US');
}
function yesNo(ok) {
  return ok ? 'yes' : '**no**';
}

await main();
