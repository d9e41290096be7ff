import { type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Feed } from '../../feed/types.js';
import { DEFAULT_TIMEOUT_MS } from '../../feed/load.js';
import { CareersViewEvent } from '../../events.js';
import { RouteController, type Routing } from '../../routing/route-controller.js';
import type { TranslationGroup } from '../../feed/translations.js';
import { cardCount, listPostings, openTranslations, sliceOptions, type GroupBy, type ReaderFilters } from '../../feed/listing.js';
import { localeChanges } from '../../i18n/localization.js';
import { clampLevel } from '../shared/heading.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { ensureDefined } from '../shared/lazy-definitions.js';
import { widgetStyles } from './careers-widget.styles.js';
import { hostGuardStyles } from './host-guard.styles.js';
import { PAGE_SIZE, renderListView } from './list-view.js';
import type { ShownFeed } from './feed-controller.js';
import { FeedSource, nowOf } from './feed-source.js';
import { renderPostingView, startStructuredData, structuredDataOf } from './posting-view.js';
import { renderWidget } from './status-view.js';
import { focusCard, focusCardAt, focusPosting } from './focus.js';

/**
 * The careers widget: loads a feed, lists its postings newest first and opens one in
 * place. An open posting has its own URL (a fragment), so Back returns to the list and a
 * shared link opens the same posting.
 *
 * @tagname careers-widget
 * @attr lang - The language of the widget's messages and the preferred language of postings: en, nb, sv or da (nb-NO, no, nn → nb). Without it: the nearest ancestor's `lang`, then the browser's languages, then English.
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

  // Renders before its messages arrive, but only the placeholders: the space is kept, nothing is said.
  protected override waitsForMessages = false;

  @state() private visibleCards = PAGE_SIZE;

  @state() private filtersOpen = false;

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

  /** `light` or `dark` force a colour scheme, `auto` follows the reader's system setting; without it the widget follows the host page's `color-scheme` (light unless the page says otherwise). */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** `none`: frames a posting embeds (videos, application forms) are offered as links that open a new tab, never loaded in the page. By default each is a card that loads it when the reader asks. */
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

  /** Describes the open posting to search engines as a schema.org JobPosting (JSON-LD in the document head). Turn it on on the company's own careers page, not on partner pages. */
  @property({ type: Boolean, attribute: 'structured-data' }) structuredData = false;

  /** `none` turns the keep off: no copy of the feed is read or written on this page's origin, and one kept earlier is forgotten. Any other value, or none, keeps the last good feed. */
  @property() cache = '';

  /** How old a kept feed may be and still be shown: seconds, or a number with a unit (`12h`, `7d`); default 7 days. */
  @property({ attribute: 'max-stale' }) maxStale = '';

  /** The time "now" for the new badge, expiry, relative dates and the keep's age (ms since 1970); the real time when unset. */
  @property({ attribute: false }) now?: number;

  readonly #feeds = new FeedSource(this, {
    cards: (postings) => cardCount(postings, { ...sliceOptions(this, this.locale, nowOf(this)), limit: this.limit }),
    openId: () => this.#route.openId,
  });
  readonly #route = new RouteController(this, {
    onOpened: (id) => this.#feeds.loaded && this.dispatchEvent(new CareersViewEvent(id)),
    onNavigated: (openId, previous) => void (openId ? focusPosting(this) : focusCard(this, previous)),
  });

  /** The open posting with its translations, among those the page shows: for the view and the JSON-LD alike. */
  #openGroup?: TranslationGroup;

  // The JSON-LD code loads only on pages that turn structured data on.
  #structuredDataStarted = false;

  override attributeChangedCallback(name: string, previous: string | null, value: string | null) {
    super.attributeChangedCallback(name, previous, value);
    if (name !== 'lang' || previous === value) return;
    this.requestUpdate();
    // The widget's elements inherit its lang: tell them it changed.
    localeChanges.dispatchEvent(new Event('change'));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    const { openId } = this.#route;
    const { loaded } = this.#feeds;
    // An open posting needs only its translations, not the list's filters, facets and order.
    this.#openGroup = openId && loaded ? openTranslations(loaded.feed.postings, openId, sliceOptions(this, this.locale, nowOf(this))) : undefined;
    if (openId) void ensureDefined('careers-job-posting');
    // A list-only feed's posting file, on opening (again, after a failure), not on every update.
    if (openId && this.#route.openChanged) this.#feeds.details.request(openId);
    if (!this.structuredData || this.#structuredDataStarted) return;
    this.#structuredDataStarted = true;
    void startStructuredData(this, () => structuredDataOf({ on: this.structuredData, group: this.#openGroup, loaded: this.#feeds.loaded, route: this.#route, details: this.#feeds.details }));
  }

  override render() {
    const status = { ready: this.messagesReady, limit: this.limit, now: nowOf(this), locale: this.locale, onRetry: this.#feeds.retry };
    return renderWidget(this.#feeds.state, status, (shown) => this.#renderFeed(shown));
  }

  #renderFeed({ loaded }: ShownFeed) {
    const route = this.#route;
    const { locale } = this;
    const headingLevel = clampLevel(this.headingLevel, 2);
    const frames = this.frames === 'none' ? 'none' : 'click';
    if (this.#openGroup) return renderPostingView({ group: this.#openGroup, route, details: this.#feeds.details, baseUrl: loaded.baseUrl, headingLevel, frames, onOpen: route.openFrom });
    const now = nowOf(this);
    const listing = listPostings(loaded.feed.postings, { ...sliceOptions(this, locale, now), filters: route.filters, locale, limit: this.limit, visible: this.visibleCards, groupBy: this.groupBy || null });
    return renderListView({
      listing, filters: route.filters, locale, now, headingLevel, layout: this.layout === 'list' ? 'list' : 'grid', missingPosting: !!route.openId,
      filtersOpen: this.filtersOpen, postingHref: route.postingHref, onOpen: route.openFrom, onIntent: this.#feeds.details.request,
      onToggleFilters: () => (this.filtersOpen = !this.filtersOpen),
      onFilter: (filters: ReaderFilters) => {
        route.filter(filters);
        this.visibleCards = PAGE_SIZE;
      },
      onShowMore: () => {
        // Keyboard users continue at the first card that just appeared.
        const firstNew = this.visibleCards;
        this.visibleCards += PAGE_SIZE;
        void focusCardAt(this, firstNew);
      },
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-widget': CareersWidget;
  }
}
