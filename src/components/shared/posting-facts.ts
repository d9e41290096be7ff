import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Posting } from '../../feed/types.js';
import { formatDate, formatDaysAgo } from '../../i18n/format.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * Team, location, employment type and date posted, as list items; missing ones are left out.
 * Given `now`, a recent date is said in words ("3 days ago"); otherwise it is written out.
 */
export function renderFacts(posting: Posting, locale: Locale, now?: number) {
  const when = (now !== undefined && formatDaysAgo(posting.datePosted, locale, now)) || formatDate(posting.datePosted, locale);
  return html`${posting.team ? html`<li><span class="label">${msg('Team')}:</span> ${posting.team}</li>` : nothing}
    ${posting.location ? html`<li><span class="label">${msg('Location')}:</span> ${posting.location}</li>` : nothing}
    ${posting.employmentType ? html`<li>${posting.employmentType}</li>` : nothing}
    <li><time datetime=${posting.datePosted}>${msg(str`Posted ${when}`)}</time></li>`;
}
