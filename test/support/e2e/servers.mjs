/**
 * Three origins on localhost, as a real embed meets them: the host page, the widget files
 * (as a CDN serves them, with CORS) and the feed (with CORS unless a route says otherwise).
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

const ROOT = new URL('../../../', import.meta.url);
const TYPES = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.png': 'image/png',
};

async function listen(handler) {
  const server = createServer((request, response) => {
    Promise.resolve(handler(request, response)).catch((error) => {
      response.writeHead(500).end(String(error));
    });
  });
  // Connections the widget abandons (aborted fetches) must not keep close() waiting.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${server.address().port}`;
  const close = () =>
    new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(resolve);
    });
  return { origin, close };
}

async function serveFile(response, fileUrl, headers = {}) {
  try {
    const body = await readFile(fileUrl);
    response.writeHead(200, { 'content-type': TYPES[extname(fileUrl.pathname)] ?? 'application/octet-stream', ...headers });
    response.end(body);
  } catch {
    response.writeHead(404, headers).end('not found');
  }
}

/** What lets a page on another origin read an answer: the widget files and feeds send it. */
export const CORS = { 'access-control-allow-origin': '*' };

/**
 * CORS, and no storing: every load is a first visit. It matters to the bench beyond the cache
 * being off: Chromium's handling of a cacheable 4.5 MB feed adds ~30 ms to the page's longest task.
 */
const FRESH = { ...CORS, 'cache-control': 'no-store' };

/**
 * Libraries a host page may load for itself, served beside the widget: the page's own marked
 * and DOMPurify must not change the widget's. (/hooks/ serves test/support/e2e/hooks/: test
 * scripts a strict host page, which allows no inline script, loads from the widget origin.)
 */
const VENDOR = {
  '/vendor/marked.umd.js': 'node_modules/marked/lib/marked.umd.js',
  '/vendor/purify.min.js': 'node_modules/dompurify/dist/purify.min.js',
};

/**
 * A feed route answering `data` as JSON, with CORS, as a feed host must (docs/embedding.md). A string is
 * sent as it is: JSON serialised once, not on every request (the bench's large feeds).
 */
export function jsonRoute(data) {
  return (request, response) => {
    response.writeHead(200, { 'content-type': 'application/json', ...FRESH });
    response.end(typeof data === 'string' ? data : JSON.stringify(data));
  };
}

/** How long a CDN lets browsers keep a file: names with a content hash for ever, others briefly. */
const HASHED_NAME = /-[\w-]{8}\.js$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT_LIVED = 'public, max-age=300';
const STARTED = new Date().toUTCString();

/**
 * A route answering `body` (a string or bytes) as a CDN does: with CORS, brotli or gzip as the
 * client accepts (each compressed once), an ETag and a Last-Modified, 304 when the client's copy
 * is current; `cacheControl` says how long a copy stays fresh. Resource Timing may read its sizes.
 */
export function cdnRoute(body, { type, cacheControl }) {
  const bytes = Buffer.from(body);
  const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 22)}"`;
  const encoded = {};
  const encode = {
    br: () => brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzip: () => gzipSync(bytes, { level: 9 }),
  };
  return (request, response) => {
    const headers = { ...CORS, 'timing-allow-origin': '*', 'content-type': type, 'cache-control': cacheControl, etag, 'last-modified': STARTED, vary: 'accept-encoding' };
    if (request.headers['if-none-match'] === etag) return response.writeHead(304, headers).end();
    const accepted = request.headers['accept-encoding'] ?? '';
    const encoding = ['br', 'gzip'].find((name) => new RegExp(`\\b${name}\\b`).test(accepted));
    const sent = encoding ? (encoded[encoding] ??= encode[encoding]()) : bytes;
    response.writeHead(200, { ...headers, ...(encoding && { 'content-encoding': encoding }), 'content-length': sent.length });
    response.end(request.method === 'HEAD' ? undefined : sent);
  };
}

/** Serves the files of a folder as a CDN does (cdnRoute), each read and compressed once. */
function cdnFolder(folderUrl) {
  const routes = new Map();
  return async (request, response, path) => {
    if (!routes.has(path)) {
      const file = new URL(`.${path}`, folderUrl);
      const body = await readFile(file).catch(() => null);
      const type = TYPES[extname(file.pathname)] ?? 'application/octet-stream';
      routes.set(path, body && cdnRoute(body, { type, cacheControl: HASHED_NAME.test(path) ? IMMUTABLE : SHORT_LIVED }));
    }
    const route = routes.get(path);
    return route ? route(request, response) : response.writeHead(404, CORS).end('not found');
  };
}

/**
 * Starts the three servers. `feedRoutes` maps a path to a handler `(request, response)` for
 * special feeds; every other feed path serves a file from test/fixtures/. `widgetFolder` (a
 * file: URL ending in `/`) is the build the widget origin serves, dist/ unless given (the bench
 * serves a copy of it); with `cdn`, its files are sent as a CDN sends them (cdnRoute: compressed,
 * cached: hashed names for ever, others for five minutes), else uncompressed and never stored.
 * `requests` logs every request each server saw, as `METHOD path`.
 */
export async function startServers({ feedRoutes = {}, widgetFolder = new URL('dist/', ROOT), cdn = false } = {}) {
  const pages = new Map();
  const requests = { host: [], widget: [], feed: [] };
  const widgetFiles = cdn ? cdnFolder(widgetFolder) : (request, response, path) => serveFile(response, new URL(`.${path}`, widgetFolder), FRESH);

  const widget = await listen((request, response) => {
    requests.widget.push(`${request.method} ${request.url}`);
    const path = new URL(request.url, 'http://x').pathname;
    if (VENDOR[path]) return serveFile(response, new URL(VENDOR[path], ROOT), CORS);
    if (path.startsWith('/hooks/')) return serveFile(response, new URL(`test/support/e2e${path}`, ROOT), CORS);
    return widgetFiles(request, response, path);
  });

  const feed = await listen((request, response) => {
    requests.feed.push(`${request.method} ${request.url}`);
    const path = new URL(request.url, 'http://x').pathname;
    if (feedRoutes[path]) return feedRoutes[path](request, response);
    return serveFile(response, new URL(`test/fixtures${path}`, ROOT), CORS);
  });

  const host = await listen((request, response) => {
    requests.host.push(`${request.method} ${request.url}`);
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/favicon.ico') return response.writeHead(204).end();
    const page = pages.get(path);
    if (!page) return response.writeHead(404).end('no such page');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
    response.end(page.html.replaceAll('{{WIDGET}}', widget.origin).replaceAll('{{FEED}}', feed.origin));
  });

  return {
    host: host.origin,
    widget: widget.origin,
    feed: feed.origin,
    requests,
    /** Serves `html` at `path` on the host origin; `{{WIDGET}}` and `{{FEED}}` become those origins. */
    page(path, html, headers = {}) {
      pages.set(path, { html, headers });
      return `${host.origin}${path}`;
    },
    close: () => Promise.all([host.close(), widget.close(), feed.close()]),
  };
}

/**
 * Serves a folder as any static server would (`/` and `/dir/` serve index.html), e.g. the
 * static demo build in demo-dist/.
 */
export async function serveFolder(folderUrl) {
  const folder = new URL(folderUrl.href.endsWith('/') ? folderUrl.href : `${folderUrl.href}/`);
  return listen((request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path.endsWith('/')) path += 'index.html';
    const file = new URL(`.${path}`, folder);
    if (!file.href.startsWith(folder.href)) return response.writeHead(403).end('outside the folder');
    return serveFile(response, file);
  });
}
