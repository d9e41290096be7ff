import { problemText } from '../../feed/validate.js';
import type { ReactiveElement } from 'lit';
import type { Feed, Posting } from '../../feed/types.js';
import { DEFAULT_TIMEOUT_MS, FeedLoadError, acceptFeed, fetchFeed, parseFeed, readFeed, type KnownFeed, type LoadedFeed } from '../../feed/load.js';
import { CareersErrorEvent, CareersLoadEvent, CareersViewEvent } from '../../events.js';
import { earlyResponse, takeEarlyFeed } from '../../feed/early-feed.js';
import { dropKeep, parseMaxStale, readKeep, writeKeep, type KeptFeed } from '../../feed/keep.js';
import { resolveLocale } from '../../i18n/locale.js';
import { prepareFormatters } from '../../i18n/format.js';
import { FeedController, type FeedLoad, type ShownFeed } from './feed-controller.js';
import { focusAfterRetry } from './focus.js';
import { prefetchPostingView } from './posting-view.js';
import { PostingDetails } from './posting-details.js';

/** The widget's attributes that say where its feed comes from and how it is kept. */
export interface FeedSourceHost extends ReactiveElement {
  src: string;
  feed?: Feed;
  cache: string;
  maxStale: string;
  timeout: number;
  now?: number;
}

/** The time a widget takes for "now". */
export const nowOf = (host: { now?: number }) => host.now ?? Date.now();


export interface FeedSourceOptions {
  /** How many cards the reader sees of the feed's postings (for `careers-load`). */
  cards(postings: Posting[]): number;
  /** The open posting: its file is asked for with a list-only feed, and a first feed announces it (`careers-view`). */
  openId(): string | null;
}

/**
 * Where a widget's feed comes from: `.feed`, the inline script, the request the embed's script
 * started, or `src`; the copy kept of it on this origin (feed/keep.ts), read and written; the
 * events that say it is shown or failed; and Try again, which focus follows.
 */
export class FeedSource extends FeedController {
  /** What to keep of a feed the network gave, once it is shown. */
  readonly #toKeep = new WeakMap<ShownFeed, KeptFeed>();

  // Set when Try again is pressed: focus goes back to it if the feed fails again (else to the first card).
  #retrying = false;

  readonly #host: FeedSourceHost;
  readonly #options: FeedSourceOptions;

  /** A list-only feed's posting files. */
  readonly details: PostingDetails;

  constructor(host: FeedSourceHost, options: FeedSourceOptions) {
    super(host);
    this.#host = host;
    this.#options = options;
    this.details = new PostingDetails(host, this);
  }

  /** How long a request may take: the widget's `timeout` when it is a positive number. */
  get timeoutMs() {
    return this.#host.timeout > 0 ? this.#host.timeout : DEFAULT_TIMEOUT_MS;
  }

  /** The reader's Try again. */
  readonly retry = () => {
    this.#retrying = true;
    void this.run();
  };

