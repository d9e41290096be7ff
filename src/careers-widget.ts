/**
 * The package entry: defines the elements. The only module that defines them (the classic
 * script, careers-widget.classic.ts, adds its one-tag mount); a second copy of the script on
 * the same page finds the names taken and leaves them be.
 *
 * The list needs only `careers-widget` and `careers-job-card`; the posting elements and
 * their Markdown renderer load when a posting first opens, or when the browser is idle,
 * whichever comes first (the classic bundle carries them inline).
 */
import { CareersJobCard } from './components/careers-job-card/careers-job-card.js';
import { CareersWidget } from './components/careers-widget/careers-widget.js';
import { registerLazyDefinitions } from './components/shared/lazy-definitions.js';

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

defineAll({ 'careers-widget': CareersWidget, 'careers-job-card': CareersJobCard });
registerLazyDefinitions(['careers-job-posting', 'careers-accordion', 'careers-contact-card', 'careers-apply-button'], loadPostingElements);
registerLazyDefinitions(['careers-embed'], () => import('./embed-element.js').then(({ EMBED_ELEMENTS }) => defineAll(EMBED_ELEMENTS)));
if ('requestIdleCallback' in window) requestIdleCallback(() => void loadPostingElements(), { timeout: 3000 });
else setTimeout(() => void loadPostingElements(), 1000);

export { CareersJobCard, CareersWidget };
export type { CareersAccordion, CareersApplyButton, CareersContactCard, CareersJobPosting } from './posting-elements.js';
export type { CareersEmbed } from './embed-element.js';
export * from './events.js';
export type { Feed, Posting, ApplyLink, ActionLink, Organization } from './feed/types.js';
