import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Feed, Posting } from '../../feed/types.js';
import { DEFAULT_TIMEOUT_MS, FeedLoadError, acceptFeed, fetchFeed, fetchPosting, parseFeed, readFeed, type KnownFeed, type LoadedFeed } from '../../feed/load.js';
import { earlyResponse, takeEarlyFeed } from '../../feed/early-feed.js';
import { dropKeep, parseMaxStale, readKeep, writeKeep, type KeptFeed } from '../../feed/keep.js';
import { CareersErrorEvent, CareersLoadEvent, CareersViewEvent, type CareersOpenEvent } from '../../events.js';
import { DEFAULT_ROUTE_KEY, readRoute, routeFragment } from '../../routing/fragment.js';
import type { TranslationGroup } from '../../feed/translations.js';
import { NO_FILTERS, commaList, hasFilters, listPostings, translationsInSlice, type GroupBy, type ReaderFilters } from '../../feed/listing.js';
import { matchLocale, resolveLocale } from '../../i18n/locale.js';
import { prepareFormatters } from '../../i18n/format.js';
import { loadLocale, localeChanges } from '../../i18n/localization.js';
import { clampLevel } from '../shared/heading.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { ensureDefined } from '../shared/lazy-definitions.js';
import type { CareersJobCard } from '../careers-job-card/careers-job-card.js';
import { widgetStyles } from './careers-widget.styles.js';
import { hostGuardStyles } from './host-guard.styles.js';
import { PAGE_SIZE, renderListView } from './list-view.js';
import { renderKeptNotice } from './kept-notice.js';
import { FeedController, type FeedLoad, type FeedState, type ShownFeed } from './feed-controller.js';

type Routing = 'hash' | 'none';

/** Cards sketched while the feed loads: enough to fill the reserved height on one column. */
const PLACEHOLDERS = 12;

/**
 * The careers widget: loads a feed, lists its postings newest first and opens one in
 * place. An open posting has its own URL (a fragment), so Back returns to the list and a
 * shared link opens the same posting.
 *
 * @tagname careers-widget
 * @attr lang - The language of the widget's words and the preferred language of postings: en, nb, sv or da (nb-NO, no, nn → nb). Without it: the nearest ancestor's `lang`, then the browser's languages, then English.
 * @attr cache - `none`: keep no copy of the feed on this page's origin (and forget the one kept). By default the last good feed of each `src` is kept, shown at once on the next visit and when the feed cannot be loaded.
 * @attr max-stale - How old a kept feed may be and still be shown: seconds, or a number with a unit (`12h`, `7d`); default 7 days.
 * @slot - An inline feed: `<script type="application/json">` holding a feed, used instead of fetching `src`.
 * @fires careers-load - The feed is shown; detail `{ count, cards, source, age }`: the postings the feed gave, the cards the reader sees (translations share one), and where they came from: `network`, `keep` (the copy kept from an earlier visit, `age` milliseconds old) or `inline`. A repeat visit fires it for the kept postings, then again once the network has answered.
 * @fires careers-view - A posting was opened; detail `{ id }`.
 * @fires careers-error - The feed could not be loaded (also when kept postings are shown instead); detail `{ code, message }`.
 * @fires careers-apply - An apply link was followed; detail `{ postingId, url }` (from the posting's buttons).
 * @csspart base - The widget's box.
 * @csspart list - The list of cards.
 * @csspart card - Each card (`careers-job-card`); its own parts are exported as `card-*`.
 * @csspart posting - The open posting (`careers-job-posting`).
 * @csspart status - The loading, empty and notice messages.
 * @csspart notice - The note over kept postings that the feed could not be refreshed, with its Retry button.
 * @csspart error - The error message box (`role="alert"`).
 * @csspart retry - The Retry buttons (of the error and of the notice).
 * @csspart filters - The search and filters.
 * @csspart search - The search field.
 * @csspart filter - Each filter's select.
 * @csspart filters-toggle - The "Filters" button of a narrow widget, which shows and hides the selects.
 * @csspart count - The number of matching positions.
 * @csspart show-more - The "Show more" button.
 * @cssprop --careers-font-family - The font; inherits the host page's by default.
 * @cssprop --careers-text-size - Base text size (default 1rem).
 * @cssprop --careers-line-height - Line height of running text (default 1.55).
 * @cssprop --careers-color-background - Background painted when a `theme` is set.
 * @cssprop --careers-color-text - Text colour.
 * @cssprop --careers-color-danger - Error box border.
 * @cssprop --careers-color-subtle - Loading placeholders.
 * @cssprop --careers-loading-block-size - Height kept free while the feed loads, so that the host page below does not move when the cards arrive (default 100vh; with `limit`, that many placeholder cards).
 * @cssprop --careers-gap - Space between cards (default: --careers-space).
 * @cssprop --careers-card-min-width - The narrowest a card column gets before the list wraps.
 * @cssprop --careers-color-divider - The lines between rows with `layout="list"`.
 */
