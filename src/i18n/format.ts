/** Dates, counts and collation in a locale, with Intl only. */

const DAY = 24 * 60 * 60 * 1000;

/** Parses a feed date. Date-only values name a calendar day, read as UTC midnight. */
function parseFeedDate(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function isDateOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

type IntlService = Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules | Intl.Collator;

// Intl formatters are costly to build and a list formats hundreds of dates: build each once.
const formatters = new Map<string, IntlService>();

function cached<T extends IntlService>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A feed date as a calendar date ("18 Nov 2026", "18. nov. 2026"); date-only values never shift a day. */
export function formatDate(value: string, locale: string): string {
  const date = parseFeedDate(value);
  if (!date) return value;
  const utc = isDateOnly(value);
  return cached(`date:${locale}:${utc}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(utc && { timeZone: 'UTC' }) })).format(date);
}

/**
 * How many calendar days ago a feed date was, as of `now` (0: today), in the reader's time zone
 * for date-times; null for an unreadable date. Negative for a date still to come.
 */
export function daysSince(value: string, now: number): number | null {
  const date = parseFeedDate(value);
  if (!date) return null;
  const today = Date.UTC(new Date(now).getFullYear(), new Date(now).getMonth(), new Date(now).getDate());
  const day = isDateOnly(value) ? date.getTime() : Date.UTC(date.getFullYear(), date.getMonth(), date.getDate());
  return Math.round((today - day) / DAY);
}

/** A whole number as the locale writes it ("1 000", "1,000"). */
export function formatNumber(value: number, locale: string): string {
  return cached(`number:${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** The plural category of a count in a locale: "one", "other", … */
export function pluralOf(count: number, locale: string): Intl.LDMLPluralRule {
  return cached(`plural:${locale}`, () => new Intl.PluralRules(locale)).select(count);
}

/** The locale's collation, to sort names ("Økonomi" after "Platform" in Norwegian). */
export function collatorFor(locale: string): Intl.Collator {
  return cached(`collator:${locale}`, () => new Intl.Collator(locale));
}

/**
 * Builds a locale's formatters and collation ahead of need, while the feed is on its way: the
 * first of each kind costs several milliseconds, which would otherwise lengthen the task that
 * shows the list.
 */
export function prepareFormatters(locale: string) {
  formatNumber(0, locale);
  pluralOf(0, locale);
  formatDate('2000-01-01', locale);
  collatorFor(locale).compare('a', 'b');
}
