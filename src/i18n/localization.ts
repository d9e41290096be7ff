/**
 * The widget's messages, per element: @lit/localize's runtime-mode modules (generated from
 * locales/*.xlf) in its reentrant configuration, which asks for the locale at every `msg()`
 * call. Each element renders inside `withLocale(its locale, …)`, so two widgets with
 * different `lang` on one page each speak their own language.
 */
import type { LocaleModule } from '@lit/localize';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { Locale } from './locale.js';
import { LOCALE_MESSAGES, type TargetLocale } from './messages.js';

const loaded = new Map<Locale, LocaleModule>();
const loading = new Map<Locale, Promise<void>>();
let renderingLocale: Locale = 'en';
let configured = false;

/** Fires `change` when a `lang` that elements inherit may have changed. */
export const localeChanges = new EventTarget();

/**
 * Installs the reentrant `msg()`. @lit/localize does so by reassigning its exported `msg`, and a
 * chunk of the built script takes the value it finds when it loads: the script calls this first.
 */
export function configureLocalization(): void {
  if (configured) return;
  configured = true;
  configureReentrantLocalization({
    sourceLocale: 'en',
    targetLocales: Object.keys(LOCALE_MESSAGES),
    getLocale: () => renderingLocale,
    loadLocaleSync: (locale) => loaded.get(locale as Locale),
  });
  // The page's own language may change at runtime (a site's language switch).
  new MutationObserver(() => localeChanges.dispatchEvent(new Event('change'))).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

export function isLocaleReady(locale: Locale): boolean {
  return locale === 'en' || loaded.has(locale);
}

/** Locales whose messages failed to load: shown in English rather than not at all, and not asked for again. */
const unavailable = new Set<Locale>();

/** Whether a locale's messages are there, or will not come (and English stands in). */
export function isLocaleSettled(locale: Locale): boolean {
  return isLocaleReady(locale) || unavailable.has(locale);
}

/** Loads a locale's messages once; resolves when `msg()` can use them, or when they could not be loaded. */
export function loadLocale(locale: Locale): Promise<void> {
  configureLocalization();
  if (isLocaleSettled(locale)) return Promise.resolve();
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOCALE_MESSAGES[locale as TargetLocale]().then(
      (module) => void loaded.set(locale, module),
      () => {
        unavailable.add(locale);
        console.warn(`careers-widget: the words for "${locale}" could not be loaded; showing English`);
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Runs `render` with `msg()` answering in `locale` (the source messages until its own have loaded). */
export function withLocale<T>(locale: Locale, render: () => T): T {
  configureLocalization();
  const previous = renderingLocale;
  renderingLocale = locale;
  try {
    return render();
  } finally {
    renderingLocale = previous;
  }
}
