import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { NO_FILTERS, hasFilters, isNew, type Listing, type ReaderFilters } from '../../feed/listing.js';
import { formatNumber, pluralOf } from '../../i18n/format.js';
import { languageName } from '../../i18n/locale.js';
import type { CareersOpenEvent } from '../../events.js';

/** Cards rendered at a time: enough to fill a screen, few enough to render in one short task. */
export const PAGE_SIZE = 24;

/** What the list view shows and how it reports the reader's actions to the widget. */
export interface ListView {
  listing: Listing;
  filters: ReaderFilters;
  locale: string;
  now: number;
  headingLevel: number;
  /** `grid`: cards; `list`: one row per posting. */
  layout: 'grid' | 'list';
  /** A deep link named a posting the feed no longer has. */
  missingPosting: boolean;
  /** Whether the "Filters" disclosure of a narrow widget is open. */
  filtersOpen: boolean;
  postingHref(id: string): string;
  onOpen(event: CareersOpenEvent): void;
  onFilter(filters: ReaderFilters): void;
  onShowMore(): void;
  /** The reader points at or focuses a card: its posting may open next. */
  onIntent(id: string): void;
  onToggleFilters(): void;
}

export function renderListView(view: ListView) {
  const { listing, filters } = view;
  // No notice that the posting is gone above "there are none": that says it already.
  if (!listing.translations.length) return html`<p part="status" class="empty">${msg('There are no open positions right now.')}</p>`;
  const notice = view.missingPosting
    ? html`<p part="status" role="status">${msg('That position is no longer open. Here are the current ones.')}</p>`
    : nothing;
  return html`${notice}${renderControls(view)}
    <p part="count" role="status">${describeCount(listing.matchCount, view.locale)}</p>
    ${listing.matchCount
      ? html`${listing.groups.map((group) => renderGroup(view, group.value, group.postings, listing.groups.length > 1))}
        ${listing.more
          ? html`<button part="show-more" type="button" @click=${view.onShowMore}>
              ${msg(str`Show ${formatNumber(Math.min(listing.more, PAGE_SIZE), view.locale)} more`)}
            </button>`
          : nothing}`
      : html`<div part="no-match">
          <p>${msg('No positions match your search.')}</p>
          ${hasFilters(filters) ? html`<button part="clear" type="button" @click=${() => view.onFilter(NO_FILTERS)}>${msg('Clear filters')}</button>` : nothing}
        </div>`}`;
}

function renderGroup(view: ListView, name: string, postings: Listing['groups'][number]['postings'], grouped: boolean) {
  const cardLevel = Math.min(6, view.headingLevel + (grouped ? 1 : 0));
  const intent = (event: Event) => {
    const id = (event.target as Element).closest<HTMLElement>('careers-job-card')?.dataset.id;
    if (id) view.onIntent(id);
  };
  // Cards keyed by posting: when a refresh changes the list, a focused card stays its posting's.
  const list = html`<ul part="list" role="list" data-layout=${view.layout} @pointerover=${intent} @focusin=${intent}>
    ${repeat(
      postings,
      (posting) => posting.id,
      (posting) => html`<li>
        <careers-job-card
          part="card"
          exportparts="base: card-base, title: card-title, link: card-link, intro: card-intro, meta: card-meta, footer: card-footer, date: card-date, badge: card-badge"
          data-id=${posting.id}
          .posting=${posting}
          .now=${view.now}
          ?new=${isNew(posting, view.now)}
          href=${view.postingHref(posting.id)}
          heading-level=${cardLevel}
          layout=${view.layout}
          @careers-open=${view.onOpen}
        ></careers-job-card>
      </li>`,
    )}
  </ul>`;
  if (!grouped) return list;
  return html`<section part="group">
    <div part="group-heading" role="heading" aria-level=${view.headingLevel}>${name || msg('Other positions')}</div>
    ${list}
  </section>`;
}

/**
 * Search and a select per facet. In a narrow widget (a phone, a sidebar) the selects fold into
 * one "Filters" disclosure beside the search, which says how many are set (CSS decides, by the
 * widget's own width: careers-widget.styles.ts).
 */
function renderControls(view: ListView) {
  const { facets } = view.listing;
  const { filters } = view;
  const searchable = view.listing.translations.length > 1;
  const change = (field: keyof ReaderFilters) => (event: Event) =>
    view.onFilter({ ...filters, [field]: (event.target as HTMLInputElement | HTMLSelectElement).value });
  const choice = (field: 'team' | 'location' | 'lang', label: string, any: string, values: string[], name = (value: string) => value) =>
    values.length > 1
      ? html`<label class="control">
          <span class="control-label">${label}</span>
          <select part="filter" @change=${change(field)}>
            <option value="" ?selected=${!filters[field]}>${any}</option>
            ${values.map((value) => html`<option value=${value} ?selected=${filters[field] === value}>${name(value)}</option>`)}
          </select>
        </label>`
      : nothing;
  const selects = [facets.teams, facets.locations, facets.langs].some((values) => values.length > 1);
  if (!searchable && !selects) return nothing;
  return html`<div part="filters" role="search" aria-label=${msg('Find a position')}>
    ${searchable
      ? html`<label class="control search">
          <span class="control-label">${msg('Search')}</span>
          <input part="search" type="search" .value=${filters.query} @input=${change('query')} />
        </label>`
      : nothing}
    ${selects ? renderFiltersToggle(view) : nothing}
    ${selects
      ? html`<div id="filter-panel" class="filter-panel" ?data-open=${view.filtersOpen}>
          ${choice('team', msg('Team'), msg('All teams'), facets.teams)}
          ${choice('location', msg('Location'), msg('All locations'), facets.locations)}
          ${choice('lang', msg('Language'), msg('All languages'), facets.langs, languageName)}
        </div>`
      : nothing}
  </div>`;
}

/** "Filters", and how many are set: "Filters (2)". */
function renderFiltersToggle(view: ListView) {
  const active = [view.filters.team, view.filters.location, view.filters.lang].filter(Boolean).length;
  return html`<button part="filters-toggle" type="button" aria-expanded=${view.filtersOpen ? 'true' : 'false'} aria-controls="filter-panel" @click=${view.onToggleFilters}>
    ${msg('Filters')}${active ? ` (${formatNumber(active, view.locale)})` : ''}
  </button>`;
}

function describeCount(count: number, locale: string) {
  const number = formatNumber(count, locale);
  return pluralOf(count, locale) === 'one' ? msg(str`${number} open position`) : msg(str`${number} open positions`);
}
