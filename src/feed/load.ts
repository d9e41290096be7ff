import type { Feed, Posting } from './types.js';
import { FeedFormatError, validateFeed, type PostingProblem } from './validate.js';
import { safeUrl } from '../content/url-policy.js';

/** Why a feed could not be shown, for hosts (the `careers-error` event) and for the words the widget says. */
export type FeedErrorCode = 'no-source' | 'network' | 'timeout' | 'http' | 'not-json' | 'format' | 'unsupported-version';

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
 * Fetches, parses and validates a feed. An abort by `signal` rejects with its reason; a feed
 * that takes longer than `timeoutMs` to arrive is a `timeout` error.
 */
export async function fetchFeed(url: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<LoadedFeed> {
  const timeout = AbortSignal.timeout(timeoutMs);
  const both = AbortSignal.any([signal, timeout]);
  try {
    return await fetchAndAccept(url, both);
  } catch (error) {
    if (timeout.aborted && !signal.aborted) {
      throw new FeedLoadError('timeout', `The feed at ${url} did not arrive within ${timeoutMs} ms`);
    }
    throw error;
  }
}

async function fetchAndAccept(url: string, signal: AbortSignal): Promise<LoadedFeed> {
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedLoadError('network', `The feed at ${url} could not be fetched: ${(error as Error).message}`);
  }
  if (!response.ok) {
    throw new FeedLoadError('http', `The feed at ${url} answered HTTP ${response.status}`, response.status);
  }
  let data: unknown;
  try {
    data = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    throw new FeedLoadError('not-json', `The feed at ${url} is not JSON`);
  }
  return acceptFeed(data, response.url || url);
}

/** Parses a feed given inline as JSON text. */
export function parseFeed(json: string, baseUrl: string): LoadedFeed {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new FeedLoadError('not-json', 'The inline feed is not JSON');
  }
  return acceptFeed(data, baseUrl);
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
  return resolved;
}
