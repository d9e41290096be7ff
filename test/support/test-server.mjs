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
  /** Answers after `?ms=` milliseconds (default 5 s), so a test can remove the widget mid-fetch. */
  '/api/slow': async (ctx) => {
    await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 5000)));
    ctx.type = 'application/json';
    ctx.body = await readFile(new URL('../fixtures/feed-basic.json', import.meta.url), 'utf8');
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
