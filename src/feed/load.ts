import type { Feed, Posting } from './types.js';
import { FeedFormatError, validateFeed, validatePosting, type PostingProblem } from './validate.js';
import { safeUrl } from '../content/url-policy.js';

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
  skipped: PostingProblem[];
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

/**
 * Fetches, parses and validates a feed. An abort by `signal` rejects with its reason; a feed
 * that takes longer than `timeoutMs` to arrive is a `timeout` error. `started` may give a
 * request made earlier (the embed script's, src/feed/early-feed.ts) to read instead.
 */
export async function fetchFeed(url: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS, started?: StartedRequest): Promise<LoadedFeed> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  try {
    return await fetchAndAccept(url, both, started);
  } catch (error) {
    if (timeout.aborted && !signal.aborted) {
      throw new FeedLoadError('timeout', `The feed at ${url} did not arrive within ${timeoutMs} ms`);
    }
    throw error;
  }
}

async function fetchAndAccept(url: string, signal: AbortSignal, started?: StartedRequest): Promise<LoadedFeed> {
  const { data, responseUrl } = await fetchJson(url, signal, started);
  return acceptFeed(data, responseUrl);
}

/**
 * Fetches a list-only feed's posting file (its `detail`): the posting whole, checked like a
 * feed's posting and bearing the same id. Its URLs resolve against the feed's `baseUrl`, as they
 * would in a whole feed. Rejects with a FeedLoadError, or with the abort of `signal`.
 */
export async function fetchPosting(url: string, id: string, baseUrl: string, signal: AbortSignal): Promise<Posting> {
  const { data } = await fetchJson(url, signal);
  const problems = validatePosting(data);
  const posting = data as Posting;
  if (!problems.length && (posting.id !== id || posting.body === undefined)) problems.push(`expected posting "${id}" with its body`);
  if (problems.length) throw new FeedLoadError('format', `The posting file at ${url}: ${problems.join('; ')}`);
  return resolveUrls(posting, baseUrl);
}

/** A JSON document, read as a feed is (size limit, byte-order mark), parsed in a task of its own. */
async function fetchJson(url: string, signal: AbortSignal, started?: StartedRequest): Promise<{ data: unknown; responseUrl: string }> {
  let response: Response;
  try {
    // Fetch's defaults (credentials: same-origin), as in the README's preload line: one request, not two.
    response = await (started?.(signal) ?? fetch(url, { signal }));
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedLoadError('network', `The feed at ${url} could not be fetched: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new FeedLoadError('http', `The feed at ${url} answered HTTP ${response.status}`, response.status);
  }
  let text: string;
  try {
    text = await readText(response, url);
  } catch (error) {
    if (error instanceof FeedLoadError || signal.aborted) throw error;
    throw new FeedLoadError('network', `The feed at ${url} broke off: ${(error as Error).message}`);
  }
  const data = parseJson(text);
  // Validation in a task of its own: JSON.parse of a large feed is long enough alone.
  await nextTask();
  return { data, responseUrl: response.url || url };
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
