/**
 * The network rows of `npm run bench`: the first card on an emulated phone network, measured
 * from outside. Chromium throttles every request of the page (CDP
 * `Network.emulateNetworkConditions`); the host page, the widget files and the feed come from
 * three localhost origins that send files as a CDN does (servers.mjs `cdn`: brotli or gzip,
 * validators, hashed files cached for ever, entry files for five minutes, the feed revalidated
 * on every visit). Each row's figure is the median over the runs; in every run each page kind
 * loads once per network, feed and cache state, in an order that rotates from run to run, so
 * that the machine's load falls on all of them alike.
 */
import { BASELINE, formatInt, hostPage, kb, ms, table, yesNo } from './bench-pages.mjs';
import { median } from './bench-cli.mjs';

/** Lighthouse's "slow 4G", and a good 4G link; throughput in bytes per second. */
export const PROFILES = {
  'slow 4G': { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  '4G': { latency: 40, downloadThroughput: 9_000_000 / 8, uploadThroughput: 9_000_000 / 8 },
};

/** When a posting is opened: after the list, the page quiet (its code prefetched), or at the first card. */
const OPEN_AT = ['quiet', 'first card'];

/** The README's preload line, for a host that knows its feed's URL. */
const PRELOAD = (feed) => `<link rel="preload" as="fetch" crossorigin href="${feed}">`;

/**
 * The page kinds: the two hand-written pages (the floor: the baseline inline; the least a script
 * tag pays: the same code as a file from the widget origin), and each embed, alone and with the
 * preload line. The baseline file is written beside the widget files (`BASELINE_FILE`).
 */
export const BASELINE_FILE = 'bench-plain-cards.js';
const KINDS = {
  inline: { label: 'plain page, inline script', target: '#jobs', page: (feed) => ({ main: `<div id="jobs" data-feed="${feed}"></div><script type="module">${BASELINE}</script>` }) },
  file: {
    label: 'plain page, the same script as a file',
    target: '#jobs',
    page: (feed) => ({ main: `<div id="jobs" data-feed="${feed}"></div><script type="module" src="{{WIDGET}}/${BASELINE_FILE}"></script>` }),
  },
  module: {
    label: 'module embed',
    target: 'careers-widget',
    page: (feed) => ({ head: '<script type="module" src="{{WIDGET}}/careers-widget.js"></script>', main: `<careers-widget src="${feed}"></careers-widget>` }),
  },
  classic: { label: 'classic one-tag embed', target: 'careers-widget', page: (feed) => ({ main: `<script src="{{WIDGET}}/careers-widget.iife.js" data-feed="${feed}"></script>` }) },
  'module+preload': { label: 'module embed + preload line', target: 'careers-widget', page: (feed) => withPreload(KINDS.module.page(feed), feed) },
  'classic+preload': { label: 'classic embed + preload line', target: 'careers-widget', page: (feed) => withPreload(KINDS.classic.page(feed), feed) },
};
const withPreload = (parts, feed) => ({ ...parts, head: PRELOAD(feed) + (parts.head ?? '') });

/** What the issue asks of the rows it names: [profile, feed, cache, kind] → [baseline, at most]. */
const GOALS = [
  ['slow 4G', 'corpus', 'cold', 'module', 'file', 1.2],
  ['slow 4G', 'corpus', 'cold', 'classic', 'file', 1.2],
  ['slow 4G', 'corpus', 'cold', 'module+preload', 'inline', 1.2],
  ['slow 4G', 'corpus', 'cold', 'classic+preload', 'inline', 1.2],
  ['slow 4G', 'corpus', 'warm', 'module', 'inline', 1.05],
  ['slow 4G', 'corpus', 'warm', 'classic', 'inline', 1.05],
];

/**
 * Loads `url` in a fresh browser context on `profile`: cold (empty cache), or warm (the same
 * page visited once before, on a fast link, until it was quiet: a repeat visit). Returns what
 * the probe recorded (bench-pages.mjs); with `open` ({ id, at }), also opening that posting
 * once the page is quiet after the list (`at: 'quiet'`) or as soon as the first card shows.
 */
async function visit(browser, url, { profile, warm, open, problems, keeps = false }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.add(`page error: ${error.message}`));
    await page.addInitScript(KEEP_PROBE);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (warm) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      await page.evaluate(() => window.__bench.settled);
      // A widget that keeps its feed has written it before the reader leaves.
      if (keeps) await page.waitForFunction(() => window.__keepWrites.some((write) => write.end !== null), undefined, { timeout: 60_000 });
      await page.goto('about:blank');
    }
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PROFILES[profile] });
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    if (open?.at === 'first card') await page.waitForFunction(() => window.__bench.firstCard !== null, undefined, { polling: 'raf', timeout: 60_000 });
    const loaded = open?.at === 'first card' ? await page.evaluate(() => ({ firstCard: window.__bench.firstCard })) : await page.evaluate(() => window.__bench.settled);
    if (keeps && !warm) await page.waitForFunction(() => window.__keepWrites.some((write) => write.end !== null), undefined, { timeout: 60_000 });
    loaded.keepWrites = await page.evaluate(() => window.__keepWrites);
    loaded.allTasks = await page.evaluate(() => window.__bench.longtasks);
    if (!open) return loaded;
    await page.evaluate(() => window.__bench.watchPosting());
    await page.locator(`careers-job-card[data-id="${open.id}"] [part="link"]`).click({ timeout: 10_000 });
    const opened = await page.evaluate(() => window.__bench.postingDone);
    // What the click fetched (once the page is quiet again): the requests, and how many follow one another.
    const after = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseEnd, e.transferSize]));
    const fetched = after.filter(([name, start, , bytes]) => start >= opened.clicked && bytes > 0 && !name.endsWith('/favicon.ico'));
    return { ...loaded, open: { ms: opened.ms, requests: fetched.map(([name]) => new URL(name).pathname), roundTrips: roundTrips(fetched) } };
  } finally {
    await context.close();
  }
}

