import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isExternal, safeUrl } from '../../content/url-policy.js';
import { clampLevel } from '../shared/heading.js';
import { contactCardStyles } from './careers-contact-card.styles.js';

/**
 * A person or team to contact: a photo, a heading, some text and one action link
 * (mailto:, tel: or https:).
 *
 * @tagname careers-contact-card
 * @slot - The card's text.
 * @csspart base - The card's box.
 * @csspart image - The photo.
 * @csspart heading - The heading.
 * @csspart action - The action link.
 * @cssprop --careers-color-subtle - Card background.
 * @cssprop --careers-color-accent - Action link colour.
 * @cssprop --careers-radius - Corner radius.
 * @cssprop --careers-space - Inner spacing.
 */
export class CareersContactCard extends LitElement {
  static override styles = contactCardStyles;

  /** The photo's URL (https: or http:). */
  @property() image = '';

  /** The photo's text alternative; empty when the photo is decorative. */
  @property({ attribute: 'image-alt' }) imageAlt = '';

  @property() heading = '';

  /** The heading level, to fit the posting's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The action link: mailto:, tel:, https: or http:. */
  @property() href = '';

  /** The action link's words. */
  @property({ attribute: 'link-label' }) linkLabel = '';

  /** A photo URL that failed to load: left out, not drawn as the engine's broken-image icon. */
  @state() private brokenImage?: string;

  override render() {
    const image = safeUrl(this.image, document.baseURI, 'image');
    const href = safeUrl(this.href, document.baseURI, 'link');
    const external = href !== null && isExternal(href, location.origin);
    return html`<div part="base">
      ${image && image !== this.brokenImage
        ? html`<img part="image" src=${image} alt=${this.imageAlt} loading="lazy" @error=${() => (this.brokenImage = image)} />`
        : nothing}
      <div class="content">
        ${this.heading
          ? html`<div part="heading" role="heading" aria-level=${clampLevel(this.headingLevel, 3)}>${this.heading}</div>`
          : nothing}
        <slot></slot>
        ${href
          ? html`<a
              part="action"
              href=${href}
              target=${external ? '_blank' : nothing}
              rel=${external ? 'noopener noreferrer' : nothing}
              >${this.linkLabel || href.replace(/^(mailto|tel):/, '')}</a
            >`
          : nothing}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-contact-card': CareersContactCard;
  }
}
