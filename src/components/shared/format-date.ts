/**
 * A feed date in the reader's locale. Date-only values name a calendar day, not an instant,
 * so they are formatted in UTC to keep the day from shifting in western time zones.
 */
export function formatDate(value: string, locale: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', ...(dateOnly && { timeZone: 'UTC' }) }).format(date);
}
