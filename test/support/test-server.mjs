/**
 * web-test-runner middleware: feeds and failures the widget meets in the wild, served by
 * the real test server instead of a stubbed fetch.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS, CORPUS_ABSENT } from './corpus.mjs';
import { Readable } from 'node:stream';
import { feedFor } from '../fixtures/xss/injection.mjs';
import { VECTORS } from '../fixtures/xss/vectors.mjs';

// Counts requests per flaky path, so "fails once, then works" is deterministic.
const flakyHits = new Map();

const readFixture = (name) => readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

/**
 * What a scripted feed can be told to answer (`/api/scripted`): the basic feed, changed, or
 * broken in each way the widget meets. Each serves `(ctx)`.
 */
const SCRIPTS = {
  good: async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = await readFixture('feed-basic.json');
  },
  /** The basic feed plus one posting, newest: a changed list with a changed count. */
  more: async (ctx) => {
    const feed = JSON.parse(await readFixture('feed-basic.json'));
    feed.postings.push({ id: 'delta', lang: 'en', title: 'Network Engineer', datePosted: '2026-03-20', body: 'Run our network.' });
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(feed);
  },
  /** The basic feed, its first posting (alpha) open until 1 April 2026. */
  expiring: async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = (await readFixture('feed-basic.json')).replace('"datePosted": "2026-01-10",', '"datePosted": "2026-01-10", "validThrough": "2026-04-01",');
  },
  /** The list-only board of test/fixtures/split/, its posting files where they are. */
  split: async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = (await readFixture('split/board.json')).replaceAll('"board/', '"/test/fixtures/split/board/');
  },
  'version-2': async (ctx) => {
    ctx.type = 'application/json';
    ctx.body = (await readFixture('feed-basic.json')).replace('"version": 1', '"version": 2');
  },
  'status-500': (ctx) => {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
  },
  'status-404': (ctx) => {
    ctx.status = 404;
    ctx.body = 'Not Found';
  },
  'status-410': (ctx) => {
    ctx.status = 410;
    ctx.body = 'Gone';
  },
  'invalid-json': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = '{ "version": 1, postings: [] }';
  },
  truncated: async (ctx) => {
    const feed = await readFixture('feed-basic.json');
    ctx.type = 'application/json';
    ctx.body = feed.slice(0, feed.length / 2);
  },
  'dropped-connection': (ctx) => {
    ctx.req.socket.destroy();
    ctx.respond = false;
  },
  /**
   * The basic feed with validators (an ETag and Last-Modified): a request that names them in
   * If-None-Match or If-Modified-Since gets a 304 with no body.
   */
  validated: async (ctx) => {
    const etag = '"basic-1"';
    const lastModified = 'Tue, 10 Mar 2026 08:00:00 GMT';
    ctx.set({ etag, 'last-modified': lastModified });
    if (ctx.get('if-none-match') === etag || (!ctx.get('if-none-match') && ctx.get('if-modified-since') === lastModified)) {
      ctx.status = 304;
      return;
    }
    await SCRIPTS.good(ctx);
  },
  /** Waits until the test says `?key=K&release`, then answers with the changed feed (`more`). */
  held: async (ctx, state) => {
    await state.released.promise;
    await SCRIPTS.more(ctx);
  },
  /** Never answers (the widget's timeout ends it); the socket closes when the widget gives up. */
  hang: (ctx) =>
    new Promise((resolve) => ctx.res.on('close', resolve)).then(() => {
      ctx.respond = false;
    }),
};

/** Per `?key=`: what the scripted feed answers now, how many times it was asked, and its held answers' release. */
const scripted = new Map();
function newScript() {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  return { serve: 'good', asked: 0, requests: [], released: { promise: released, resolve: release } };
}

