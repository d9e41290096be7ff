/**
 * Which postings a list shows, in what order and groups: the page's fixed slice
 * (attributes), the reader's filters and search, expiry, and grouping. Pure: no DOM.
 */
import type { Posting } from './types.js';
import { groupTranslations, type TranslationGroup } from './translations.js';
import { collatorFor } from '../i18n/format.js';
import { matchLocale } from '../i18n/locale.js';

/** A slice a page fixes with attributes: only these teams, locations, posting languages. */
export interface Slice {
  teams: string[];
  locations: string[];
  langs: string[];
}

/** What the reader chose in the controls; empty means "any". */
export interface ReaderFilters {
  team: string;
  location: string;
  lang: string;
  query: string;
}

export const NO_FILTERS: ReaderFilters = { team: '', location: '', lang: '', query: '' };

/** Whether the reader has narrowed the list at all. */
export function hasFilters(filters: ReaderFilters): boolean {
  return Object.values(filters).some(Boolean);
}

export type GroupBy = 'team' | 'location';

const DAY = 24 * 60 * 60 * 1000;

/** Splits a comma list attribute ("Platform, Network") into its values. */
export function commaList(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Lower case without diacritics, so "oslo" finds "Oslo" and "kobenhavn" finds "København". */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae');
}

/** Whether a value, folded, is one of `folded` (values folded once for a whole list). */
function isOneOf(value: string | undefined, folded: string[]): boolean {
  return value !== undefined && folded.includes(foldForSearch(value));
}

// Postings do not change once loaded: each is folded for search once, not on every keystroke.
const searchTexts = new WeakMap<Posting, string>();

function searchText(posting: Posting): string {
  let text = searchTexts.get(posting);
  if (text === undefined) {
    text = foldForSearch([posting.title, posting.intro, posting.team, posting.location].filter(Boolean).join(' '));
    searchTexts.set(posting, text);
  }
  return text;
}

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0];
}

/** When a posting stops being shown: the end of its `validThrough` day, or that instant. */
export function expiresAt(posting: Posting): number | null {
  if (!posting.validThrough) return null;
  const time = Date.parse(posting.validThrough);
  if (Number.isNaN(time)) return null;
  return /^\d{4}-\d{2}-\d{2}$/.test(posting.validThrough) ? time + DAY : time;
}

export function isExpired(posting: Posting, now: number): boolean {
  const end = expiresAt(posting);
  return end !== null && end <= now;
}

/** Whether a posting is recent enough to be marked new. */
export function isNew(posting: Posting, now: number, days = 14): boolean {
  const posted = Date.parse(posting.datePosted);
  return !Number.isNaN(posted) && posted <= now && now - posted < days * DAY;
}

/** The postings a page's slice admits, expired ones left out. */
export function inSlice(postings: Posting[], slice: Slice, now: number): Posting[] {
  const teams = slice.teams.map(foldForSearch);
  const locations = slice.locations.map(foldForSearch);
  const langs = slice.langs.map(primaryLanguage);
  return postings.filter(
    (posting) =>
      !isExpired(posting, now) &&
      (!teams.length || isOneOf(posting.team, teams)) &&
      (!locations.length || isOneOf(posting.location, locations)) &&
      (!langs.length || langs.includes(primaryLanguage(posting.lang))),
  );
}

/**
 * Whether a posting passes the reader's filters and search (every word must match somewhere),
 * with the filters prepared once for a whole list.
 */
function filterMatcher(filters: ReaderFilters): (posting: Posting) => boolean {
  const words = foldForSearch(filters.query).split(/\s+/).filter(Boolean);
  const team = filters.team ? [foldForSearch(filters.team)] : [];
  const location = filters.location ? [foldForSearch(filters.location)] : [];
  const lang = filters.lang && primaryLanguage(filters.lang);
  return (posting) => {
    if (team.length && !isOneOf(posting.team, team)) return false;
    if (location.length && !isOneOf(posting.location, location)) return false;
    if (lang && primaryLanguage(posting.lang) !== lang) return false;
    if (!words.length) return true;
    const haystack = searchText(posting);
    return words.every((word) => haystack.includes(word));
  };
}

/** The distinct values of a field, sorted for the locale: the options of a filter control. */
export function distinctValues(postings: Posting[], field: 'team' | 'location' | 'lang', locale: string): string[] {
  // Keyed by the value as written first: a feed repeats a few values many times, and folding is the slow part.
  const seen = new Set<string>();
  const values = new Map<string, string>();
  for (const posting of postings) {
    const value = field === 'lang' ? primaryLanguage(posting.lang) : posting[field];
    if (!value || seen.has(value)) continue;
    seen.add(value);
    const folded = foldForSearch(value);
    if (!values.has(folded)) values.set(folded, value);
  }
  return [...values.values()].sort(collatorFor(locale).compare);
}

export function newestFirst(postings: Posting[]): Posting[] {
  const time = new Map(postings.map((posting) => [posting, Date.parse(posting.datePosted)]));
  return [...postings].sort((a, b) => time.get(b)! - time.get(a)!);
}

