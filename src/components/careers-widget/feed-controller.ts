import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask, type LoadedFeed } from '../../feed/load.js';
import type { FeedSource } from '../../events.js';

/** A feed the widget can show: where it came from, and when its source last gave it (ms since 1970). */
export interface ShownFeed {
  loaded: LoadedFeed;
  source: FeedSource;
  time: number;
}

/**
 * `loaded` with `refreshError`: the kept postings are shown because the feed could not be
 * refreshed; `retrying`: the reader asked to try again and the answer is on its way.
 */
export type FeedState =
  | { status: 'loading' }
  | { status: 'loaded'; shown: ShownFeed; refreshError?: unknown; retrying?: boolean }
  | { status: 'failed'; error: unknown };

/** One load: the feed from its source, and the kept copy of it (never rejects; undefined: none). */
export interface FeedLoad {
  fresh: Promise<ShownFeed>;
  kept?: Promise<ShownFeed | undefined>;
}

/**
 * The feed a widget shows and where its loading stands. Loads on connection and when the sources
 * change, again on `run()` (Retry) and on reconnection after an unfinished load; a newer load or
 * leaving the page aborts the one in flight. The kept copy shows as soon as it is read, unless
 * the network answered first, and stays when the network fails. A result waits for a task of its
 * own, so that rendering it is not added to the task that parsed it. Where the feed comes from
 * is the subclass's (feed-source.ts).
 */
export abstract class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  #sources?: readonly unknown[];
  #inFlight?: AbortController;
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** The inputs a load depends on: a new load starts when one of them changes. */
  protected abstract sources(): readonly unknown[];
  protected abstract start(signal: AbortSignal): FeedLoad;
  /** A feed is shown (`previous`: the one it replaces, when one was shown for the same sources). */
  protected abstract onShown(shown: ShownFeed, previous: ShownFeed | undefined): void;
  protected abstract onFailed(error: unknown): void;

  get loaded(): LoadedFeed | undefined {
    return this.shown?.loaded;
  }

  get shown(): ShownFeed | undefined {
    return this.state.status === 'loaded' ? this.state.shown : undefined;
  }

  // Loading starts on connection, not at the first render: that may wait for the messages of the
  // reader's language (LocalizedElement), and the feed need not wait with it.
  hostConnected() {
    this.#loadIfNeeded(true);
  }

  hostUpdate() {
    this.#loadIfNeeded(false);
  }

  #loadIfNeeded(connecting: boolean) {
    const sources = this.sources();
    const changed = !this.#sources || sources.some((source, index) => source !== this.#sources![index]);
    // Back on the page after leaving mid-load (or after a failure, or with kept postings not yet refreshed): try again.
    const settled = this.shown && this.shown.source !== 'keep';
    if (!changed && !(connecting && !settled)) return;
    this.#sources = sources;
    void this.run(!changed);
  }

  hostDisconnected() {
    this.#inFlight?.abort();
  }

  /** Loads afresh; `keepShowing`: postings already shown for these sources stay until the answer (Retry). */
  async run(keepShowing = true) {
    this.#inFlight?.abort();
    const inFlight = (this.#inFlight = new AbortController());
    const { signal } = inFlight;
    if (keepShowing && this.state.status === 'loaded') this.#settle({ ...this.state, retrying: true });
    else this.#settle({ status: 'loading' });
    const { fresh, kept } = this.start(signal);
    let arrived = false;
    // Read before the network answered, the kept copy shows first, whatever order the tasks run in.
    let showingKept: Promise<void> | undefined;
    void kept?.then((shown) => {
      if (!shown || arrived) return;
      showingKept = nextTask().then(() => {
        if (!signal.aborted && this.state.status === 'loading') this.#show(shown);
      });
    });
    try {
      const shown = await fresh;
      arrived = true;
      await showingKept;
      await nextTask();
      if (!signal.aborted) this.#show(shown);
    } catch (error) {
      // Kept postings stay (or show now) with the failure beside them; without any, the error state.
      const fallback = this.shown ?? (await kept);
      if (signal.aborted) return;
      if (fallback) this.#show(fallback, error);
      else this.#settle({ status: 'failed', error });
      this.onFailed(error);
    }
  }

  #show(shown: ShownFeed, refreshError?: unknown) {
    const previous = this.shown;
    this.#settle({ status: 'loaded', shown, refreshError });
    if (shown !== previous) this.onShown(shown, previous);
  }

  #settle(state: FeedState) {
    this.state = state;
    this.#host.requestUpdate();
  }
}
