import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import type { Posting } from '../../feed/types.js';
import { CareersBackEvent, CareersOpenEvent } from '../../events.js';
import { languageName } from '../../i18n/locale.js';
import { safeUrl } from '../../security/url-policy.js';
import { renderBody } from '../../content/render/render-body.js';
import { BODY_ELEMENTS } from '../../content/render/body-elements.js';
import { clampLevel } from '../shared/heading.js';
import { renderIcon } from '../shared/icon.js';
import { isPlainClick } from '../shared/plain-click.js';
import { hasFacts, renderFacts, renderPosted } from '../shared/posting-facts.js';
import type { CareersAccordion } from '../careers-accordion/careers-accordion.js';
import { jobPostingStyles } from './careers-job-posting.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/** A link to another language version of the posting. */
export interface TranslationLink {
  id: string;
  lang: string;
  href: string;
}


/**
 * One whole posting: title, facts, the apply button and the rendered body (Markdown and
 * Hugo shortcodes, sanitised), with a way back to the list. Running text keeps to a reading
 * measure (`--careers-measure`). Body headings are sized by their role below the title
 * (section, subsection, minor), whatever `heading-level` makes their tags.
 *
 * @tagname careers-job-posting
 * @fires careers-back - A plain click on the back link; cancelled by a widget that returns to its list in place (not composed).
 * @csspart back - The link back to the list.
 * @csspart title - The posting's title (focused when the posting opens).
 * @csspart meta - The facts: team, location, employment type, date.
 * @csspart image - The posting's image.
 * @csspart body - The rendered body.
 * @csspart translations - The links to the posting in other languages.
 * @csspart share - The "Copy link" button and its status.
 * @csspart copy-link - The "Copy link" button.
 * @csspart copy-status - Its confirmation ("Link copied"), announced to screen readers.
 * @csspart site-link - The link to the posting's page on the company's site (the feed's `url`).
 * @cssprop --careers-color-accent - Links and action buttons.
 * @cssprop --careers-color-muted - Colour of the facts.
 * @cssprop --careers-color-subtle - Background of notes and code.
 * @cssprop --careers-posting-title-size - The posting's title (default 2em of the text size).
 * @cssprop --careers-section-heading-size - Body headings one level below the title (default 1.5em).
 * @cssprop --careers-subsection-heading-size - Body headings two levels below (default 1.25em).
 * @cssprop --careers-minor-heading-size - Body headings further below (default 1.0625em).
 * @cssprop --careers-heading-line-height - Line height of headings (default 1.25).
 * @cssprop --careers-measure - The longest line of running text (default 55ch: about 65–75 characters in common fonts); tables, code and images may be wider.
 */
export class CareersJobPosting extends LocalizedElement {
  static override styles = jobPostingStyles;

  @state() private body?: DocumentFragment;

  @state() private copyState: 'idle' | 'copied' | 'manual' = 'idle';

  /** An image URL that failed to load: left out, as Chromium shows nothing there and WebKit its broken-image icon. */
  @state() private brokenImage?: string;

  /** The title's level as rendered: body headings are sized by how far below it they sit. */
  private get titleLevel() {
    return clampLevel(this.headingLevel, 2);
  }

  /** The posting to show. */
  @property({ attribute: false }) posting?: Posting;

  /** The URL relative links in the posting resolve against: the feed's URL. Defaults to the page. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** The heading level of the title; the body's headings nest below it. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** Other language versions of this posting, offered as links labelled in their own language. */
  @property({ attribute: false }) translations: TranslationLink[] = [];

  /** The posting's own link, offered by a "Copy link" button. Without it there is no button. */
  @property({ attribute: 'share-url' }) shareUrl = '';

  /** Where the back link points: the list's URL. Without it there is no back link. */
  @property({ attribute: 'back-href' }) backHref = '';

  /** `none`: frames the posting embeds (videos, forms) are offered as links only, never loaded here. */
  @property() frames: 'click' | 'none' = 'click';