/**
 * In every page, before its scripts: when the widget writes to its keep (Cache Storage's `put`,
 * from the call to its settling), in the page's performance.now() time.
 */
function KEEP_PROBE() {
  const writes = (window.__keepWrites = []);
  const put = self.Cache?.prototype.put;
  if (!put) return;
  self.Cache.prototype.put = function (...args) {
    const write = { start: performance.now(), called: null, end: null };
    writes.push(write);
    const done = () => (write.end = performance.now());
    const result = put.apply(this, args);
    write.called = performance.now();
    result.then(done, done);
    return result;
  };
}

/** The longest chain of requests each started after the one before it had ended. */
function roundTrips(requests) {
  const depth = [];
  const sorted = [...requests].sort((a, b) => a[1] - b[1]);
  sorted.forEach(([, start], i) => {
    depth[i] = 1 + Math.max(0, ...sorted.slice(0, i).map(([, , end], j) => (end <= start ? depth[j] : 0)));
  });
  return Math.max(0, ...depth);
}

/** Requests that went to the network before the first card (cache hits send nothing), and their bytes. */
function beforeFirstCard({ resources, firstCard }) {
  const sent = resources.filter(([name, start, , bytes]) => start < firstCard && bytes > 0 && !name.endsWith('/favicon.ico'));
  return { requests: sent.length, bytes: sent.reduce((sum, [, , , bytes]) => sum + bytes, 0), names: sent.map(([name]) => new URL(name).pathname) };
}

/**
 * Runs the network rows. `feeds` maps a key to `{ path, label, kinds? }` served by `servers`
 * (startServers with `cdn`), `kinds` naming the page kinds to load it in (all by default);
 * A feed with `open` (a posting id) is opened too, slow 4G, cold, in each embed it is loaded in.
 */