export class CareersWidget extends LocalizedElement {
  static override styles = [widgetStyles, hostGuardStyles];

  // Renders before its words arrive, but only the placeholders: the space is kept, nothing is said.
  protected override waitsForWords = false;

  @state() private openId: string | null = null;

  @state() private filters: ReaderFilters = NO_FILTERS;

  @state() private visibleCards = PAGE_SIZE;

  @state() private filtersOpen = false;

  // Set when Try again is pressed: focus goes back to it if the feed fails again (else to the first card).
  private retrying = false;

  // `lang` stays the native attribute and property (its setter reflects); the widget only watches it.
  static override get observedAttributes() {
    return [...super.observedAttributes, 'lang'];
  }

  /** The feed's URL; relative links in the feed resolve against it. */
  @property() src = '';

  /** A feed given directly, used instead of fetching `src`. */
  @property({ attribute: false }) feed?: Feed;

  /** The heading level of card titles and the posting title (default 2), to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `grid` (default): cards in columns; `list`: one row per posting (title, facts, date). */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  /** How long the feed may take to arrive, in milliseconds, before the widget says so (default 10000). */
  @property({ type: Number }) timeout: number = DEFAULT_TIMEOUT_MS;

  /**
   * `light` or `dark` force a colour scheme, `auto` follows the reader's system setting; without
   * it the widget follows the host page's `color-scheme` (light unless the page says otherwise).
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /**
   * `none`: frames a posting embeds (videos, application forms) are offered as links that open a
   * new tab, never loaded in the page. By default each is a card that loads it when the reader asks.
   */
  @property() frames: 'click' | 'none' = 'click';

  /** `hash` (default) gives an open posting its own URL fragment; `none` leaves the page URL alone. */
  @property() routing: Routing = 'hash';

  /** Only postings of these teams (a comma list), for a page that shows one slice. */
  @property() team = '';

  /** Only postings at these locations (a comma list). */
  @property() location = '';

  /** Only postings written in these languages (a comma list of BCP 47 tags). */
  @property({ attribute: 'posting-lang' }) postingLang = '';

  /** At most this many cards (0 or absent: all). */
  @property({ type: Number }) limit = 0;

  /** Groups the cards under headings by `team` or `location`; newest first within each group. */
  @property({ attribute: 'group-by' }) groupBy: GroupBy | '' = '';

  /**
   * Describes the open posting to search engines as a schema.org JobPosting (JSON-LD in the
   * document head). Turn it on on the company's own careers page, not on partner pages.
   */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /**
   * `none` turns the keep off: no copy of the feed is read or written on this page's origin, and
   * one kept earlier is forgotten. Any other value, or none, keeps the last good feed.
   */
  @property() cache = '';

  /** How old a kept feed may be and still be shown: seconds, or a number with a unit (`12h`, `7d`); default 7 days. */
  @property({ attribute: 'max-stale' }) maxStale = '';

  /** The time "now" for the new badge, expiry, relative dates and the keep's age (ms since 1970); the real time when unset. */
  @property({ attribute: false }) now?: number;

  // Set when the view changes by the reader's action, so focus follows; not on first load.
  private moveFocus = false;

