import type { Feed, Posting } from './types.js';
import { FeedFormatError, problemText, validateFeed, validatePosting, type SkippedPosting } from './validate.js';
import { safeUrl } from '../security/url-policy.js';

/** Why a feed could not be shown, for hosts (the `careers-error` event) and for the words the widget says. */
export type FeedErrorCode =
  | 'no-source'
  | 'network'
  | 'timeout'
  | 'http'
  | 'too-large'
  | 'not-json'
  | 'format'
  | 'unsupported-version';

export class FeedLoadError extends Error {
  constructor(
    readonly code: FeedErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'FeedLoadError';
  }
}

export interface LoadedFeed {
  feed: Feed;
  /** The URL relative links in the feed resolve against. */
  baseUrl: string;
  /** Postings left out because they break the schema. */
  skipped: SkippedPosting[];
}

/** A feed fetched from the network, with what it takes to keep it (src/feed/keep.ts). */
export interface FetchedFeed extends LoadedFeed {
  /** The feed's JSON text, as it arrived. */
  text: string;
  /** The server's validators, where CORS lets the page read them (`ETag` needs `Access-Control-Expose-Headers`). */
  etag?: string;
  lastModified?: string;
}

/** How long a feed may take to arrive, unless the widget's `timeout` says otherwise. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The largest feed the widget reads: 5 MB, some hundreds of postings. A bigger one is refused
 * (`too-large`) as it arrives, before it can fill the reader's memory or block the page parsing it.
 */
export const MAX_FEED_BYTES = 5 * 1024 * 1024;

/** A request for the feed already on its way, read under the given signal; undefined: none for this URL. */
export type StartedRequest = (signal: AbortSignal) => Promise<Response> | undefined;

/** A copy of the feed read before (the keep's, src/feed/keep.ts): its text, as read, and its validators. */
export interface KnownFeed {
  text: string;
  responseUrl: string;
  loaded: LoadedFeed;
  etag?: string;
  lastModified?: string;
}

/** How fetchFeed reads a feed. */
export interface FetchOptions {
  /** How long the feed may take to arrive (default DEFAULT_TIMEOUT_MS). */
  timeoutMs?: number;
  /** A request for the feed made earlier (the embed script's, src/feed/early-feed.ts), to read instead. */
  started?: StartedRequest;
  /** The copy read before, if any, when the answer arrives: the same text is not parsed again. */
  known?: () => KnownFeed | undefined;
  /** Ask conditionally (If-None-Match, If-Modified-Since) with this copy's validators: a 304 confirms it. */
  revalidate?: KnownFeed;
}

/**
 * Fetches, parses and validates a feed. An abort by `signal` rejects with its reason; a feed
 * that takes longer than `timeoutMs` to arrive is a `timeout` error.
 */
export async function fetchFeed(url: string, signal: AbortSignal, { timeoutMs = DEFAULT_TIMEOUT_MS, started, known, revalidate }: FetchOptions = {}): Promise<FetchedFeed> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  try {
    const answer = await fetchText(url, both, started, revalidate && conditionalHeaders(revalidate));
    const validators = { etag: answer.headers.get('etag') ?? undefined, lastModified: answer.headers.get('last-modified') ?? undefined };
    if (answer.notModified && revalidate) {
      return { ...revalidate.loaded, text: revalidate.text, etag: validators.etag ?? revalidate.etag, lastModified: validators.lastModified ?? revalidate.lastModified };
    }
    const { text, responseUrl } = answer;
    const copy = known?.();
    const loaded = copy && copy.text === text && copy.responseUrl === responseUrl ? copy.loaded : await readFeed(text, responseUrl);
    return { ...loaded, text, ...validators };
  } catch (error) {
    if (timeout.aborted && !signal.aborted) {
      throw new FeedLoadError('timeout', `The feed at ${url} did not arrive within ${timeoutMs} ms`);
    }
    throw error;
  }
}

function conditionalHeaders({ etag, lastModified }: KnownFeed): Record<string, string> | undefined {
  if (!etag && !lastModified) return undefined;
  return { ...(etag && { 'if-none-match': etag }), ...(lastModified && { 'if-modified-since': lastModified }) };
}

/**
 * Fetches a list-only feed's posting file (its `detail`): the posting whole, checked like a
 * feed's posting and bearing the same id. Its URLs resolve against the feed's `baseUrl`, as they
 * would in a whole feed. Rejects with a FeedLoadError, or with the abort of `signal`.
 */