  protected sources() {
    return [this.#host.src, this.#host.feed];
  }

  hostUpdated() {
    const { state } = this;
    if (!this.#retrying || state.status === 'loading' || (state.status === 'loaded' && state.retrying)) return;
    this.#retrying = false;
    focusAfterRetry(this.#host, state);
  }

  protected onShown(shown: ShownFeed, previous: ShownFeed | undefined) {
    const { loaded, source, time } = shown;
    const openId = this.#options.openId();
    // When the network gives what was kept, nothing on screen changes (an open posting's failed file stays said).
    if (loaded.feed !== previous?.loaded.feed) {
      // Posting files fetched for kept postings are as fresh as the network's list: they stay.
      if (!previous) this.details.forget();
      for (const problem of loaded.skipped) {
        const name = problem.id ? `"${problem.id}"` : `number ${problem.index + 1}`;
        console.warn(`careers-widget: skipped posting ${name}: ${problem.problems.map(problemText).join('; ')}`);
      }
      if (openId) this.details.request(openId);
    }
    const age = source === 'keep' ? Math.max(0, nowOf(this.#host) - time) : 0;
    const cards = this.#options.cards(loaded.feed.postings);
    this.#host.dispatchEvent(new CareersLoadEvent(loaded.feed.postings.length, cards, source, age));
    if (!previous && openId) this.#host.dispatchEvent(new CareersViewEvent(openId));
    if (!previous) prefetchPostingView(loaded.feed.postings);
    this.#keepLater(shown);
  }

  protected onFailed(error: unknown) {
    if (error instanceof FeedLoadError) {
      this.#host.dispatchEvent(new CareersErrorEvent(error.code, error.message));
    } else if (!(error instanceof DOMException && error.name === 'AbortError')) {
      this.#host.dispatchEvent(new CareersErrorEvent('format', String(error)));
    }
  }

  /**
   * Starts a load: the feed from `src` (or the page), and the copy kept of it when the keep is on.
   * A feed that arrives as it was kept is not read again.
   */
  protected start(signal: AbortSignal): FeedLoad {
    const url = this.#keptUrl();
    if (!url) return { fresh: this.#loadFeed(signal) };
    let known: KnownFeed | undefined;
    const kept = readKeep(url).then(async (record) => {
      const shown = record && (await this.#usableKeep(record));
      if (shown) known = { ...record, loaded: shown.loaded };
      return shown;
    });
    return { fresh: this.#loadFeed(signal, { url, kept: kept.then(() => known), known: () => known }), kept };
  }

  /** Keeps what the network gave, after the frame that shows it: off the first cards' way. */
  #keepLater(shown: ShownFeed) {
    const kept = this.#toKeep.get(shown);
    if (!kept) return;
    this.#toKeep.delete(shown);
    requestAnimationFrame(() => setTimeout(() => void writeKeep(kept)));
  }

  /** The URL the feed is kept under: `src`, unless the feed is the page's own or the keep is off (then forgotten). */
  #keptUrl(): string | undefined {
    const host = this.#host;
    if (host.feed || !host.src || !URL.canParse(host.src, document.baseURI) || host.querySelector(':scope > script[type="application/json"]')) return undefined;
    const url = new URL(host.src, document.baseURI).href;
    if (host.cache !== 'none') return url;
    void dropKeep(url);
    return undefined;
  }

  /** A kept feed, to be shown if it is recent enough (`max-stale`) and valid; otherwise it is forgotten. */
  async #usableKeep(record: KeptFeed): Promise<ShownFeed | undefined> {
    if (nowOf(this.#host) - record.keptAt <= parseMaxStale(this.#host.maxStale)) {
      try {
        return { loaded: await readFeed(record.text, record.responseUrl), source: 'keep', time: record.keptAt };
      } catch {
        // Kept by a widget that read it differently: no longer valid.
      }
    }
    void dropKeep(record.url);
    return undefined;
  }

  async #loadFeed(signal: AbortSignal, keep?: { url: string; kept: Promise<KnownFeed | undefined>; known: () => KnownFeed | undefined }): Promise<ShownFeed> {
    const host = this.#host;
    const { src, feed } = host;
    // The request the embed's script started before this code arrived (the first load only).
    const early = takeEarlyFeed(host);
    const inline = feed ? null : await this.#inlineFeed(src);
    if (feed || inline || !src) early?.controller.abort();
    const fromPage = (loaded: LoadedFeed): ShownFeed => ({ loaded, source: 'inline', time: nowOf(host) });
    if (feed) return fromPage(acceptFeed(feed, document.baseURI));
    if (inline) return fromPage(parseFeed(inline.textContent ?? '', document.baseURI));
    if (!src) throw new FeedLoadError('no-source', 'The widget has no feed: set its src attribute');
    const url = new URL(src, document.baseURI).href;
    const locale = resolveLocale(host);
    setTimeout(() => prepareFormatters(locale)); // while the feed is on its way
    // Asked afresh, a kept feed of this origin is asked for conditionally: unchanged, it costs a 304.
    // Another origin would first need a CORS preflight for those headers; there the HTTP cache revalidates.
    const revalidate = !early && keep && new URL(url).origin === location.origin ? await keep.kept : undefined;
    const { text, etag, lastModified, ...loaded } = await fetchFeed(url, signal, {
      timeoutMs: this.timeoutMs,
      started: early && ((both) => earlyResponse(early, url, both)),
      known: keep?.known,
      revalidate,
    });
    const shown: ShownFeed = { loaded, source: 'network', time: nowOf(host) };
    if (keep) this.#toKeep.set(shown, { url: keep.url, text, responseUrl: loaded.baseUrl, keptAt: shown.time, etag, lastModified });
    return shown;
  }

  /** The child `<script type="application/json">`; while the page still parses, it may be on its way. */
  async #inlineFeed(src: string) {
    const find = () => this.#host.querySelector(':scope > script[type="application/json"]');
    if (!find() && !src && document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    return find();
  }
}
