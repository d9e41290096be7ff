import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { Posting } from '../../feed/types.js';
import { formatDate } from './format-date.js';

/** Team, location, employment type and date posted, as list items; missing ones are left out. */
export function renderFacts(posting: Posting, locale: string) {
  return html`${posting.team ? html`<li><span class="label">${msg('Team')}:</span> ${posting.team}</li>` : nothing}
    ${posting.location ? html`<li><span class="label">${msg('Location')}:</span> ${posting.location}</li>` : nothing}
    ${posting.employmentType ? html`<li>${posting.employmentType}</li>` : nothing}
    <li>${msg('Posted')} <time datetime=${posting.datePosted}>${formatDate(posting.datePosted, locale)}</time></li>`;
}
