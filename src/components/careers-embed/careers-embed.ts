import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { safeUrl } from '../../security/url-policy.js';
import { frameEmbed, type Embed } from '../../content/parse/embeds.js';
import { renderIcon } from '../shared/icon.js';
import { LocalizedElement } from '../shared/localized-element.js';
import { embedStyles } from './careers-embed.styles.js';

/** What a sandboxed embed may do: run its own page, submit its form, play full screen, open links in new tabs. */
const SANDBOX = 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-presentation';

/**
 * Something a posting embeds from another site (a video, an application form, a page), as a
 * card that contacts nobody until the reader asks: what it is and whose site it is from, a
 * button that loads it here in a sandboxed frame (a YouTube video from youtube-nocookie.com, a
 * Vimeo one with dnt=1), and a plain link that opens it in a new tab. Where the host page's
 * policy refuses the frame, or `frames="none"`, only the link is offered.
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

  /** The frame's address as the posting embeds it (https: or http:): a form, a page, a YouTube or Vimeo player. */
  @property() src = '';

  /** The frame's own title: what it is, for assistive technology once it is loaded (and a hint that it is a form). */
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

  /** What the frame is and where it loads from, or null when `src` is no frame the widget shows. */
  private get embed(): Embed | null {
    const src = safeUrl(this.src, document.baseURI, 'image');
    return src ? frameEmbed(src, this.frameTitle) : null;
  }

  /** The host's policy refused the frame: fall back to the link, and stop listening. */
  private readonly handleViolation = (event: SecurityPolicyViolationEvent) => {
    const src = this.embed?.src;
    if (!src || !/^(frame|child|default)-src/.test(event.effectiveDirective) || !sameOrigin(event.blockedURI, src)) return;
    document.removeEventListener('securitypolicyviolation', this.handleViolation);
    this.mode = 'refused';
  };

  private describe({ kind, provider }: Embed) {
    if (kind === 'video') return msg(str`Video on ${provider}`);
    if (kind === 'form') return msg(str`Application form from ${provider}`);
    return msg(str`Content from ${provider}`);
  }

  private loadLabel({ kind }: Embed) {
    if (kind === 'video') return msg('Play video');
    if (kind === 'form') return msg('Show form');
    return msg('Show content');
  }

  override render() {
    const embed = this.embed;
    if (!embed) return nothing;
    const { src, href, provider } = embed;
    if (this.mode === 'loaded') {
      return html`<iframe
        part="frame"
        class=${embed.kind}
        src=${src}
        title=${this.frameTitle || this.describe(embed)}
        sandbox=${SANDBOX}
        allow="fullscreen; picture-in-picture"
        referrerpolicy="strict-origin-when-cross-origin"
      ></iframe>`;
    }
    const thumbnail = this.thumbnail && safeUrl(this.thumbnail, document.baseURI, 'image');
    const offerFrame = this.frames !== 'none' && this.mode === 'card';
    return html`<div part="base">
      ${thumbnail ? html`<img part="thumbnail" src=${thumbnail} alt="" loading="lazy" />` : nothing}
      <p part="title">${this.describe(embed)}</p>
      ${this.mode === 'refused'
        ? html`<p class="note" role="status">${msg('This page cannot show it here.')}</p>`
        : offerFrame
          ? html`<p class="note">${msg(str`Nothing is loaded from ${provider} until you choose to.`)}</p>`
          : nothing}
      <div class="actions">
        ${offerFrame ? html`<button part="load" type="button" @click=${this.load}>${this.loadLabel(embed)}</button>` : nothing}
        <a part="link" href=${href} target="_blank" rel="noopener noreferrer">${msg('Open in a new tab')}${renderIcon('external')}</a>
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
