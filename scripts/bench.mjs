// npm run bench: how fast the built widget is for a host page, next to hand-written pages
// that do the least the same job needs, and what it weighs. Prints the machine and two
// Markdown tables (docs/performance.md holds a copy); each timing is a median
// over runs, the widget and its baselines loaded side by side in every run. The first table:
// each load in a fresh browser context with the cache disabled, on localhost's own speed. The
// second (scripts/bench-network.mjs): the first card on an emulated phone network, files served
// as a CDN serves them. Host page, widget files and feed are on three localhost origins
// (test/support/e2e/servers.mjs); Chromium resolves no other host name. Generated data come
// from a fixed seed.
//
// Usage: npm run bench [-- --runs N --cli-runs N --network-runs N --verbose]   (needs `npm run build` first)
//   --network-only: only the second table; --open-only: of it, only opening a posting;
//   --keep-only: of it, only the keep's rows (a repeat visit with the kept feed; keeping's cost);
//   --dist DIR: measure another build than dist/ (e.g. one built without a plugin, to compare).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { cdnRoute, jsonRoute, startServers } from '../test/support/e2e/servers.mjs';
import { launchChromium } from '../test/support/e2e/browser.mjs';
import { CORPUS, benchCli, median } from './bench-cli.mjs';
import { BASELINE_FILE, benchKeep, benchNetwork } from './bench-network.mjs';
import { BUDGET_GOALS, downloadSets } from './download-sets.mjs';
import { BASELINE, cls, formatInt, generateFeed, hostPage, kb, ms, short, table, taskMs, yesNo } from './bench-pages.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    'cli-runs': { type: 'string', default: '7' },
    'network-runs': { type: 'string', default: '5' },
    'network-only': { type: 'boolean', default: false }, // only the network rows (bench-network.mjs)
    'open-only': { type: 'boolean', default: false }, // of those, only opening a posting
    'keep-only': { type: 'boolean', default: false }, // of those, only the keep's rows
    dist: { type: 'string', default: 'dist' }, // the build to measure (a folder like dist/)
    verbose: { type: 'boolean', default: false }, // every load's figures, on stderr
  },
});
const RUNS = Math.max(1, Number(args.runs));
const CLI_RUNS = Math.max(1, Number(args['cli-runs']));
const NETWORK_RUNS = Math.max(1, Number(args['network-runs']));
const SIZES = [10, 100, 1000];
const LARGEST = SIZES.at(-1);
const SEED = 20261128;

