import { html } from 'lit';
import { msg, str } from '@lit/localize';
import { formatNumber, pluralOf } from '../../i18n/format.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The note over kept postings that could not be refreshed: what it says, and its Retry. */
export interface KeptNotice {
  /** When the network last gave or confirmed the kept feed (ms since 1970). */
  keptAt: number;
  now: number;
  locale: string;
  /** The reader's Retry is on its way. */
  retrying: boolean;
  onRetry(): void;
}

/** When they are from, that they could not be refreshed, and a Retry; in the widget's polite live region. */
export function renderKeptNotice(notice: KeptNotice) {
  const said = notice.retrying ? msg('Refreshing the list…') : html`${describeAge(notice.keptAt, notice.now, notice.locale)} ${msg('It could not be refreshed just now.')}`;
  return html`<div part="notice">
    <p>${said}</p>
    <button part="retry" type="button" @click=${notice.onRetry}>${msg('Try again')}</button>
  </div>`;
}

/**
 * "This list was last updated 5 minutes ago" (hours, days): our own messages with the locale's
 * plural rules, as for the posting dates, not Intl.RelativeTimeFormat. Never under a minute.
 */
export function describeAge(keptAt: number, now: number, locale: string): string {
  const age = Math.max(MINUTE, now - keptAt);
  const [unit, value] = age < HOUR ? ['minute', age / MINUTE] : age < DAY ? ['hour', age / HOUR] : ['day', age / DAY];
  const whole = Math.floor(value);
  const count = formatNumber(whole, locale);
  const one = pluralOf(whole, locale) === 'one';
  if (unit === 'minute') return one ? msg(str`This list was last updated ${count} minute ago.`) : msg(str`This list was last updated ${count} minutes ago.`);
  if (unit === 'hour') return one ? msg(str`This list was last updated ${count} hour ago.`) : msg(str`This list was last updated ${count} hours ago.`);
  return one ? msg(str`This list was last updated ${count} day ago.`) : msg(str`This list was last updated ${count} days ago.`);
}
