import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import { property } from 'lit/decorators.js';
import type { Posting } from '../../feed/types.js';
import { CareersOpenEvent } from '../../events.js';
import { hasFacts, renderFacts, renderPosted } from '../shared/posting-facts.js';
import { clampLevel } from '../shared/heading.js';
import { isPlainClick } from '../shared/plain-click.js';
import { safeUrl } from '../../security/url-policy.js';
import { jobCardStyles } from './careers-job-card.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/**
 * One posting in the list: its title as a real link to the posting, the intro, the facts
 * (team, location, employment type) and, last, the date posted with the "New" badge. As a card
 * (the default) it fills its grid cell, so the cards of a row are equally tall, with the date
 * and badge on its bottom line; with `layout="list"` it is one row (title, facts, date).
 *
 * @tagname careers-job-card
 * @fires careers-open - A plain click on the title link; cancelled by a widget that opens the posting in place (not composed).
 * @csspart base - The card's box.
 * @csspart title - The heading that holds the link.
 * @csspart link - The link to the posting; the whole card is its click target.
 * @csspart intro - The intro text.
 * @csspart meta - The list of facts.
 * @csspart footer - The bottom line: date posted and badge.
 * @csspart date - The date posted.
 * @csspart badge - The "New" badge.
 * @cssprop --careers-color-surface - Card background.
 * @cssprop --careers-color-border - Card border.
 * @cssprop --careers-color-accent - Link colour and hover border.
 * @cssprop --careers-color-muted - Colour of the facts.
 * @cssprop --careers-radius - Corner radius.
 * @cssprop --careers-space - Inner spacing.
 * @cssprop --careers-title-size - Title font size.
 * @cssprop --careers-color-divider - The line between rows (`layout="list"`).
 */
export class CareersJobCard extends LocalizedElement {
  static override styles = jobCardStyles;
  static override shadowRootOptions = { ...LocalizedElement.shadowRootOptions, delegatesFocus: true };

  /** The posting to show. */
  @property({ attribute: false }) posting?: Posting;

  /** Where the title link points: the posting's own URL. */
  @property() href = '';

  /** Marks the posting as new (the widget sets it for postings under 14 days old). */
  @property({ type: Boolean, reflect: true, attribute: 'new' }) isNew = false;

  /** The time "now" for the relative date (ms since 1970); the real time when unset. */
  @property({ attribute: false }) now?: number;

  /** The heading level of the title, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** `grid` (default): a card; `list`: one row of a list, without the intro. */
  @property({ reflect: true }) layout: 'grid' | 'list' = 'grid';

  private handleLinkClick(event: MouseEvent) {
    if (!this.posting || !isPlainClick(event)) return;
    const open = new CareersOpenEvent(this.posting.id);
    this.dispatchEvent(open);
    if (open.defaultPrevented) event.preventDefault();
  }

  override render() {
    const posting = this.posting;
    if (!posting) return nothing;
    const href = (this.href && safeUrl(this.href, document.baseURI, 'link')) || `#${posting.id}`;
    return html`<article part="base" lang=${posting.lang}>
      <div part="title" role="heading" aria-level=${clampLevel(this.headingLevel, 2)}>
        <a part="link" href=${href} @click=${this.handleLinkClick}>${posting.title}</a>
      </div>
      ${posting.intro && this.layout !== 'list' ? html`<p part="intro">${posting.intro}</p>` : nothing}
      ${hasFacts(posting) ? html`<ul part="meta" role="list">${renderFacts(posting)}</ul>` : nothing}
      <div part="footer">
        <span part="date">${renderPosted(posting, this.locale, this.now ?? Date.now())}</span>
        ${this.isNew ? html`<span part="badge">${msg('New')}</span>` : nothing}
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-job-card': CareersJobCard;
  }
}
