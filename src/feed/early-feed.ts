/**
 * Feed requests the embed's script starts before the widget's code has arrived
 * (src/embed/loader.ts), handed to the widget it was made for. A request is handed out once:
 * a Retry, or a changed `src`, fetches afresh.
 */

/** A feed request started for one widget element. */
export interface EarlyFeed {
  /** The absolute URL requested: the widget's `src` when the request started. */
  url: string;
  response: Promise<Response>;
  controller: AbortController;
}

const pending = new WeakMap<Element, EarlyFeed>();

/** Keeps the requests started for these widgets until each widget's first load asks for its own. */
export function adoptEarlyFeeds(feeds: ReadonlyMap<Element, EarlyFeed>): void {
  for (const [widget, feed] of feeds) pending.set(widget, feed);
}

/** The request started for `widget`, if one was: handed out once, on the widget's first load. */
export function takeEarlyFeed(widget: Element): EarlyFeed | undefined {
  const feed = pending.get(widget);
  pending.delete(widget);
  return feed;
}

/**
 * The response of `feed` if it asked for `url`, to be read under `signal` (the widget's removal,
 * its timeout); otherwise it is aborted and the widget fetches `url` itself.
 */
export function earlyResponse(feed: EarlyFeed, url: string, signal: AbortSignal): Promise<Response> | undefined {
  if (feed.url !== url) {
    feed.controller.abort();
    return undefined;
  }
  if (signal.aborted) feed.controller.abort(signal.reason);
  else signal.addEventListener('abort', () => feed.controller.abort(signal.reason), { once: true });
  return feed.response;
}
