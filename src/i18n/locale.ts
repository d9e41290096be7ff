/** The locales the widget speaks; en is the source. */
export const LOCALES = ['en', 'nb', 'sv', 'da'] as const;
export type Locale = (typeof LOCALES)[number];

// Norwegian: Bokmål is the written standard most readers expect; Nynorsk and the macro
// language tag read it without trouble.
const LANGUAGE_TO_LOCALE: Record<string, Locale> = { en: 'en', nb: 'nb', no: 'nb', nn: 'nb', sv: 'sv', da: 'da' };

/** Maps a BCP 47 tag (`nb-NO`, `sv-FI`, `en-GB`) to a supported locale, or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return Object.hasOwn(LANGUAGE_TO_LOCALE, language) ? LANGUAGE_TO_LOCALE[language] : null;
}

/**
 * The locale for an element: its own `lang`, else the nearest ancestor's (across shadow
 * roots, up to `<html>`), else the browser's preferences, else English.
 */
export function resolveLocale(element: Element): Locale {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const locale = matchLocale(node.getAttribute('lang'));
      if (locale) return locale;
      break;
    }
  }
  for (const preferred of navigator.languages ?? []) {
    const locale = matchLocale(preferred);
    if (locale) return locale;
  }
  return 'en';
}

// Each language named in itself, as a reader looks for it in a language switch.
const OWN_NAMES: Record<Locale, string> = { en: 'English', nb: 'Norsk', sv: 'Svenska', da: 'Dansk' };

/** A language's name in that language ("Norsk", "Svenska"), for any BCP 47 tag. */
export function languageName(tag: string): string {
  const locale = matchLocale(tag);
  if (locale) return OWN_NAMES[locale];
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}