/** Postings that share the value of the field the list is grouped by (`team`, `location`): one heading of the list. */
export interface FieldGroup {
  /** The shared value, or '' for postings without one. */
  value: string;
  postings: Posting[];
}

/** Groups postings (already in order) by a field; groups sorted by name, the unnamed one last. */
export function groupBy(postings: Posting[], field: GroupBy, locale: string): FieldGroup[] {
  const groups = new Map<string, FieldGroup>();
  for (const posting of postings) {
    const value = posting[field] ?? '';
    const key = foldForSearch(value);
    const group = groups.get(key) ?? { value, postings: [] };
    group.postings.push(posting);
    groups.set(key, group);
  }
  const { compare } = collatorFor(locale);
  return [...groups.values()].sort((a, b) => (!a.value ? 1 : !b.value ? -1 : compare(a.value, b.value)));
}

export interface ListingOptions {
  slice: Slice;
  filters: ReaderFilters;
  now: number;
  locale: string;
  /** The reader's language: among translations, the version to show. */
  prefers: (posting: Posting) => boolean;
  /** At most this many cards (0: no limit). */
  limit: number;
  /** How many of those to render now; the rest wait behind "show more". */
  visible: number;
  groupBy: GroupBy | null;
}

export interface Listing {
  /** Every listed posting in the page's slice, grouped with its translations. */
  translations: TranslationGroup[];
  /** The values the reader can filter by, from the slice. */
  facets: { teams: string[]; locations: string[]; langs: string[] };
  /** How many cards match the reader's filters, before `limit`. */
  matchCount: number;
  /** The cards to show: newest first, grouped when asked, at most `limit` and `visible`. */
  groups: FieldGroup[];
  /** Cards within `limit` not rendered yet. */
  more: number;
}

/**
 * The postings of the page's slice grouped with their translations: all an open posting needs
 * (the rest of listPostings — filters, facets, order — is the list's alone).
 */
export function translationsInSlice(postings: Posting[], options: Pick<ListingOptions, 'slice' | 'now' | 'prefers'>): TranslationGroup[] {
  return groupTranslations(inSlice(postings, options.slice, options.now), options.prefers);
}

/** A page's slice from its attributes (comma lists), as of `now`, preferring the postings in `locale` among translations. */
export function sliceOptions(page: { team: string; location: string; postingLang: string }, locale: string, now: number): Pick<ListingOptions, 'slice' | 'now' | 'prefers'> {
  const slice = { teams: commaList(page.team), locations: commaList(page.location), langs: commaList(page.postingLang) };
  return { slice, now, prefers: (posting) => matchLocale(posting.lang) === locale };
}

/** The open posting `id` with its translations, among the page's slice; undefined when the slice has no such posting. */
export function openTranslations(postings: Posting[], id: string, options: Pick<ListingOptions, 'slice' | 'now' | 'prefers'>): TranslationGroup | undefined {
  return translationsInSlice(postings, options).find((group) => group.versions.some((posting) => posting.id === id));
}

/** How many cards the listed postings of the page's slice make (translations share one), at most `limit` (0: no limit). */
export function cardCount(postings: Posting[], options: Pick<ListingOptions, 'slice' | 'now' | 'prefers' | 'limit'>): number {
  const cards = translationsInSlice(postings.filter((posting) => posting.listed !== false), options).length;
  return options.limit > 0 ? Math.min(options.limit, cards) : cards;
}

/** Everything a list view shows, from the feed's postings and the page's and reader's choices. */
export function listPostings(postings: Posting[], options: ListingOptions): Listing {
  const { filters, locale } = options;
  // A posting the site lists nowhere is not a card: it opens by its own link (translationsInSlice).
  const slice = inSlice(postings, options.slice, options.now).filter((posting) => posting.listed !== false);
  const translations = groupTranslations(slice, options.prefers);
  const readable = filters.lang ? slice.filter(filterMatcher({ ...NO_FILTERS, lang: filters.lang })) : slice;
  const langPreference = filters.lang ? (posting: Posting) => primaryLanguage(posting.lang) === primaryLanguage(filters.lang) : options.prefers;
  // Without a language filter the groups are those of the slice, already made.
  const candidates = filters.lang ? groupTranslations(readable, langPreference) : translations;
  const matches = newestFirst(
    candidates
      .map((group) => group.shown)
      .filter(filterMatcher({ ...filters, lang: '' })),
  );
  const allowed = options.limit > 0 ? matches.slice(0, options.limit) : matches;
  const shown = allowed.slice(0, options.visible);
  return {
    translations,
    facets: {
      teams: distinctValues(slice, 'team', locale),
      locations: distinctValues(slice, 'location', locale),
      langs: distinctValues(slice, 'lang', locale),
    },
    matchCount: matches.length,
    groups: options.groupBy ? groupBy(shown, options.groupBy, locale) : [{ value: '', postings: shown }],
    more: allowed.length - shown.length,
  };
}
