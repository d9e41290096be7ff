import { LitElement, html, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { accordionStyles } from './careers-accordion.styles.js';
import { clampLevel } from '../shared/heading.js';

/**
 * A collapsible section following the WAI-ARIA disclosure pattern: a button inside a
 * heading, `aria-expanded` and `aria-controls`; closed at first.
 *
 * @tagname careers-accordion
 * @slot - The section's content.
 * @csspart heading - The heading that holds the toggle.
 * @csspart toggle - The button that opens and closes the section.
 * @csspart content - The wrapper of the content.
 * @cssprop --careers-color-border - Border colour.
 * @cssprop --careers-color-surface - Background.
 * @cssprop --careers-radius - Corner radius.
 * @cssprop --careers-space - Inner spacing.
 */
export class CareersAccordion extends LitElement {
  static override styles = accordionStyles;
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** The section's title, shown on the toggle. */
  @property() heading = '';

  /** Whether the content is shown. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The heading level of the toggle's heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  private handleToggle() {
    this.open = !this.open;
  }

  override render() {
    return html`<div part="heading" role="heading" aria-level=${clampLevel(this.headingLevel, 3)}>
        <button part="toggle" type="button" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="content" @click=${this.handleToggle}>
          <span>${this.heading}</span>
          ${svg`<svg class="chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6 9l6 6 6-6"></path></svg>`}
        </button>
      </div>
      <div id="content" part="content" ?hidden=${!this.open}><slot></slot></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'careers-accordion': CareersAccordion;
  }
}
