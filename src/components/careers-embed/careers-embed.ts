import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { safeUrl } from '../../content/url-policy.js';
import { renderIcon } from '../shared/icon.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { embedStyles } from './careers-embed.styles.js';

/** What a sandboxed embed may do: run its own page, submit its form, play full screen, open links in new tabs. */
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-presentation';

/**
 * Something a posting embeds from another site (a video, an application form, a page), as a
 * card that contacts nobody until the reader asks: what it is and whose site it is from, a
 * button that loads it here in a sandboxed frame, and a plain link that opens it in a new tab.
 * Where the host page's policy refuses the frame, or `frames="none"`, only the link is offered.
 *
 * @tagname careers-embed
 * @csspart base - The card.
 * @csspart title - What it is and whose site it is from.
 * @csspart thumbnail - The preview image, when the posting gives one.
 * @csspart load - The button that loads the frame.
 * @csspart link - The link that opens it in a new tab.
 * @csspart frame - The loaded frame.
 * @cssprop --careers-color-subtle - Card background.
 * @cssprop --careers-color-accent - Button and link colour.
 * @cssprop --careers-radius - Corner radius.
 */
export class CareersEmbed extends LocalizedElement {
  static override styles = embedStyles;

  /** The address the frame loads once the reader asks (https: or http:). */
  @property() src = '';

  /** The page a new tab opens; `src` when empty. */
  @property() href = '';

  /** `video`, `form` or `page`: what the card says it is. */
  @property() kind: 'video' | 'form' | 'page' = 'page';

  /** Whose site it comes from, as the reader knows it: "YouTube", or a host name. */
  @property() provider = '';

  /** The frame's own title, for assistive technology once it is loaded. */
  @property({ attribute: 'frame-title' }) frameTitle = '';

  /** A preview image the posting gives (none is fetched from the provider: that would contact it). */
  @property() thumbnail = '';

  /** `none`: offer the link only, never a frame. */
  @property() frames: 'click' | 'none' = 'click';

  @state() private mode: 'card' | 'loaded' | 'refused' = 'card';

  override disconnectedCallback() {
    super.disconnectedCallback();
    document.removeEventListener('securitypolicyviolation', this.handleViolation);
  }

  private async load() {
    document.addEventListener('securitypolicyviolation', this.handleViolation);
    this.mode = 'loaded';
    // The button is gone: the reader goes on in the frame it loaded.
    await this.updateComplete;
    this.renderRoot.querySelector('iframe')?.focus();
  }

  /** The host's policy refused the frame: fall back to the link, and stop listening. */
  private readonly handleViolation = (event: SecurityPolicyViolationEvent) => {
    const src = safeUrl(this.src, document.baseURI, 'link');
    if (!src || !/^(frame|child|default)-src/.test(event.effectiveDirective) || !sameOrigin(event.blockedURI, src)) return;
    document.removeEventListener('securitypolicyviolation', this.handleViolation);
    this.mode = 'refused';
  };

  private describe() {
    const provider = this.provider;
    if (this.kind === 'video') return msg(str`Video on ${provider}`);
    if (this.kind === 'form') return msg(str`Application form from ${provider}`);
    return msg(str`Content from ${provider}`);
  }

  private loadLabel() {
    if (this.kind === 'video') return msg('Play video');
    if (this.kind === 'form') return msg('Show form');
    return msg('Show content');
  }

  override render() {
    const src = safeUrl(this.src, document.baseURI, 'link');
    const href = safeUrl(this.href || this.src, document.baseURI, 'link');
    if (!src || !/^https?:/.test(src)) return nothing;
    const provider = this.provider;
    if (this.mode === 'loaded') {
      return html`<iframe
        part="frame"
        class=${this.kind}
        src=${src}
        title=${this.frameTitle || this.describe()}
        sandbox=${SANDBOX}
        allow="fullscreen; picture-in-picture"
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    }
    const thumbnail = this.thumbnail && safeUrl(this.thumbnail, document.baseURI, 'image');
    const offerFrame = this.frames !== 'none' && this.mode === 'card';
    return html`<div part="base">
      ${thumbnail ? html`<img part="thumbnail" src=${thumbnail} alt="" loading="lazy" />` : nothing}
      <p part="title">${this.describe()}</p>
      ${this.mode === 'refused'
        ? html`<p class="note" role="status">${msg('This page cannot show it here.')}</p>`
        : offerFrame
          ? html`<p class="note">${msg(str`Nothing is loaded from ${provider} until you choose to.`)}</p>`
          : nothing}
      <div class="actions">
        ${offerFrame ? html`<button part="load" type="button" @click=${this.load}>${this.loadLabel()}</button>` : nothing}
        ${href
          ? html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${msg('Open in a new tab')}${renderIcon('external')}</a>`
          : nothing}
      </div>
    </div>`;
  }
}

function sameOrigin(blocked: string, src: string): boolean {
  try {
    return new URL(blocked).origin === new URL(src).origin;
  } catch {
    return blocked === 'inline' ? false : blocked === '' || src.startsWith(blocked);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-embed': CareersEmbed;
  }
}
