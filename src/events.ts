/**
 * The widget's events. Public ones (`careers-load`, `careers-view`, `careers-apply`,
 * `careers-error`) bubble and are composed so a host's analytics can listen on `document`;
 * internal ones (`careers-open`, `careers-back`) stay inside the widget.
 */

import type { FeedErrorCode } from './feed/load.js';

const toHost = { bubbles: true, composed: true } as const;

/**
 * Where shown postings came from: the network; the copy the widget kept of the last good feed
 * (src/feed/keep.ts), until the network answers or because it could not; or the page itself
 * (an inline feed, `.feed`).
 */
export type FeedSource = 'network' | 'keep' | 'inline';

/**
 * The feed is shown: `count` postings came in it, and the reader sees `cards` cards (translations
 * of one posting share a card; the page's slice and `limit` apply, the reader's filters do not);
 * from `source`, given by it `age` milliseconds ago (0 but for the keep).
 */
export class CareersLoadEvent extends CustomEvent<{ count: number; cards: number; source: FeedSource; age: number }> {
  constructor(count: number, cards: number, source: FeedSource, age: number) {
    super('careers-load', { ...toHost, detail: { count, cards, source, age } });
  }
}

/** A posting was opened. */
export class CareersViewEvent extends CustomEvent<{ id: string }> {
  constructor(id: string) {
    super('careers-view', { ...toHost, detail: { id } });
  }
}

/** The reader followed an apply link. */
export class CareersApplyEvent extends CustomEvent<{ postingId: string; url: string }> {
  constructor(postingId: string, url: string) {
    super('careers-apply', { ...toHost, detail: { postingId, url } });
  }
}

/** The feed could not be shown; `code` says why. */
export class CareersErrorEvent extends CustomEvent<{ code: FeedErrorCode; message: string }> {
  constructor(code: FeedErrorCode, message: string) {
    super('careers-error', { ...toHost, detail: { code, message } });
  }
}

/** A card asks to open its posting; cancelled when the widget handles it in place. */
export class CareersOpenEvent extends CustomEvent<{ id: string }> {
  constructor(id: string) {
    super('careers-open', { cancelable: true, detail: { id } });
  }
}

/** A posting asks to return to the list; cancelled when the widget handles it in place. */
export class CareersBackEvent extends Event {
  constructor() {
    super('careers-back', { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'careers-load': CareersLoadEvent;
    'careers-view': CareersViewEvent;
    'careers-apply': CareersApplyEvent;
    'careers-error': CareersErrorEvent;
    'careers-open': CareersOpenEvent;
    'careers-back': CareersBackEvent;
  }
}
