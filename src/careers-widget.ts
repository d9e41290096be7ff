/**
 * The package entry: defines every element and, for the classic one-tag embed, mounts a
 * widget. The only module with side effects; a second copy of the script on the same page
 * finds the names taken and leaves them be.
 */
import { CareersAccordion } from './components/careers-accordion/careers-accordion.js';
import { CareersApplyButton } from './components/careers-apply-button/careers-apply-button.js';
import { CareersContactCard } from './components/careers-contact-card/careers-contact-card.js';
import { CareersJobCard } from './components/careers-job-card/careers-job-card.js';
import { CareersJobPosting } from './components/careers-job-posting/careers-job-posting.js';
import { CareersWidget } from './components/careers-widget/careers-widget.js';
import { mountFromScript } from './embed/auto-mount.js';

const ELEMENTS: Record<string, CustomElementConstructor> = {
  'careers-widget': CareersWidget,
  'careers-job-card': CareersJobCard,
  'careers-job-posting': CareersJobPosting,
  'careers-accordion': CareersAccordion,
  'careers-contact-card': CareersContactCard,
  'careers-apply-button': CareersApplyButton,
};

for (const [name, element] of Object.entries(ELEMENTS)) {
  if (!customElements.get(name)) customElements.define(name, element);
}

// Set only while a classic script runs: the one-tag embed. A module script has none.
mountFromScript(document.currentScript);

export { CareersAccordion, CareersApplyButton, CareersContactCard, CareersJobCard, CareersJobPosting, CareersWidget };
export * from './events.js';
export type { Feed, Posting, ApplyLink, Organization } from './feed/types.js';