const routes = {
  '/api/status-500': (ctx) => {
    ctx.status = 500;
    ctx.body = 'Internal Server Error';
  },
  '/api/not-json': async (ctx) => {
    ctx.type = 'text/html';
    ctx.body = await readFile(new URL('../fixtures/not-json.txt', import.meta.url), 'utf8');
  },
  '/api/network-error': (ctx) => {
    ctx.req.socket.destroy();
    ctx.respond = false;
  },
  /** Fails with 503 on the first request of each `?key=`, then serves the basic feed. */
  '/api/flaky': async (ctx) => {
    const key = ctx.query.key ?? '';
    const hits = (flakyHits.get(key) ?? 0) + 1;
    flakyHits.set(key, hits);
    if (hits === 1) {
      ctx.status = 503;
      ctx.body = 'Service Unavailable';
      return;
    }
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL('../fixtures/feed-basic.json', import.meta.url), 'utf8');
  },
  /**
   * A feed whose answer a test sets: `?key=K&serve=NAME` makes K answer as SCRIPTS[NAME] from
   * then on (the basic feed until told otherwise); `?key=K&asked` says how often K was fetched
   * (and each request's conditional headers and status);
   * `?key=K&release` lets a `held` answer go.
   * Answers are never stored by the HTTP cache, so each request is the script's.
   */
  '/api/scripted': async (ctx) => {
    const key = ctx.query.key ?? '';
    const state = scripted.get(key) ?? newScript();
    scripted.set(key, state);
    if (ctx.query.release !== undefined) {
      state.released.resolve();
      ctx.status = 204;
      return;
    }
    if (ctx.query.serve !== undefined) {
      if (!SCRIPTS[ctx.query.serve]) ctx.throw(400, `no script named ${ctx.query.serve}`);
      state.serve = ctx.query.serve;
      ctx.status = 204;
      return;
    }
    if (ctx.query.asked !== undefined) {
      ctx.body = { asked: state.asked, requests: state.requests };
      return;
    }
    state.asked++;
    const request = { ifNoneMatch: ctx.get('if-none-match') || null, ifModifiedSince: ctx.get('if-modified-since') || null, status: null };
    state.requests.push(request);
    ctx.set('cache-control', 'no-store');
    await SCRIPTS[state.serve](ctx, state);
    request.status = ctx.respond === false ? null : ctx.status;
  },
  /** A feed one byte over the 5 MB cap, streamed; `?declared` also says so in Content-Length. */
  '/api/too-large': (ctx) => {
    const size = 5 * 1024 * 1024 + 1;
    ctx.type = 'application/json';
    if (ctx.query.declared !== undefined) ctx.length = size;
    ctx.body = Readable.from((function* () {
      for (let sent = 0; sent < size; sent += 65536) yield Buffer.alloc(Math.min(65536, size - sent), ' ');
    })());
  },
  /** The basic feed with a UTF-8 byte-order mark in front (`?garbage`: the mark, then not JSON). */
  '/api/bom': async (ctx) => {
    ctx.type = 'application/json';
    const feed = ctx.query.garbage !== undefined ? '<html>' : await readFile(new URL('../fixtures/feed-basic.json', import.meta.url), 'utf8');
    ctx.body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(feed)]);
  },
  /** An empty 200 answer. */
  '/api/empty': (ctx) => {
    ctx.type = 'application/json';
    ctx.body = '';
  },
  /**
   * Never answers: the request stays open until the page aborts it or goes away. A widget on it
   * stays loading for as long as a test looks (or times out when told to), however slow the machine.
   */
  '/api/hold': async (ctx) => {
    await new Promise((resolve) => ctx.res.once('close', resolve));
    ctx.respond = false;
  },
  /** The real corpus (support/corpus.mjs) as `[{ file, source }]`, or 404 naming the folder when it is absent. */
  '/api/corpus': async (ctx) => {
    let files;
    try {
      files = (await readdir(CORPUS)).filter((name) => name.endsWith('.md')).sort();
    } catch {
      ctx.status = 404;
      ctx.body = CORPUS_ABSENT;
      return;
    }
    const pages = await Promise.all(
      files.map(async (file) => ({ file, source: await readFile(join(CORPUS, file), 'utf8') })),
    );
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(pages);
  },
};

/**
 * The injection matrix's feeds: `/xss/feed.json?field=F&from=A&to=B` holds vectors A..B in field F.
 * Everything else under /xss/ (what relative URLs in those feeds resolve to), and markup-looking
 * paths at the root (where `\\<img …>` resolves), is an empty 204: hostile relative URLs
 * neither 404 nor leave the machine.
 */
function xssRoute(ctx) {
  if (ctx.path !== '/xss/feed.json') {
    ctx.status = 204;
    return;
  }
  const { field, from, to } = ctx.query;
  ctx.type = 'application/json';
  ctx.body = JSON.stringify(feedFor(field, VECTORS.slice(Number(from) - 1, Number(to))));
}

export async function testServer(ctx, next) {
  const route = routes[ctx.path];
  if (route) return route(ctx);
  if (ctx.path.startsWith('/xss/') || ctx.path.startsWith('/%3C')) return xssRoute(ctx);
  return next();
}
