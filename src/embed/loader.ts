/**
 * What the widget's script does (careers-widget.ts): ask for each widget's feed and the messages
 * of its language, both at once, then define the elements. The list's code is all in that one
 * script, so nothing else is fetched before the first cards, and a feed the host preloads
 * arrives beside the code rather than after it.
 */
import type { EarlyFeed } from '../feed/early-feed.js';
import { resolveLocale } from '../i18n/locale.js';
import { LOCALE_MESSAGES } from '../i18n/messages.js';
import { defineElements } from '../elements.js';

/**
 * Requests each widget's feed as the widget itself would (fetch's defaults: the README's preload
 * line, `crossorigin` and all, is the same request). Not for a widget with an inline feed.
 */
function requestFeeds(widgets: Iterable<Element>): Map<Element, EarlyFeed> {
  const feeds = new Map<Element, EarlyFeed>();
  for (const widget of widgets) {
    const src = widget.getAttribute('src');
    if (feeds.has(widget) || !src || !URL.canParse(src, document.baseURI)) continue;
    if (widget.querySelector(':scope > script[type="application/json"]')) continue;
    const url = new URL(src, document.baseURI).href;
    const controller = new AbortController();
    const response = fetch(url, { signal: controller.signal });
    response.catch(() => {}); // the widget reports a failure when it reads the response
    feeds.set(widget, { url, response, controller });
  }
  return feeds;
}

/**
 * A locale's first date format costs the browser's ICU tens of milliseconds (numbers and
 * collation a few), once per page: paid here while the network works, not when the cards render.
 */
function prepareIntl(locale: string): void {
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(0);
  new Intl.NumberFormat(locale).format(0);
  new Intl.Collator(locale).compare('a', 'b');
}

/**
 * Starts what `widgets` need for their first cards, then defines the elements. Does nothing
 * where they are defined already: another copy of the script came first.
 */
export function loadWidgets(widgets: Element[]): void {
  if (customElements.get('careers-widget')) return;
  const feeds = requestFeeds(widgets);
  const locales = new Set(widgets.map(resolveLocale));
  for (const locale of locales) {
    if (locale !== 'en') LOCALE_MESSAGES[locale]().catch(() => {}); // the elements load them again, and say if they cannot
  }
  setTimeout(() => locales.forEach(prepareIntl));
  defineElements(feeds);
}