// ---- 1. The build, copied aside so that a concurrent `npm run build` cannot change it mid-run.
const DIST = resolve(root, args.dist);
const needed = ['careers-widget.js', 'careers-widget.iife.js', 'cli/careers-feed.js'];
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

    const started = Date.now();
    const samples = {};
    const push = (key, value) => (samples[key] ??= []).push(value);
    const offsite = new Set();
    const problems = new Set();
    if (!args['network-only'] && !args['open-only'] && !args['keep-only']) {
      // ---- 3. The browser: every run loads each page once, widget and baseline in alternating order.
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
    }

    // ---- 4. The network rows: the first card on an emulated phone network, widget files and feeds from CDN-like origins.
    const networkTable = await runNetworkRows(browser, { convertFolder, demo, problems });
    await browser.close();
    browser = undefined;

    if (!args['network-only'] && !args['open-only'] && !args['keep-only']) {
      // ---- 5. The CLI (after the browser is closed, so the two do not share the cores).
      const cli = Object.fromEntries(benchCli({ convertFolder, pages: 1000, runs: CLI_RUNS, corpusBaseUrl: false }).map((entry) => [entry.key, entry]));

      // ---- 6. The tables.
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
        ['list', 'List view, en (module embed)'],
        ['posting', 'List + first posting'],
        ['classic', 'Classic embed, list'],
        ['rawHtml', 'a body with raw HTML adds'],
      ]) {
        const size = sizes[key];
        const goal = BUDGET_GOALS[key];
        rows.push([
          `Size: ${label} (${size.files.join(' + ')})`,
          `${kb(size.gzip)} gzip -9 · ${kb(size.brotli)} brotli 11`,
          `${formatInt(size.raw)} B minified`,
          goal ? `budget ≤ ${goal / 1000} KB gzip` : 'no budget (npm test holds today\'s size)',
          goal ? yesNo(size.gzip <= goal) : '',
        ]);
      }
      console.log(table(['Measure', 'Widget', 'Baseline / detail', 'Ratio / goal', 'Met'], rows));
      console.log('');
      console.log(
        `Medians of ${RUNS} runs (CLI: ${CLI_RUNS} after a warm-up); ratio = median of the per-run widget/baseline ratios; ` +
          'a task under 50 ms is not reported by the browser ("< 50 ms"); KB = 1,000 bytes; ' +
          `widget cards shown: ${SIZES.map((count) => `${med(`widget-${count}-cards`)} of ${count}`).join(', ')}.`,
      );
      console.log('');
    }
    console.log(networkTable);
    console.log('');
    if (offsite.size) console.log(`Requests for other hosts (not resolved, so blocked): ${[...offsite].slice(0, 5).join(', ')}${offsite.size > 5 ? ', …' : ''}`);
    for (const problem of problems) console.log(`Note: ${problem}`);
  } finally {
    await browser?.close();
    await servers?.close();
    rmSync(snapshot, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------

/**
 * The network rows (bench-network.mjs), on servers of their own that send files as a CDN does;
 * the script-file page's script is written beside the widget files. Feeds as `careers-feed
 * build` writes them: 3 and 100 generated postings, and the corpus built by the CLI (21
 * generated postings when ../shared is absent).
 */
async function runNetworkRows(browser, { convertFolder, demo, problems }) {
  writeFileSync(join(snapshot, BASELINE_FILE), BASELINE);
  const asCliWrites = (feed) => JSON.stringify(feed, null, 2) + '\n';
  const corpus = existsSync(CORPUS) ? convertFolder(CORPUS, { drafts: true }).feed : undefined;
  if (!corpus) console.log(`Note: ${CORPUS} is ABSENT: the network rows use 21 generated postings in its place.`);
  // Keys are not numbers, so that the rows keep this order.
  const feeds = {
    three: { feed: generateFeed(demo, 3, SEED + 3, { distinct: true }) },
    corpus: { feed: corpus ?? generateFeed(demo, 21, SEED + 21, { distinct: true }), name: corpus ? 'the corpus' : 'generated' },
    hundred: { feed: generateFeed(demo, 100, SEED + 100, { distinct: true }) },
  };
  // The same 100 as a list-only feed (careers-feed build --split): no bodies, each posting whole in a file of its own.
  const whole = feeds.hundred.feed;
  feeds.hundredSplit = {
    feed: { ...whole, postings: whole.postings.map(({ body: _body, ...posting }) => ({ ...posting, detail: `net-hundred-split/${posting.id}.json` })) },
    name: 'list-only feed, --split',
    kinds: ['inline', 'file', 'module', 'classic'],
  };
  const routes = Object.fromEntries(whole.postings.map((posting) => [`/bench/net-hundred-split/${posting.id}.json`, cdnRoute(asCliWrites(posting), { type: 'application/json', cacheControl: 'no-cache' })]));
  // Opened: the corpus's longest posting; on the big board, the newest (the first card), whole and from its own file.
  feeds.corpus.open = feeds.corpus.feed.postings.reduce((a, b) => (b.body.length > a.body.length ? b : a)).id;
  feeds.hundred.open = feeds.hundredSplit.open = whole.postings.reduce((a, b) => (b.datePosted > a.datePosted ? b : a)).id;
  for (const [key, feed] of Object.entries(feeds)) {
    const text = asCliWrites(feed.feed);
    feed.path = `/bench/net-${key}.json`;
    feed.label = `${feed.feed.postings.length} postings${feed.name ? ` (${feed.name})` : ''}`;
    feed.size = `${kb(text.length)}, ${kb(gzipSync(text, { level: 9 }).length)} gzip, ${kb(brotliCompressSync(text).length)} brotli`;
    routes[feed.path] = cdnRoute(text, { type: 'application/json', cacheControl: 'no-cache' });
  }
  console.log(`Network rows: ${NETWORK_RUNS} runs. Feeds: ${Object.values(feeds).map((feed) => `${feed.label} ${feed.size}`).join('; ')}.`);
  const servers = await startServers({ cdn: true, widgetFolder: pathToFileURL(`${snapshot}/`), feedRoutes: routes });
  try {
    const common = { browser, servers, runs: NETWORK_RUNS, verbose: args.verbose, problems };
    if (args['keep-only']) return await benchKeep({ ...common, feed: feeds.corpus });
    const networkTable = await benchNetwork({ ...common, feeds, openOnly: args['open-only'] });
    if (args['open-only']) return networkTable;
    return `${networkTable}\n\n${await benchKeep({ ...common, feed: feeds.corpus })}`;
  } finally {
    await servers.close();
  }
}

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

/** The host pages of the rows above: the widget, and the hand-written baselines. */
function definePages(servers, postingLang) {
  const page = (path, options) => servers.page(path, hostPage(options));
  const widgetHead = '<script type="module" src="{{WIDGET}}/careers-widget.js"></script>';
  const jobs = (count) => `<div id="jobs" data-feed="{{FEED}}/bench/feed-${count}.json"></div>`;
  return {
    widget: (count) =>
      page(`/widget-${count}.html`, { target: 'careers-widget', head: widgetHead, main: `<careers-widget src="{{FEED}}/bench/feed-${count}.json"></careers-widget>` }),
    widgetCorpus: () =>
      page('/widget-corpus.html', { lang: postingLang, target: 'careers-widget', head: widgetHead, main: '<careers-widget src="{{FEED}}/bench/corpus.json"></careers-widget>' }),
    // The widget's own work alone: the feed fetched and parsed first, then a widget given it as `.feed`.
    widgetParsed: (count) =>
      page(`/widget-parsed-${count}.html`, { target: 'careers-widget', head: widgetHead, main: `${jobs(count)}<script type="module">${PARSED}</script>` }),
    baseline: (count) => page(`/baseline-${count}.html`, { target: '#jobs', main: `${jobs(count)}<script type="module">${BASELINE}</script>` }),
    fetchOnly: (count) => page(`/fetch-${count}.html`, { target: '#jobs', main: `${jobs(count)}<script type="module">${FETCH_ONLY}</script>` }),
  };
}

// The feed fetched and parsed before the widget sees it, so that the long tasks after `ownFrom`
// are the widget's own work: validating, listing, rendering.
const PARSED = `
const B = window.__bench;
await customElements.whenDefined('careers-widget');
const response = await fetch(document.getElementById('jobs').dataset.feed, { credentials: 'omit', headers: { accept: 'application/json' } });
const feed = await response.json();
await new Promise((resolve) => setTimeout(resolve, 100));
B.ownFrom = performance.now();
const widget = document.createElement('careers-widget');
widget.feed = feed;
document.querySelector('main').append(widget);`;

// The feed alone: fetch it and parse it, nothing shown (the floor for the longest task).
const FETCH_ONLY = `
const B = window.__bench;
const response = await fetch(document.getElementById('jobs').dataset.feed, { credentials: 'omit', headers: { accept: 'application/json' } });
const feed = await response.json();
B.firstCard = B.loaded = performance.now();
window.feed = feed;`;

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
  };
}


await main();
