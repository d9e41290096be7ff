import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { CareersApplyEvent } from '../../events.js';
import { iconFor } from '../../content/render/icons.js';
import { linkAttributes } from '../../security/link-attributes.js';
import { renderIcon } from '../shared/icon.js';
import { applyButtonStyles } from './careers-apply-button.styles.js';
import { LocalizedElement } from '../shared/localized-element.js';

/**
 * The call to apply: a link styled as a button, with an optional description. Links to
 * other sites open in a new tab without an opener. A URL the policy refuses leaves the
 * label as plain text.
 *
 * @tagname careers-apply-button
 * @fires careers-apply - The reader followed the link; detail `{ postingId, url }` (bubbles, composed).
 * @csspart base - The link (or the inert box when there is no usable URL).
 * @csspart label - The label.
 * @csspart description - The description under the label.
 * @cssprop --careers-color-accent - Button background.
 * @cssprop --careers-color-accent-text - Button text colour.
 * @cssprop --careers-radius - Corner radius.
 */
export class CareersApplyButton extends LocalizedElement {
  static override styles = applyButtonStyles;
  static override shadowRootOptions = { ...LocalizedElement.shadowRootOptions, delegatesFocus: true };

  /** Where applying happens: https:, http:, mailto: or tel:. */
  @property() href = '';

  /** The button's words; "Apply" when empty. */
  @property() label = '';

  /** A line under the label. */
  @property() description = '';

  /** An icon: external, arrow, email, phone, globe, or a Font Awesome class naming one. */
  @property() icon = '';

  /** The posting this button applies to, reported in `careers-apply`. */
  @property({ attribute: 'posting-id' }) postingId = '';

  private handleClick(url: string) {
    this.dispatchEvent(new CareersApplyEvent(this.postingId, url));
  }

  override render() {
    const link = linkAttributes(this.href, document.baseURI);
    const icon = iconFor(this.icon);
    const content = html`<span class="text">
        <span part="label">${this.label || msg('Apply')}</span>
        ${this.description ? html`<span part="description">${this.description}</span>` : nothing}
      </span>
      ${icon ? renderIcon(icon) : nothing}`;
    if (!link) return html`<span part="base">${content}</span>`;
    const newTab = link.target ? html`<span class="visually-hidden">${msg('(opens in a new tab)')}</span>` : nothing;
    return html`<a
      part="base"
      href=${link.href}
      target=${link.target ?? nothing}
      rel=${link.rel ?? nothing}
      @click=${() => this.handleClick(link.href)}
      >${content}${newTab}</a
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-apply-button': CareersApplyButton;
  }
}