  private readonly feedController = new FeedController(this, {
    sources: () => [this.src, this.feed],
    start: (signal) => this.startLoad(signal),
    onShown: (shown, previous) => this.handleShown(shown, previous),
    onFailed: (error) => this.handleLoadError(error),
  });

  /** What to keep of a feed the network gave, once it is shown. */
  private readonly toKeep = new WeakMap<ShownFeed, KeptFeed>();

  /** The open posting with its translations, among those the page shows: for the view and the JSON-LD alike. */
  private openGroup?: TranslationGroup;

  /** A list-only feed's postings whole, once their files have arrived; those asked for; those that failed. */
  private readonly wholePostings = new Map<string, Posting>();
  private readonly detailsAsked = new Set<string>();
  private readonly detailsFailed = new Set<string>();

  // The JSON-LD code loads only on pages that turn structured data on.
  private structuredDataStarted = false;

  private startStructuredData() {
    this.structuredDataStarted = true;
    void import('./structured-data-controller.js').then(({ StructuredDataController }) => {
      new StructuredDataController(this, () => this.structuredDataRequest());
      this.requestUpdate();
    });
  }

  private structuredDataRequest() {
    const loaded = this.feedController.loaded;
    const listed = this.structuredData ? this.openGroup?.versions.find((version) => version.id === this.openId) : undefined;
    const posting = listed && this.whole(listed);
    const body = posting?.body;
    if (!loaded || !posting || body === undefined) return null;
    return { posting: { ...posting, body }, organization: loaded.feed.organization, baseUrl: loaded.baseUrl, pageUrl: this.postingUrl(posting.id) };
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('popstate', this.handleLocationChange);
    window.addEventListener('hashchange', this.handleLocationChange);
    this.syncWithLocation();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.handleLocationChange);
    window.removeEventListener('hashchange', this.handleLocationChange);
  }

  override attributeChangedCallback(name: string, previous: string | null, value: string | null) {
    super.attributeChangedCallback(name, previous, value);
    if (name !== 'lang' || previous === value) return;
    this.requestUpdate();
    // The widget's elements inherit its lang: tell them it changed.
    localeChanges.dispatchEvent(new Event('change'));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    this.openGroup = this.findOpenGroup();
    if (this.openId) void ensureDefined('careers-job-posting');
    // A list-only feed's posting file, on opening (again, after a failure), not on every update.
    if (this.openId && (changed as PropertyValues).has('openId')) this.requestDetail(this.openId);
    if (this.structuredData && !this.structuredDataStarted) this.startStructuredData();
  }

  protected override updated(changed: PropertyValues) {
    const { state } = this.feedController;
    if (this.retrying && state.status !== 'loading' && !(state.status === 'loaded' && state.retrying)) {
      this.retrying = false;
      this.focusAfterRetry(state);
    }
    if (!changed.has('openId') || !this.moveFocus) return;
    this.moveFocus = false;
    if (this.openId) {
      void this.focusPosting();
    } else {
      this.focusCard((changed.get('openId') as string | null | undefined) ?? null);
    }
  }

  private async focusPosting() {
    await customElements.whenDefined('careers-job-posting');
    await this.renderRoot.querySelector('careers-job-posting')?.focusHeading();
    this.scrollIntoViewIfAbove();
  }

  private async focusCard(postingId: string | null) {
    const card = postingId ? this.renderRoot.querySelector<CareersJobCard>(`careers-job-card[data-id="${CSS.escape(postingId)}"]`) : null;
    await card?.updateComplete;
    card?.focus();
  }

  /**
   * Starts a load: the feed from `src` (or the page), and the copy kept of it when the keep is on.
   * A feed that arrives as it was kept is not read again.
   */
  private startLoad(signal: AbortSignal): FeedLoad {
    const url = this.keptUrl();
    if (!url) return { fresh: this.loadFeed(signal) };
    let known: KnownFeed | undefined;
    const kept = readKeep(url).then(async (record) => {
      const shown = record && (await this.usableKeep(record));
      if (shown) known = { ...record, loaded: shown.loaded };
      return shown;
    });
    return { fresh: this.loadFeed(signal, { url, kept: kept.then(() => known), known: () => known }), kept };
  }

  /** The URL the feed is kept under: `src`, unless the feed is the page's own or the keep is off (then forgotten). */
  private keptUrl(): string | undefined {
    if (this.feed || !this.src || !URL.canParse(this.src, document.baseURI) || this.querySelector(':scope > script[type="application/json"]')) return undefined;
    const url = new URL(this.src, document.baseURI).href;
    if (this.cache !== 'none') return url;
    void dropKeep(url);
    return undefined;
  }

  /** A kept feed, to be shown if it is recent enough (`max-stale`) and valid; otherwise it is forgotten. */
  private async usableKeep(record: KeptFeed): Promise<ShownFeed | undefined> {
    if ((this.now ?? Date.now()) - record.keptAt <= parseMaxStale(this.maxStale)) {
      try {
        return { loaded: await readFeed(record.text, record.responseUrl), source: 'keep', time: record.keptAt };
      } catch {
        // Kept by a widget that read it differently: no longer valid.
      }
    }
    void dropKeep(record.url);
    return undefined;
  }

  private async loadFeed(signal: AbortSignal, keep?: { url: string; kept: Promise<KnownFeed | undefined>; known: () => KnownFeed | undefined }): Promise<ShownFeed> {
    const { src, feed } = this;
    // The request the embed's script started before this code arrived (the first load only).
    const early = takeEarlyFeed(this);
    const inline = feed ? null : await this.inlineFeed(src);
    if (feed || inline || !src) early?.controller.abort();
    const fromPage = (loaded: LoadedFeed): ShownFeed => ({ loaded, source: 'inline', time: this.now ?? Date.now() });
    if (feed) return fromPage(acceptFeed(feed, document.baseURI));
    if (inline) return fromPage(parseFeed(inline.textContent ?? '', document.baseURI));
    if (!src) throw new FeedLoadError('no-source', 'The widget has no feed: set its src attribute');
    const url = new URL(src, document.baseURI).href;
    const locale = resolveLocale(this);
    setTimeout(() => prepareFormatters(locale)); // while the feed is on its way
    // Asked afresh, a kept feed of this origin is asked for conditionally: unchanged, it costs a 304.
    // Another origin would first need a CORS preflight for those headers; there the HTTP cache revalidates.
    const revalidate = !early && keep && new URL(url).origin === location.origin ? await keep.kept : undefined;
    const { text, etag, lastModified, ...loaded } = await fetchFeed(url, signal, {
      timeoutMs: this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS,
      started: early && ((both) => earlyResponse(early, url, both)),
      known: keep?.known,
      revalidate,
    });
    const shown: ShownFeed = { loaded, source: 'network', time: this.now ?? Date.now() };
    if (keep) this.toKeep.set(shown, { url: keep.url, text, responseUrl: loaded.baseUrl, keptAt: shown.time, etag, lastModified });
    return shown;
  }

  /** The child `<script type="application/json">`; while the page still parses, it may be on its way. */
  private async inlineFeed(src: string) {
    const find = () => this.querySelector(':scope > script[type="application/json"]');
    if (!find() && !src && document.readyState === 'loading') {
      await new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
    }
    return find();
  }

  /** A posting whole: as the feed has it, or, from a list-only feed, once its file has arrived. */
  private whole(posting: Posting): Posting | undefined {
    return posting.body === undefined ? this.wholePostings.get(posting.id) : posting;
  }

  /** Asks for a list-only feed's posting file, once (again after a failure): on opening, or on a reader's intent to open. */
  private requestDetail(id: string) {
    const loaded = this.feedController.loaded;
    const posting = loaded?.feed.postings.find((candidate) => candidate.id === id);
    if (!loaded || !posting?.detail || posting.body !== undefined || this.detailsAsked.has(id)) return;
    this.detailsAsked.add(id);
    this.detailsFailed.delete(id);
    fetchPosting(posting.detail, id, loaded.baseUrl, AbortSignal.timeout(this.timeout > 0 ? this.timeout : DEFAULT_TIMEOUT_MS)).then(
      (whole) => this.wholePostings.set(id, whole),
      (error: unknown) => {
        this.detailsAsked.delete(id);
        this.detailsFailed.add(id);
        console.warn(`careers-widget: posting "${id}" could not be loaded: ${(error as Error).message}`);
      },
    ).finally(() => loaded.feed === this.feedController.loaded?.feed && this.requestUpdate()); // the network may have confirmed the kept feed meanwhile
  }

  private handleShown(shown: ShownFeed, previous: ShownFeed | undefined) {
    const { loaded, source, time } = shown;
    // When the network gives what was kept, nothing on screen changes (an open posting's failed file stays said).
    if (loaded.feed !== previous?.loaded.feed) {
      // Posting files fetched for kept postings are as fresh as the network's list: they stay.
      if (!previous) this.forgetPostingFiles();
      for (const problem of loaded.skipped) {
        const name = problem.id ? `"${problem.id}"` : `number ${problem.index + 1}`;
        console.warn(`careers-widget: skipped posting ${name}: ${problem.messages.join('; ')}`);
      }
      if (this.openId) this.requestDetail(this.openId);
    }
    const age = source === 'keep' ? Math.max(0, (this.now ?? Date.now()) - time) : 0;
    const listed = loaded.feed.postings.filter((posting) => posting.listed !== false);
    const groups = translationsInSlice(listed, this.sliceOptions(this.now ?? Date.now())).length;
    this.dispatchEvent(new CareersLoadEvent(loaded.feed.postings.length, this.limit > 0 ? Math.min(this.limit, groups) : groups, source, age));
    if (!previous && this.openId) this.dispatchEvent(new CareersViewEvent(this.openId));
    if (!previous) this.prefetchPostingView(loaded.feed.postings);
    this.keepLater(shown);
  }

  private forgetPostingFiles() {
    this.wholePostings.clear();
    this.detailsAsked.clear();
    this.detailsFailed.clear();
  }

  /** Keeps what the network gave, after the frame that shows it: off the first cards' way. */
  private keepLater(shown: ShownFeed) {
    const kept = this.toKeep.get(shown);
    if (!kept) return;
    this.toKeep.delete(shown);
    requestAnimationFrame(() => setTimeout(() => void writeKeep(kept)));
  }

  /**
   * After Try again, unless the reader has gone elsewhere: a new failure focuses its Try again
   * (the error box, or the notice over kept postings); success, what it brought back.
   */
  private focusAfterRetry(state: FeedState) {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    if (active && active.getAttribute('part') !== 'retry') return;
    const failedAgain = state.status === 'failed' || (state.status === 'loaded' && state.refreshError !== undefined);
    if (failedAgain) this.renderRoot.querySelector<HTMLElement>('[part="retry"]')?.focus();
    else void this.focusFirst();
  }

  private async focusFirst() {
    await this.updateComplete;
    const posting = this.renderRoot.querySelector('careers-job-posting');
    if (posting) await posting.focusHeading();
    else await this.focusCard(this.renderRoot.querySelector('careers-job-card')?.getAttribute('data-id') ?? null);
  }

  /**
   * The code and words a posting needs, so that opening one waits for nothing more; asked for
   * after the frame that paints the first cards, so that nothing competes with the feed.
   */
  private prefetchPostingView(postings: Posting[]) {
    requestAnimationFrame(() =>
      setTimeout(() => {
        ensureDefined('careers-job-posting').catch(() => {}); // opening a posting asks again, and shows the failure
        for (const locale of new Set(postings.map((posting) => matchLocale(posting.lang)))) if (locale) void loadLocale(locale);
      }),
    );
  }

  private handleLoadError(error: unknown) {
    if (error instanceof FeedLoadError) {
      this.dispatchEvent(new CareersErrorEvent(error.code, error.message));
    } else if (!(error instanceof DOMException && error.name === 'AbortError')) {
      this.dispatchEvent(new CareersErrorEvent('format', String(error)));
    }
  }

  private readonly handleLocationChange = () => {
    this.moveFocus = true;
    this.syncWithLocation();
  };

  private handleOpen(event: CareersOpenEvent) {
    event.preventDefault();
    this.moveFocus = true;
    this.navigate(event.detail.id);
  }

  private handleBack(event: Event) {
    event.preventDefault();
    this.moveFocus = true;
    const cameFromList = (history.state as { careersList?: string } | null)?.careersList === this.routeKey;
    if (this.routing === 'hash' && cameFromList) history.back();
    else this.navigate(null);
  }

  private handleRetry() {
    this.retrying = true;
    void this.feedController.run();
  }

  private handleToggleFilters() {
    this.filtersOpen = !this.filtersOpen;
  }

  /** Opens a posting (or the list, with null), recording it in the page URL unless routing is off. */
  private navigate(postingId: string | null) {
    if (this.routing === 'hash') {
      const state = postingId ? { careersList: this.routeKey } : null;
      history.pushState(state, '', postingId ? this.postingHref(postingId) : this.listUrl);
    }
    this.openId = postingId;
    if (postingId && this.feedController.loaded) this.dispatchEvent(new CareersViewEvent(postingId));
  }

  private async handleShowMore() {
    const firstNew = this.visibleCards;
    this.visibleCards += PAGE_SIZE;
    // Keyboard users continue at the first card that just appeared.
    await this.updateComplete;
    const card = this.renderRoot.querySelectorAll<CareersJobCard>('careers-job-card')[firstNew];
    await card?.updateComplete;
    card?.focus();
  }

  private handleFilter(filters: ReaderFilters) {
    this.filters = filters;
    this.visibleCards = PAGE_SIZE;
    if (this.routing === 'hash') history.replaceState(history.state, '', this.listUrl);
  }

  private syncWithLocation() {
    if (this.routing !== 'hash') return;
    const previous = this.openId;
    const route = readRoute(location.hash, this.routeKey);
    this.openId = route.postingId;
    this.filters = route.filters;
    if (this.openId && this.openId !== previous && this.feedController.loaded) {
      this.dispatchEvent(new CareersViewEvent(this.openId));
    }
  }

  private get routeKey() {
    return this.id || DEFAULT_ROUTE_KEY;
  }

  /** The list's URL: the page, plus the reader's filters when there are any. */
  private get listUrl() {
    return location.pathname + location.search + (hasFilters(this.filters) ? routeFragment(this.routeKey, null, this.filters) : '');
  }

  private scrollIntoViewIfAbove() {
    if (this.getBoundingClientRect().top < 0) this.scrollIntoView({ block: 'start' });
  }

  // The notice's live region is there from the first render, so that what it says is announced.
  override render() {
    const { state } = this.feedController;
    return html`<div part="base">
      <div aria-live="polite">${this.wordsReady && state.status === 'loaded' ? this.renderNotice(state) : nothing}</div>
      ${this.wordsReady ? this.renderState(state) : this.renderPlaceholders()}
    </div>`;
  }

  private renderState(state: FeedState) {
    switch (state.status) {
      case 'loading':
        return this.renderLoading();
      case 'loaded':
        return this.renderFeed(state.shown);
      case 'failed':
        return this.renderError(state.error);
    }
  }

  private renderLoading() {
    return html`<p part="status" role="status">${msg('Loading open positions…')}</p>
      ${this.renderPlaceholders()}`;
  }

  private renderPlaceholders() {
    return html`<div class="placeholders" ?data-limited=${this.limit > 0} aria-hidden="true">
      ${Array.from({ length: this.limit > 0 ? Math.min(this.limit, PLACEHOLDERS) : PLACEHOLDERS }, () => html`<div class="placeholder"></div>`)}
    </div>`;
  }

  /** The page's slice of the feed (its attributes), as of `now`, preferring the widget's language among translations. */
  private sliceOptions(now: number) {
    const locale = this.locale;
    return {
      slice: { teams: commaList(this.team), locations: commaList(this.location), langs: commaList(this.postingLang) },
      now,
      prefers: (posting: Posting) => matchLocale(posting.lang) === locale,
    };
  }

  // An open posting needs only its translations, not the list's filters, facets and order.
  private findOpenGroup(): TranslationGroup | undefined {
    const loaded = this.feedController.loaded;
    if (!this.openId || !loaded) return undefined;
    return translationsInSlice(loaded.feed.postings, this.sliceOptions(this.now ?? Date.now())).find((group) =>
      group.versions.some((posting) => posting.id === this.openId),
    );
  }

  private renderFeed({ loaded }: ShownFeed) {
    return this.openGroup ? this.renderPosting(this.openGroup, loaded.baseUrl) : this.renderList(loaded);
  }

  /** Over kept postings that could not be refreshed: when they are from, and a Retry. */
  private renderNotice({ shown, refreshError, retrying }: Extract<FeedState, { status: 'loaded' }>) {
    if (refreshError === undefined) return nothing;
    return renderKeptNotice({ keptAt: shown.time, now: this.now ?? Date.now(), locale: this.locale, retrying: !!retrying, onRetry: () => this.handleRetry() });
  }

  private renderList(loaded: LoadedFeed) {
    const locale = this.locale;
    const now = this.now ?? Date.now();
    const listing = listPostings(loaded.feed.postings, {
      ...this.sliceOptions(now),
      filters: this.filters,
      locale,
      limit: this.limit,
      visible: this.visibleCards,
      groupBy: this.groupBy || null,
    });
    return renderListView({
      listing,
      filters: this.filters,
      locale,
      now,
      headingLevel: clampLevel(this.headingLevel, 2),
      layout: this.layout === 'list' ? 'list' : 'grid',
      missingPosting: !!this.openId,
      filtersOpen: this.filtersOpen,
      postingHref: (id) => this.postingHref(id),
      onOpen: (event) => this.handleOpen(event),
      onFilter: (filters) => this.handleFilter(filters),
      onShowMore: () => this.handleShowMore(),
      onIntent: (id) => this.requestDetail(id),
      onToggleFilters: () => this.handleToggleFilters(),
    });
  }

  private renderPosting(group: TranslationGroup, baseUrl: string) {
    const listed = group.versions.find((version) => version.id === this.openId)!;
    const posting = this.whole(listed) ?? listed;
    const translations = group.versions
      .filter((version) => version !== posting)
      .map((version) => ({ id: version.id, lang: version.lang, href: this.postingHref(version.id) }));
    return html`<careers-job-posting
      part="posting"
      .posting=${posting}
      .translations=${translations}
      @careers-open=${this.handleOpen}
      base-url=${baseUrl}
      back-href=${this.listUrl || '/'}
      share-url=${this.postingUrl(posting.id)}
      heading-level=${clampLevel(this.headingLevel, 2)}
      frames=${this.frames === 'none' ? 'none' : 'click'}
      ?body-failed=${this.detailsFailed.has(listed.id)}
      @careers-back=${this.handleBack}
    ></careers-job-posting>`;
  }

  private renderError(error: unknown) {
    return html`<div part="error" role="alert">
      <p>${this.describeError(error)}</p>
      <button part="retry" type="button" @click=${this.handleRetry}>${msg('Try again')}</button>
    </div>`;
  }

  private describeError(error: unknown) {
    const code = error instanceof FeedLoadError ? error.code : 'format';
    switch (code) {
      case 'no-source':
        return msg('No job feed is set for this widget, so there are no positions to show.');
      case 'network':
        return msg('We could not reach the list of open positions. Check your connection and try again.');
      case 'timeout':
        return msg('The list of open positions is taking too long to load. Try again in a moment.');
      case 'http': {
        const status = (error as FeedLoadError).status ?? 0;
        return msg(str`The list of open positions could not be loaded (the server answered ${status}).`);
      }
      case 'too-large':
        return msg('The list of open positions is too large to load.');
      case 'not-json':
      case 'format':
        return msg('The list of open positions is damaged and could not be read.');
      case 'unsupported-version':
        return msg('The list of open positions is in a newer format than this widget understands.');
    }
  }

  private postingHref(postingId: string) {
    return location.pathname + location.search + routeFragment(this.routeKey, postingId, this.filters);
  }

  /** A posting's own absolute URL, without the reader's filters: to share, and for search engines. */
  private postingUrl(postingId: string) {
    return location.origin + location.pathname + location.search + routeFragment(this.routeKey, postingId);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-widget': CareersWidget;
  }
}
