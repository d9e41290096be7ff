import { LitElement } from 'lit';
import { localized } from '@lit/localize';
import { resolveLocale } from '../../i18n/locale.js';
import { useLocaleIfUnset } from '../../i18n/localization.js';

/**
 * Base of the elements that have words of their own: they re-render when the locale changes,
 * and one used without a widget picks the locale from its own `lang` or its ancestors'.
 */
@localized()
export class LocalizedElement extends LitElement {
  override connectedCallback() {
    super.connectedCallback();
    void useLocaleIfUnset(resolveLocale(this));
  }
}
