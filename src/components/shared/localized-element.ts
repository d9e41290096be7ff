import { LitElement, type PropertyValues } from 'lit';
import { resolveLocale, type Locale } from '../../i18n/locale.js';
import { isLocaleReady, loadLocale, localeChanges, withLocale } from '../../i18n/localization.js';

/**
 * Base of the elements that have words of their own. Each renders in its own locale — its
 * `lang`, else its nearest ancestor's (across shadow roots), else the browser's — and renders
 * again when that locale's words arrive or an inherited `lang` changes.
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

  protected override willUpdate(changed: PropertyValues) {
    super.willUpdate(changed);
    this.locale = resolveLocale(this);
    if (!isLocaleReady(this.locale)) {
      const locale = this.locale;
      loadLocale(locale).then(
        () => this.locale === locale && this.requestUpdate(),
        () => console.warn(`careers-widget: the words for "${locale}" could not be loaded; showing English`),
      );
    }
  }

  protected override update(changed: PropertyValues) {
    withLocale(this.locale, () => super.update(changed));
  }
}
