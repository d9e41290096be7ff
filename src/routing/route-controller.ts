import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { NO_FILTERS, hasFilters, type ReaderFilters } from '../feed/listing.js';
import { DEFAULT_ROUTE_KEY, readRoute, routeFragment } from './fragment.js';
import type { CareersOpenEvent } from '../events.js';

/** `hash`: an open posting has its own URL fragment; `none`: the page URL is left alone. */
export type Routing = 'hash' | 'none';

/** The widget a route belongs to: its `id` names its fragment. */
export type RouteHost = ReactiveControllerHost & HTMLElement & { routing: Routing };

export interface RouteOptions {
  /** A posting was opened, by the reader or by the page's URL. */
  onOpened(postingId: string): void;
  /** The reader went to another view (`openId`, from `previous`): focus follows, after the update that shows it. */
  onNavigated(openId: string | null, previous: string | null): void;
}

/**
 * Which posting is open and the reader's filters, in step with the page URL (history and the
 * fragment, unless routing is off). Focus follows the reader's navigation, never a first load.
 */
export class RouteController implements ReactiveController {
  openId: string | null = null;
  filters: ReaderFilters = NO_FILTERS;

  // Set when the view changes by the reader's action, so focus follows; not on first load.
  #moveFocus = false;
  /** The posting open at the last update (undefined before the first). */
  #updatedId?: string | null;

  readonly #host: RouteHost;
  readonly #options: RouteOptions;

  constructor(host: RouteHost, options: RouteOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether the coming update opens another posting (or the list). */
  get openChanged(): boolean {
    return this.openId !== this.#updatedId;
  }

  hostConnected() {
    window.addEventListener('popstate', this.#handleLocationChange);
    window.addEventListener('hashchange', this.#handleLocationChange);
    this.#syncWithLocation();
  }

  hostDisconnected() {
    window.removeEventListener('popstate', this.#handleLocationChange);
    window.removeEventListener('hashchange', this.#handleLocationChange);
  }

  hostUpdated() {
    const previous = this.#updatedId;
    if (!this.openChanged) return;
    this.#updatedId = this.openId;
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    this.#options.onNavigated(this.openId, previous ?? null);
  }

  /** Opens a posting (or the list, with null) at the reader's request, recording it in the page URL unless routing is off. */
  open(postingId: string | null) {
    this.#moveFocus = true;
    if (this.#host.routing === 'hash') {
      const state = postingId ? { careersList: this.#key } : null;
      history.pushState(state, '', postingId ? this.postingHref(postingId) : this.listUrl);
    }
    this.#setOpenId(postingId);
    if (postingId) this.#options.onOpened(postingId);
  }

  /** A card or a translation link asks to open its posting: the widget opens it in place. */
  readonly openFrom = (event: CareersOpenEvent) => {
    event.preventDefault();
    this.open(event.detail.id);
  };

  /** Back to the list: through history when the reader came from it, so that Forward reopens the posting. */
  back() {
    this.#moveFocus = true;
    const cameFromList = (history.state as { careersList?: string } | null)?.careersList === this.#key;
    if (this.#host.routing === 'hash' && cameFromList) history.back();
    else this.open(null);
  }

  /** The reader's filters changed: the list's URL says them, without a new history entry. */
  filter(filters: ReaderFilters) {
    this.#setFilters(filters);
    if (this.#host.routing === 'hash') history.replaceState(history.state, '', this.listUrl);
  }

  /** The list's URL: the page, plus the reader's filters when there are any. */
  get listUrl() {
    return location.pathname + location.search + (hasFilters(this.filters) ? routeFragment(this.#key, null, this.filters) : '');
  }

  readonly postingHref = (postingId: string) => location.pathname + location.search + routeFragment(this.#key, postingId, this.filters);

  /** A posting's own absolute URL, without the reader's filters: to share, and for search engines. */
  postingUrl(postingId: string) {
    return location.origin + location.pathname + location.search + routeFragment(this.#key, postingId);
  }

  get #key() {
    return this.#host.id || DEFAULT_ROUTE_KEY;
  }

  readonly #handleLocationChange = () => {
    this.#moveFocus = true;
    this.#syncWithLocation();
  };

  #syncWithLocation() {
    if (this.#host.routing !== 'hash') return;
    const previous = this.openId;
    const route = readRoute(location.hash, this.#key);
    this.#setOpenId(route.postingId);
    this.#setFilters(route.filters);
    if (this.openId && this.openId !== previous) this.#options.onOpened(this.openId);
  }

  // As a reactive property would: an update only for a new value.
  #setOpenId(openId: string | null) {
    if (openId === this.openId) return;
    this.openId = openId;
    this.#host.requestUpdate();
  }

  #setFilters(filters: ReaderFilters) {
    if (filters === this.filters) return;
    this.filters = filters;
    this.#host.requestUpdate();
  }
}
