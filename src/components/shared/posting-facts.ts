import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Posting } from '../../feed/types.js';
import { daysSince, formatDate, formatNumber, pluralOf } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';
import { renderIcon } from './icon.js';

/** Up to this many days a date is said in words ("Posted 3 days ago"); from then on it is written out. */
export const RELATIVE_DAYS = 14;

/**
 * Team, location and employment type as list items, each with its icon and, for screen readers,
 * its label ("Team: Platform"; "Full time" says what it is); missing ones are left out. One look
 * for every card and posting.
 */
export function renderFacts(posting: Posting) {
  return html`${posting.team ? fact('team', msg('Team'), posting.team) : nothing}
  ${posting.location ? fact('location', msg('Location'), posting.location) : nothing}
  ${posting.employmentType ? fact('employment', '', posting.employmentType) : nothing}`;
}

/** Whether the posting has any fact renderFacts shows. */
export function hasFacts(posting: Posting): boolean {
  return Boolean(posting.team || posting.location || posting.employmentType);
}

function fact(icon: 'team' | 'location' | 'employment', label: string, value: string) {
  return html`<li class="fact">${renderIcon(icon)}<span>${label ? html`<span class="label visually-hidden">${label}:</span> ` : nothing}${value}</span></li>`;
}

/** When the posting was published, with its icon: in words when recent as of `now`, else the date. */
export function renderPosted(posting: Posting, locale: Locale, now?: number) {
  return html`<time class="fact" datetime=${posting.datePosted}>${renderIcon('date')}<span>${describePosted(posting.datePosted, locale, now)}</span></time>`;
}

/**
 * "Posted today", "Posted yesterday", "Posted 3 days ago" (the locale's plural rules), or "Posted
 * 18 Nov 2026" from about two weeks on, for a future date, or without `now`. Our own messages,
 * not Intl.RelativeTimeFormat: CLDR's Norwegian says "for 7 døgn siden", which no careers site writes.
 */
export function describePosted(datePosted: string, locale: Locale, now?: number): string {
  const days = now === undefined ? null : daysSince(datePosted, now);
  if (days === 0) return msg('Posted today');
  if (days === 1) return msg('Posted yesterday');
  if (days !== null && days > 1 && days < RELATIVE_DAYS) {
    const count = formatNumber(days, locale);
    return pluralOf(days, locale) === 'one' ? msg(str`Posted ${count} day ago`) : msg(str`Posted ${count} days ago`);
  }
  const when = formatDate(datePosted, locale);
  return msg(str`Posted ${when}`);
}

/** Facts in a row: a muted icon beside each, wrapping as whole facts. */
export const factStyles = css`
  .fact {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.4em;
    min-width: 0;
  }
  .fact .icon {
    width: 1.125em;
    height: 1.125em;
    margin-top: calc((1lh - 1.125em) / 2);
    stroke-width: 1.75;
  }
`;
