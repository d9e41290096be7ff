import { LitElement, type PropertyValues } from 'lit';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { isLocaleSettled, loadLocale, localeChanges, withLocale } from '../../i18n/localization.js';

/**
 * Base of the elements that have words of their own. Each renders in its own locale — its
 * `lang`, else its nearest ancestor's (across shadow roots), else the browser's — and renders
 * again when an inherited `lang` changes. It renders once its locale's words are there.
 */
export class LocalizedElement extends LitElement {
  /** The locale of this element's words and dates. */
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

  /** Whether this element's words are there (or will not come, and English stands in). */
  protected wordsReady = true;

  /**
   * Whether the element renders nothing until its words arrive (the default): showing, and
   * announcing, English first and then the reader's language would say everything twice. The
   * widget renders meanwhile, without words, to keep the space it needs (see its render).
   */
  protected waitsForWords = true;

  protected override shouldUpdate(changed: PropertyValues) {
    this.locale = resolveLocale(this);
    this.wordsReady = isLocaleSettled(this.locale);
    if (!this.wordsReady) void loadLocale(this.locale).then(() => this.requestUpdate());
    return super.shouldUpdate(changed) && (this.wordsReady || !this.waitsForWords);
  }

  protected override update(changed: PropertyValues) {
    withLocale(this.locale, () => super.update(changed));
  }
}
