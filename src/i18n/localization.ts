import { configureLocalization, type LocaleModule } from '@lit/localize';
import type { Locale } from './locale.js';

// One explicit import per locale: the module build loads a locale's strings only when it is
// needed; the classic bundle inlines them all.
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<LocaleModule>> = {
  nb: () => import('./generated/nb.js'),
  sv: () => import('./generated/sv.js'),
  da: () => import('./generated/da.js'),
};

let runtime: ReturnType<typeof configureLocalization> | undefined;
let chosen = false;

function localization() {
  runtime ??= configureLocalization({
    sourceLocale: 'en',
    targetLocales: Object.keys(LOADERS) as Exclude<Locale, 'en'>[],
    loadLocale: (locale) => LOADERS[locale as Exclude<Locale, 'en'>](),
  });
  return runtime;
}

/** The locale the widget's own words are in now. */
export function currentLocale(): Locale {
  return (runtime?.getLocale() ?? 'en') as Locale;
}

/**
 * Switches the widget's words to `locale` for the whole page (@lit/localize keeps one locale
 * per page); every element on the page re-renders once its strings are loaded.
 */
export async function useLocale(locale: Locale): Promise<void> {
  chosen = true;
  const { getLocale, setLocale } = localization();
  if (getLocale() !== locale) await setLocale(locale);
}

/** Sets the locale unless a widget already chose one: for elements used on their own. */
export function useLocaleIfUnset(locale: Locale): Promise<void> {
  return chosen ? Promise.resolve() : useLocale(locale);
}
