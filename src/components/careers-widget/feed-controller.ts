import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextTask, type LoadedFeed } from '../../feed/load.js';

export type FeedState = { status: 'loading' } | { status: 'loaded'; loaded: LoadedFeed } | { status: 'failed'; error: unknown };

interface FeedControllerOptions {
  /** The inputs a load depends on: a new load starts when one of them changes. */
  sources: () => readonly unknown[];
  load: (signal: AbortSignal) => Promise<LoadedFeed>;
  onLoaded: (loaded: LoadedFeed) => void;
  onFailed: (error: unknown) => void;
}

/**
 * The feed a widget shows and where its loading stands. Loads on connection and when the sources
 * change, again on `run()` (Retry) and on reconnection after an unfinished load; a newer load or leaving the page
 * aborts the one in flight. The result waits for a task of its own, so that rendering it is not
 * added to the task that parsed it: the host page stays responsive (issue 8).
 */
export class FeedController implements ReactiveController {
  state: FeedState = { status: 'loading' };
  private sources?: readonly unknown[];
  private inFlight?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: FeedControllerOptions,
  ) {
    host.addController(this);
  }

  get loaded(): LoadedFeed | undefined {
    return this.state.status === 'loaded' ? this.state.loaded : undefined;
  }

  // Loading starts on connection, not at the first render: that may wait for the words of the
  // reader's language (LocalizedElement), and the feed need not wait with it.
  hostConnected() {
    this.loadIfNeeded(true);
  }

  hostUpdate() {
    this.loadIfNeeded(false);
  }

  private loadIfNeeded(connecting: boolean) {
    const sources = this.options.sources();
    const changed = !this.sources || sources.some((source, index) => source !== this.sources![index]);
    // Back on the page after leaving mid-load (or after a failure): try again.
    if (!changed && !(connecting && this.state.status !== 'loaded')) return;
    this.sources = sources;
    void this.run();
  }

  hostDisconnected() {
    this.inFlight?.abort();
  }

  async run() {
    this.inFlight?.abort();
    const inFlight = (this.inFlight = new AbortController());
    this.settle({ status: 'loading' });
    let state: FeedState;
    try {
      const loaded = await this.options.load(inFlight.signal);
      await nextTask();
      state = { status: 'loaded', loaded };
    } catch (error) {
      state = { status: 'failed', error };
    }
    if (inFlight.signal.aborted) return;
    this.settle(state);
    if (state.status === 'loaded') this.options.onLoaded(state.loaded);
    else this.options.onFailed(state.error);
  }

  private settle(state: FeedState) {
    this.state = state;
    this.host.requestUpdate();
  }
}