  /** A posting without its body (a list-only feed's) whose file could not be loaded: says so. */
  @property({ type: Boolean, attribute: 'body-failed' }) bodyFailed = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    super.willUpdate(changed);
    if (changed.has('posting') || changed.has('baseUrl') || changed.has('headingLevel') || changed.has('frames')) this.renderBody();
    if (changed.has('posting') || changed.has('shareUrl')) this.copyState = 'idle';
  }

  private renderBody() {
    const posting = this.posting;
    // Without its body (a list-only feed's posting), the body waits for the widget to bring it.
    if (posting?.body === undefined) {
      this.body = undefined;
      return;
    }
    const result = renderBody(posting.body, {
      baseUrl: this.baseUrl || document.baseURI,
      postingId: posting.id,
      headingLevel: this.titleLevel,
      button: posting.button,
      frames: this.frames === 'none' ? 'none' : 'click',
    });
    // A body with raw HTML waits for the sanitiser (render-body.ts); the rest of the posting shows meanwhile.
    this.body = result.pending ? undefined : result.fragment;
    void result.pending?.then(() => this.posting === posting && this.renderBody());
  }

  private handleTranslationClick(event: MouseEvent, id: string) {
    if (!isPlainClick(event)) return;
    const open = new CareersOpenEvent(id);
    this.dispatchEvent(open);
    if (open.defaultPrevented) event.preventDefault();
  }

  private async handleCopyLink(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      // Copied again: empty the status first, so that it is announced again.
      if (this.copyState === 'copied') {
        this.copyState = 'idle';
        await this.updateComplete;
      }
      this.copyState = 'copied';
    } catch {
      // No clipboard (permissions, an insecure page): show the link to copy by hand.
      this.copyState = 'manual';
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>('[part="share-url"]')?.select();
    }
  }

  private handleBackClick(event: MouseEvent) {
    if (!isPlainClick(event)) return;
    const back = new CareersBackEvent();
    this.dispatchEvent(back);
    if (back.defaultPrevented) event.preventDefault();
  }

  /** In-posting `#id` links open the accordion they name and scroll to it, leaving the page's URL alone. */
  private handleBodyClick(event: MouseEvent) {
    const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
    const fragment = link?.getAttribute('href');
    if (!fragment?.startsWith('#')) return;
    event.preventDefault();
    const target = this.renderRoot.querySelector(`[id="${CSS.escape(decodeFragment(fragment))}"]`);
    if (target) this.reveal(target);
  }

  private reveal(target: Element) {
    for (let node: Element | null = target; node; node = node.parentElement) {
      if (node.localName === BODY_ELEMENTS.accordion) (node as CareersAccordion).open = true;
    }
    const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ behavior: reduceMotion ? 'auto' : 'smooth', block: 'start' });
    if (target.localName === BODY_ELEMENTS.accordion) (target as HTMLElement).focus({ preventScroll: true });
  }

  /** Moves focus to the title, so a screen reader starts reading the posting there. */
  async focusHeading() {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[part="title"]')?.focus();
  }

  override render() {
    const posting = this.posting;
    if (!posting) return nothing;
    const image = posting.image && safeUrl(posting.image, this.baseUrl || document.baseURI, 'image');
    const apply = posting.apply && safeUrl(posting.apply.url, this.baseUrl || document.baseURI, 'link');
    return html`${this.renderBack()}
      <article lang=${posting.lang}>
        <div part="title" role="heading" aria-level=${this.titleLevel} tabindex="-1">${posting.title}</div>
        <ul part="meta" role="list">
          ${hasFacts(posting) ? renderFacts(posting) : nothing}
          <li>${renderPosted(posting, this.locale)}</li>
        </ul>
        ${this.renderTranslations()} ${this.renderShare()} ${this.renderSiteLink(posting)}
        ${apply
          ? html`<careers-apply-button
              href=${apply}
              label=${posting.apply?.label ?? ''}
              posting-id=${posting.id}
              icon="external"
            ></careers-apply-button>`
          : nothing}
        ${image && image !== this.brokenImage ? html`<img part="image" src=${image} alt="" @error=${() => (this.brokenImage = image)} />` : nothing}
        <div part="body" data-title-level=${this.titleLevel} aria-busy=${this.body || this.bodyFailed ? 'false' : 'true'} @click=${this.handleBodyClick}>${this.body ?? this.renderBodyFailure()}</div>
      </article>`;
  }

  private renderBodyFailure() {
    return this.bodyFailed ? html`<p role="alert">${msg('The rest of this posting could not be loaded. Go back and open it again to try once more.')}</p>` : nothing;
  }

  private renderBack() {
    const href = this.backHref && safeUrl(this.backHref, document.baseURI, 'link');
    if (!href) return nothing;
    return html`<a part="back" href=${href} @click=${this.handleBackClick}>${renderIcon('arrow')}${msg('All positions')}</a>`;
  }

  private renderShare() {
    const url = this.shareUrl && safeUrl(this.shareUrl, document.baseURI, 'link');
    if (!url) return nothing;
    return html`<div part="share">
      <button part="copy-link" type="button" @click=${() => this.handleCopyLink(url)}>${renderIcon('link')}${msg('Copy link')}</button>
      <span part="copy-status" role="status">${this.copyState === 'copied' ? msg('Link copied') : nothing}</span>
      ${this.copyState === 'manual'
        ? html`<label>${msg('Copy this link:')} <input part="share-url" type="text" readonly .value=${url} /></label>`
        : nothing}
    </div>`;
  }

  /** The posting's own page on the company's site, when the feed knows it. */
  private renderSiteLink(posting: Posting) {
    const url = posting.url && safeUrl(posting.url, this.baseUrl || document.baseURI, 'link');
    if (!url || !/^https?:/.test(url)) return nothing;
    return html`<p part="site-link"><a href=${url} hreflang=${posting.lang}>${msg('Read on our site')}</a></p>`;
  }

  private renderTranslations() {
    const links = this.translations.filter((link) => safeUrl(link.href, document.baseURI, 'link'));
    if (!links.length) return nothing;
    return html`<nav part="translations" aria-label=${msg('Other languages')}>
      <ul>
        ${links.map(
          (link) => html`<li>
            <a href=${safeUrl(link.href, document.baseURI, 'link')!} hreflang=${link.lang} lang=${link.lang} @click=${(event: MouseEvent) => this.handleTranslationClick(event, link.id)}
              >${languageName(link.lang)}</a
            >
          </li>`,
        )}
      </ul>
    </nav>`;
  }
}

function decodeFragment(fragment: string): string {
  try {
    return decodeURIComponent(fragment.slice(1));
  } catch {
    return fragment.slice(1);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-job-posting': CareersJobPosting;
  }
}