export async function benchNetwork({ browser, servers, feeds, runs, openOnly, verbose, problems }) {
  const samples = {};
  const push = (key, value) => (samples[key] ??= []).push(value);
  const urls = {};
  const kindsOf = (feedKey) => feeds[feedKey].kinds ?? Object.keys(KINDS);
  for (const [feedKey, { path }] of Object.entries(feeds)) {
    for (const [kind, { target, page }] of Object.entries(KINDS).filter(([name]) => kindsOf(feedKey).includes(name))) {
      urls[`${kind} ${feedKey}`] = servers.page(`/net-${kind}-${feedKey}.html`, hostPage({ target, ...page(`{{FEED}}${path}`) }));
    }
  }
  const started = Date.now();
  for (let run = 0; run < runs; run++) {
    let turn = run;
    for (const profile of openOnly ? [] : Object.keys(PROFILES)) {
      for (const feedKey of Object.keys(feeds)) {
        for (const cache of ['cold', 'warm']) {
          const kinds = kindsOf(feedKey);
          const order = kinds.map((_, i) => kinds[(i + turn) % kinds.length]);
          turn++;
          for (const kind of order) {
            const result = await visit(browser, urls[`${kind} ${feedKey}`], { profile, warm: cache === 'warm', problems });
            const key = `${profile}|${feedKey}|${cache}|${kind}`;
            const sent = beforeFirstCard(result);
            if (verbose) process.stderr.write(`${key}: first card ${Math.round(result.firstCard)} ms, feed at ${Math.round(result.feedStart)} ms, ${sent.requests} requests ${sent.names.join(' ')}\n`);
            if (result.timedOut) problems.add(`${key}: no card within 20 s`);
            push(`${key}|first`, result.firstCard);
            push(`${key}|feed`, result.feedStart);
            push(`${key}|requests`, sent.requests);
            push(`${key}|bytes`, sent.bytes);
          }
        }
      }
    }
    // Opening a posting, slow 4G, cold: once the list is shown and the page is quiet, and at once.
    const opens = openings(feeds);
    for (const [feedKey, kind, at] of run % 2 ? opens.reverse() : opens) {
      const id = feeds[feedKey].open;
      const result = await visit(browser, urls[`${kind} ${feedKey}`], { profile: 'slow 4G', warm: false, open: { id, at }, problems });
      if (verbose) process.stderr.write(`open ${id} (${feedKey}, ${kind}, ${at}): ${Math.round(result.open.ms)} ms, after the click: ${result.open.requests.join(' ') || 'nothing'}\n`);
      const key = `open|${feedKey}|${kind}|${at}`;
      push(`${key}|ms`, result.open.ms);
      push(`${key}|requests`, result.open.requests.length);
      push(`${key}|trips`, result.open.roundTrips);
    }
    process.stderr.write(`bench: network run ${run + 1}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  return networkTable(samples, feeds, openOnly);
}

/** [feed, embed, when] for each posting the rows open. */
function openings(feeds) {
  return Object.entries(feeds)
    .filter(([, feed]) => feed.open)
    .flatMap(([feedKey, { kinds = Object.keys(KINDS) }]) => ['module', 'classic'].filter((kind) => kinds.includes(kind)).flatMap((kind) => OPEN_AT.map((at) => [feedKey, kind, at])));
}

function networkTable(samples, feeds, openOnly) {
  const med = (key) => median(samples[key] ?? []);
  const ratio = (key, baselineKey) => median(samples[`${key}|first`].map((value, i) => value / samples[`${baselineKey}|first`][i]));
  const rows = [];
  for (const profile of openOnly ? [] : Object.keys(PROFILES)) {
    for (const [feedKey, { label, kinds = Object.keys(KINDS) }] of Object.entries(feeds)) {
      for (const cache of ['cold', 'warm']) {
        const at = `${profile}|${feedKey}|${cache}`;
        for (const [kind, { label: page }] of Object.entries(KINDS).filter(([name]) => kinds.includes(name))) {
          const key = `${at}|${kind}`;
          const toInline = ratio(key, `${at}|inline`);
          const toFile = ratio(key, `${at}|file`);
          const goal = GOALS.find(([p, f, c, k]) => p === profile && f === feedKey && c === cache && k === kind);
          const goalRatio = goal && (goal[4] === 'file' ? toFile : toInline);
          rows.push([
            `${profile}, ${label}, ${cache}`,
            page,
            ms(med(`${key}|first`)),
            ms(med(`${key}|feed`)),
            `${formatInt(med(`${key}|requests`))} · ${kb(med(`${key}|bytes`))}`,
            kind === 'inline' ? '' : `${toInline.toFixed(2)}×`,
            kind === 'file' || kind === 'inline' ? '' : `${toFile.toFixed(2)}×`,
            goal ? `≤ ${goal[5]}× ${goal[4] === 'file' ? 'script-file' : 'inline'} page` : '',
            goal ? yesNo(goalRatio <= goal[5]) : '',
          ]);
        }
      }
    }
  }
  for (const [feedKey, kind, at] of openings(feeds)) {
    const key = `open|${feedKey}|${kind}|${at}`;
    rows.push([
      `slow 4G, ${feeds[feedKey].label}, cold`,
      `${KINDS[kind].label}: open "${feeds[feedKey].open}" ${at === 'quiet' ? 'after the list' : 'as soon as the first card shows'} (click → body shown)`,
      ms(med(`${key}|ms`)),
      '',
      `after the click: ${formatInt(med(`${key}|requests`))} requests, ${formatInt(med(`${key}|trips`))} round trips`,
      '',
      '',
      at === 'quiet' ? 'at most one round trip' : '',
      at === 'quiet' ? yesNo(med(`${key}|trips`) <= 1) : '',
    ]);
  }
  return table(['Network, feed, cache', 'Page', 'First card', 'Feed requested at', 'Requests · KB before the first card', '× inline page', '× script-file page', 'Goal', 'Met'], rows);
}

/** The keep's rows: the same page kinds, and the module embed with the keep turned off. */
const KEEP_KINDS = {
  inline: KINDS.inline,
  file: KINDS.file,
  module: KINDS.module,
  classic: KINDS.classic,
  'module, no keep': {
    label: 'module embed, `cache="none"`',
    target: 'careers-widget',
    page: (feed) => ({ head: '<script type="module" src="{{WIDGET}}/careers-widget.js"></script>', main: `<careers-widget cache="none" src="${feed}"></careers-widget>` }),
  },
};
const KEEPING = ['module', 'classic'];
/** The issue's goal for a repeat visit with the keep: at most this times the hand-written page's first card. */
const REPEAT_GOAL = 0.5;

/**
 * The keep's rows, slow 4G and one feed (`feed`: { path, label }): a repeat visit's first card
 * with the kept feed against the hand-written pages (which must ask the network: a 304), and
 * what keeping costs a first visit: its first card against the same embed with `cache="none"`,
 * when the write happens (after the first card) and the long tasks while it runs.
 */
export async function benchKeep({ browser, servers, feed, runs, verbose, problems }) {
  const samples = {};
  const push = (key, value) => (samples[key] ??= []).push(value);
  const urls = Object.fromEntries(
    Object.entries(KEEP_KINDS).map(([kind, { target, page }]) => [kind, servers.page(`/keep-${kind.replace(/\W+/g, '-')}.html`, hostPage({ target, ...page(`{{FEED}}${feed.path}`) }))]),
  );
  const visits = [...Object.keys(KEEP_KINDS).map((kind) => ['repeat', kind]), ['first', 'module'], ['first', 'module, no keep']];
  const started = Date.now();
  for (let run = 0; run < runs; run++) {
    const order = visits.map((_, i) => visits[(i + run) % visits.length]);
    for (const [visitKind, kind] of order) {
      const keeps = KEEPING.includes(kind);
      const result = await visit(browser, urls[kind], { profile: 'slow 4G', warm: visitKind === 'repeat', keeps, problems });
      const key = `${visitKind}|${kind}`;
      if (result.timedOut) problems.add(`keep ${key}: no card within 20 s`);
      push(`${key}|first`, result.firstCard);
      // The host page's own HTML, whole: no embed can show a card before it.
      push(`${key}|page`, result.resources[0][2]);
      push(`${key}|longest`, result.longest);
      const write = result.keepWrites.at(-1);
      if (visitKind === 'first' && keeps) {
        if (!write) problems.add(`keep ${key}: the feed was not kept`);
        push(`${key}|written`, write ? write.start - result.firstCard : NaN);
        // The write's own cost on the main thread: the call, and a long task it ran in (the storing itself is off the main thread).
        push(`${key}|writeCall`, write ? write.called - write.start : NaN);
        push(`${key}|writeTasks`, write ? result.allTasks.filter(([start, duration]) => start <= write.start && start + duration >= write.called).length : NaN);
      }
      if (verbose) process.stderr.write(`keep ${key}: first card ${Math.round(result.firstCard)} ms, longest task ${Math.round(result.longest)} ms, writes ${JSON.stringify(result.keepWrites.map((w) => [Math.round(w.start), Math.round(w.end)]))}\n`);
    }
    process.stderr.write(`bench: keep run ${run + 1}/${runs} done (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
  }
  return keepTable(samples, feed);
}

function keepTable(samples, feed) {
  const med = (key) => median(samples[key] ?? []);
  const ratio = (key, baselineKey) => median(samples[`${key}|first`].map((value, i) => value / samples[`${baselineKey}|first`][i]));
  const rows = [];
  for (const kind of Object.keys(KEEP_KINDS)) {
    const key = `repeat|${kind}`;
    const toInline = ratio(key, 'repeat|inline');
    const goal = KEEPING.includes(kind);
    rows.push([
      `slow 4G, ${feed.label}, repeat visit`,
      KEEP_KINDS[kind].label,
      ms(med(`${key}|first`)),
      ms(med(`${key}|page`)),
      kind === 'inline' ? '' : `${toInline.toFixed(2)}×`,
      kind === 'inline' || kind === 'file' ? '' : `${ratio(key, 'repeat|file').toFixed(2)}×`,
      '',
      '',
      goal ? `≤ ${REPEAT_GOAL}× inline page` : '',
      goal ? yesNo(toInline <= REPEAT_GOAL) : '',
    ]);
  }
  const first = 'first|module';
  const written = samples[`${first}|written`] ?? [];
  const writeTasks = samples[`${first}|writeTasks`] ?? [];
  const offPath = written.length > 0 && written.every((value) => value > 0) && writeTasks.every((count) => count === 0);
  for (const kind of ['module', 'module, no keep']) {
    const key = `first|${kind}`;
    const keeps = kind === 'module';
    rows.push([
      `slow 4G, ${feed.label}, first visit`,
      KEEP_KINDS[kind].label,
      ms(med(`${key}|first`)),
      ms(med(`${key}|page`)),
      '',
      '',
      keeps ? `${ratio(key, 'first|module, no keep').toFixed(2)}× no keep; written ${ms(med(`${key}|written`))} after the first card (earliest ${ms(Math.min(...written))})` : '',
      `longest ${ms(med(`${key}|longest`))}${keeps ? `; the write's call ${ms(med(`${key}|writeCall`))}, in a long task in ${formatInt(writeTasks.filter(Boolean).length)} of ${formatInt(writeTasks.length)} runs` : ''}`,
      keeps ? 'written after the first card, never in a long task' : '',
      keeps ? yesNo(offPath) : '',
    ]);
  }
  return table(['Network, feed, visit', 'Page', 'First card', 'Host page arrived', '× inline page', '× script-file page', 'Keeping', 'Long tasks', 'Goal', 'Met'], rows);
}
