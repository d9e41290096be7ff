/**
 * Where each locale's messages are (@lit/localize's runtime modules, generated from locales/*.xlf):
 * one explicit import each, so that a page loads only its own. The embed's script asks for them
 * at once, beside the feed (src/embed/loader.ts); the elements when they render (localization.ts):
 * one module, fetched once.
 */
import type { LocaleModule } from '@lit/localize';
import type { Locale } from './locale.js';

export type TargetLocale = Exclude<Locale, 'en'>;

export const LOCALE_MESSAGES: Record<TargetLocale, () => Promise<LocaleModule>> = {
  nb: () => import('./generated/nb.js'),
  sv: () => import('./generated/sv.js'),
  da: () => import('./generated/da.js'),
};
