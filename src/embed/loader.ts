/**
 * The first thing both embed scripts do (careers-widget.ts, careers-widget.classic.ts), before
 * any of the widget's code has arrived: ask for each widget's feed, the words of its language
 * and the elements' code, all at once; then define the elements. The scripts are this much and
 * no more, so that the feed is on its way one round trip after the page.
 */
import type { EarlyFeed } from '../feed/early-feed.js';
import { resolveLocale } from '../i18n/locale.js';
import { WORDS } from '../i18n/words.js';

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
 * Starts what `widgets` need for their first cards, then defines the elements. Does nothing
 * where they are defined already: another copy of the script came first (and Lit is not
 * loaded twice).
 */
export async function loadWidgets(widgets: Element[]): Promise<void> {
  if (customElements.get('careers-widget')) return;
  const feeds = requestFeeds(widgets);
  for (const locale of new Set(widgets.map(resolveLocale))) {
    if (locale !== 'en') WORDS[locale]().catch(() => {}); // the elements load them again, and say if they cannot
  }
  try {
    const { defineElements } = await import('../elements.js');
    defineElements(feeds);
  } catch (error) {
    for (const { controller } of feeds.values()) controller.abort();
    console.error('careers-widget: its code could not be loaded from beside its script', error);
  }
}
