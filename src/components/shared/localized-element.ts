import { LitElement, type PropertyValues } from 'lit';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { isLocaleSettled, loadLocale, localeChanges, withLocale } from '../../i18n/localization.js';

/**
 * Base of the elements that have messages of their own. Each renders in its own locale — its
 * `lang`, else its nearest ancestor's (across shadow roots), else the browser's — and renders
 * again when an inherited `lang` changes. It renders once its locale's messages are there.
 */
export class LocalizedElement extends LitElement {
  /** The locale of this element's messages and dates. */
  protected locale: Locale = 'en';

  override connectedCallback() {
    super.connectedCallback();
    localeChanges.addEventListener('change', this.handleLocaleChange);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    localeChanges.removeEventListener('change', this.handleLocaleChange);
  }

  private readonly handleLocaleChange = () => {
    if (resolveLocale(this) !== this.locale) this.requestUpdate();
  };

  /** Whether this element's messages are there (or will not come, and English stands in). */
  protected messagesReady = true;

  /**
   * Whether the element renders nothing until its messages arrive (the default): showing, and
   * announcing, English first and then the reader's language would say everything twice. The
   * widget renders meanwhile, without messages, to keep the space it needs (see its render).
   */
  protected waitsForMessages = true;

  // Each update starts from the element's locale as it is now (and asks for its messages), so that
  // shouldUpdate only decides and render only reads; Lit calls scheduleUpdate right before both.
  protected override scheduleUpdate(): void | Promise<unknown> {
    this.locale = resolveLocale(this);
    this.messagesReady = isLocaleSettled(this.locale);
    if (!this.messagesReady) void loadLocale(this.locale).then(() => this.requestUpdate());
    return super.scheduleUpdate();
  }

  protected override shouldUpdate(changed: PropertyValues) {
    return super.shouldUpdate(changed) && (this.messagesReady || !this.waitsForMessages);
  }

  protected override update(changed: PropertyValues) {
    withLocale(this.locale, () => super.update(changed));
  }
}
