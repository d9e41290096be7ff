import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { safeUrl } from '../../security/url-policy.js';
import { linkAttributes } from '../../security/link-attributes.js';
import { clampLevel } from '../shared/heading.js';
import { contactCardStyles } from './careers-contact-card.styles.js';

/**
 * A person or team to contact: a photo, a heading, a name, some text and one action link
 * (mailto:, tel: or https:). A photo that cannot be loaded gives way to the person's initials;
 * an e-mail address wraps only after its `@` or before a dot.
 *
 * @tagname careers-contact-card
 * @slot - The card's text.
 * @csspart base - The card's box.
 * @csspart image - The photo.
 * @csspart initials - The person's initials, in place of a photo that could not be loaded.
 * @csspart heading - The heading.
 * @csspart name - The person's name (text, not a heading).
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

  /** The person's name: shown as text, and as initials (else the photo's alternative's) when the photo cannot be loaded. */
  @property() name = '';

  /** The heading level, to fit the posting's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  /** The action link: mailto:, tel:, https: or http:. */
  @property() href = '';

  /** The action link's words. */
  @property({ attribute: 'link-label' }) linkLabel = '';

  @state() private imageFailed = false;

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('image')) this.imageFailed = false;
  }

  override render() {
    const link = linkAttributes(this.href, document.baseURI);
    const label = this.linkLabel || link?.href.replace(/^(mailto|tel):/, '') || '';
    return html`<div part="base">
      ${this.renderPhoto()}
      <div class="content">
        ${this.heading
          ? html`<div part="heading" role="heading" aria-level=${clampLevel(this.headingLevel, 3)}>${this.heading}</div>`
          : nothing}
        ${this.name ? html`<p part="name">${this.name}</p>` : nothing}
        <slot></slot>
        ${link
          ? html`<a
              part="action"
              href=${link.href}
              target=${link.target ?? nothing}
              rel=${link.rel ?? nothing}
              >${link.href.startsWith('mailto:') ? breakableAddress(label) : label}</a
            >`
          : nothing}
      </div>
    </div>`;
  }

  private renderPhoto() {
    const image = safeUrl(this.image, document.baseURI, 'image');
    if (!image) return nothing;
    if (this.imageFailed) {
      const initials = initialsOf(this.name || this.imageAlt);
      return initials ? html`<span part="initials" aria-hidden="true">${initials}</span>` : nothing;
    }
    return html`<img part="image" src=${image} alt=${this.imageAlt} loading="lazy" @error=${() => (this.imageFailed = true)} />`;
  }
}

/** "Kari Nordmann" → "KN"; "Anne-Marie Øye" → "AØ": the first letters of the first and last names. */
export function initialsOf(name: string): string {
  const firsts = (name.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []).map((word) => String.fromCodePoint(word.codePointAt(0)!));
  return (firsts.length > 1 ? firsts[0] + firsts[firsts.length - 1] : firsts.join('')).toLocaleUpperCase();
}

/** An e-mail address that may wrap only after its @ and before its dots. */
function breakableAddress(address: string) {
  const parts = address.split(/(?<=@)|(?=\.)/);
  return html`<span class="email">${parts.map((part, index) => html`${index ? html`<wbr />` : nothing}<span>${part}</span>`)}</span>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-contact-card': CareersContactCard;
  }
}
