import type { ReactiveControllerHost } from 'lit';
import type { Posting } from '../../feed/types.js';
import { fetchPosting, type LoadedFeed } from '../../feed/load.js';

/**
 * The postings of a list-only feed whole, once their files have arrived; those asked for; those
 * that failed. A file is asked for once (again after a failure); its arrival updates the host.
 */
export class PostingDetails {
  readonly #wholePostings = new Map<string, Posting>();
  readonly #asked = new Set<string>();
  readonly #failedIds = new Set<string>();

  readonly #host: ReactiveControllerHost;
  /** The feed the host shows now, and how long a file may take. */
  readonly #feed: { readonly loaded?: LoadedFeed; readonly timeoutMs: number };

  constructor(host: ReactiveControllerHost, feed: { readonly loaded?: LoadedFeed; readonly timeoutMs: number }) {
    this.#host = host;
    this.#feed = feed;
  }

  /** A posting whole: as the feed has it, or, from a list-only feed, once its file has arrived. */
  whole(posting: Posting): Posting | undefined {
    return posting.body === undefined ? this.#wholePostings.get(posting.id) : posting;
  }

  failed(id: string): boolean {
    return this.#failedIds.has(id);
  }

  /** Asks for a list-only feed's posting file, once (again after a failure): on opening, or on a reader's intent to open. */
  readonly request = (id: string) => {
    const { loaded, timeoutMs } = this.#feed;
    const posting = loaded?.feed.postings.find((candidate) => candidate.id === id);
    if (!loaded || !posting?.detail || posting.body !== undefined || this.#asked.has(id)) return;
    this.#asked.add(id);
    this.#failedIds.delete(id);
    fetchPosting(posting.detail, id, loaded.baseUrl, AbortSignal.timeout(timeoutMs)).then(
      (whole) => this.#wholePostings.set(id, whole),
      (error: unknown) => {
        this.#asked.delete(id);
        this.#failedIds.add(id);
        console.warn(`careers-widget: posting "${id}" could not be loaded: ${(error as Error).message}`);
      },
    ).finally(() => loaded.feed === this.#feed.loaded?.feed && this.#host.requestUpdate()); // the network may have confirmed the kept feed meanwhile
  };

  forget() {
    this.#wholePostings.clear();
    this.#asked.clear();
    this.#failedIds.clear();
  }
}