export async function fetchPosting(url: string, id: string, baseUrl: string, signal: AbortSignal): Promise<Posting> {
  const data = parseJson((await fetchText(url, signal)).text);
  await nextTask();
  const problems = validatePosting(data);
  const posting = data as Posting;
  if (!problems.length && (posting.id !== id || posting.body === undefined)) problems.push({ path: '', message: `expected posting "${id}" with its body` });
  if (problems.length) throw new FeedLoadError('format', `The posting file at ${url}: ${problems.map(problemText).join('; ')}`);
  return resolveUrls(posting, baseUrl);
}

/**
 * A JSON document's text, read as a feed is (size limit, byte-order mark kept for parseJson).
 * Asked with `conditional` headers, a 304 comes back as `notModified`, with no text.
 */
async function fetchText(
  url: string,
  signal: AbortSignal,
  started?: StartedRequest,
  conditional?: Record<string, string>,
): Promise<{ text: string; responseUrl: string; headers: Headers; notModified?: boolean }> {
  let response: Response;
  try {
    // Fetch's defaults (credentials: same-origin), as in the README's preload line: one request, not two.
    response = await (started?.(signal) ?? fetch(url, { signal, ...(conditional && { headers: conditional }) }));
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedLoadError('network', `The feed at ${url} could not be fetched: ${(error as Error).message}`);
  }
  if (conditional && response.status === 304) return { text: '', responseUrl: response.url || url, headers: response.headers, notModified: true };
  if (!response.ok) {
    throw new FeedLoadError('http', `The feed at ${url} answered HTTP ${response.status}`, response.status);
  }
  try {
    return { text: await readText(response, url), responseUrl: response.url || url, headers: response.headers };
  } catch (error) {
    if (error instanceof FeedLoadError || signal.aborted) throw error;
    throw new FeedLoadError('network', `The feed at ${url} broke off: ${(error as Error).message}`);
  }
}

/** Resolves in a later task: long work split by it leaves the page room to respond in between. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The body as text, read as a stream so that a feed over MAX_FEED_BYTES is refused without
 * being read whole. JSON is UTF-8; a byte-order mark is kept for parseJson to judge, as for an inline feed.
 */
async function readText(response: Response, url: string): Promise<string> {
  const tooLarge = () => new FeedLoadError('too-large', `The feed at ${url} is larger than ${MAX_FEED_BYTES} bytes`);
  if (Number(response.headers.get('content-length')) > MAX_FEED_BYTES) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > MAX_FEED_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

/** Parses and validates a feed's JSON text (fetched or kept), each in a task of its own. */
export async function readFeed(json: string, baseUrl: string): Promise<LoadedFeed> {
  const data = parseJson(json);
  // Validation in a task of its own: JSON.parse of a large feed is long enough alone.
  await nextTask();
  return acceptFeed(data, baseUrl);
}

/**
 * Parses a feed given as JSON text, inline or fetched. One byte-order mark in front is allowed:
 * Windows tools write one, and `response.json()` would drop it too.
 */
export function parseFeed(json: string, baseUrl: string): LoadedFeed {
  return acceptFeed(parseJson(json), baseUrl);
}

function parseJson(json: string): unknown {
  if (json.length > MAX_FEED_BYTES) throw new FeedLoadError('too-large', `The feed is larger than ${MAX_FEED_BYTES} characters`);
  try {
    return JSON.parse(json.startsWith('\uFEFF') ? json.slice(1) : json) as unknown;
  } catch {
    throw new FeedLoadError('not-json', 'The feed is not JSON');
  }
}

/** Validates feed data and resolves the URLs of its fields against `baseUrl`, dropping unsafe ones. */
export function acceptFeed(data: unknown, baseUrl: string): LoadedFeed {
  try {
    const { feed, skipped } = validateFeed(data);
    return { feed: { ...feed, postings: feed.postings.map((posting) => resolveUrls(posting, baseUrl)) }, baseUrl, skipped };
  } catch (error) {
    if (error instanceof FeedFormatError) {
      throw new FeedLoadError(error.code === 'unsupported-version' ? 'unsupported-version' : 'format', error.message);
    }
    throw error;
  }
}

function resolveUrls(posting: Posting, baseUrl: string): Posting {
  const resolved: Posting = { ...posting };
  resolved.image = safeUrl(posting.image, baseUrl, 'image') ?? undefined;
  resolved.url = safeUrl(posting.url, baseUrl, 'link') ?? undefined;
  const applyUrl = posting.apply && safeUrl(posting.apply.url, baseUrl, 'link');
  resolved.apply = applyUrl ? { ...posting.apply, url: applyUrl } : undefined;
  // A posting file is fetched: http(s) only, as for images.
  resolved.detail = safeUrl(posting.detail, baseUrl, 'image') ?? undefined;
  return resolved;
}
