/**
 * The elements, as the script defines them (embed/loader.ts): the list's two, and how to
 * load the posting's five on first use. Nothing here runs on import: defineElements() defines
 * them, once per page.
 */
import { CareersJobCard } from './components/careers-job-card/careers-job-card.js';
import { CareersWidget } from './components/careers-widget/careers-widget.js';
import { registerLazyDefinitions } from './components/shared/lazy-definitions.js';
import { adoptEarlyFeeds, type EarlyFeed } from './feed/early-feed.js';
import { configureLocalization } from './i18n/localization.js';

function defineAll(elements: Record<string, CustomElementConstructor>) {
  for (const [name, element] of Object.entries(elements)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}

let postingElements: Promise<void> | undefined;
const loadPostingElements = () =>
  (postingElements ??= import('./posting-elements.js').then(
    ({ POSTING_ELEMENTS }) => defineAll(POSTING_ELEMENTS),
    (error) => {
      postingElements = undefined; // a later attempt may succeed on a flaky network
      throw error;
    },
  ));

/**
 * Defines the elements (the posting's to load when a widget first needs them) and hands each
 * widget the feed request its script started. Where another copy of the script defined them
 * first, it leaves them be and aborts its requests.
 */
export function defineElements(feeds: ReadonlyMap<Element, EarlyFeed> = new Map()): void {
  if (customElements.get('careers-widget')) {
    for (const { controller } of feeds.values()) controller.abort();
    return;
  }
  configureLocalization();
  adoptEarlyFeeds(feeds);
  registerLazyDefinitions(['careers-job-posting', 'careers-accordion', 'careers-contact-card', 'careers-apply-button', 'careers-embed'], loadPostingElements);
  defineAll({ 'careers-widget': CareersWidget, 'careers-job-card': CareersJobCard });
  // A page with widgets gets the posting's elements after its first cards (careers-widget.ts), so
  // they never compete with a feed; a page that uses them alone, at idle.
  if (document.querySelector('careers-widget')) return;
  const load = () => void loadPostingElements().catch(() => {});
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}

export { CareersJobCard, CareersWidget };
export type { CareersAccordion, CareersApplyButton, CareersContactCard, CareersEmbed, CareersJobPosting } from './posting-elements.js';
export * from './events.js';
export type { Feed, Posting, ApplyLink, ActionLink, Organization } from './feed/types.js';
