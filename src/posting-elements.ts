/**
 * The elements a reader needs only once a posting opens, with the body renderer they bring
 * along. The entry file loads this module on demand (and at idle) and defines them; nothing
 * here has side effects.
 */
import { CareersAccordion } from './components/careers-accordion/careers-accordion.js';
import { CareersApplyButton } from './components/careers-apply-button/careers-apply-button.js';
import { CareersContactCard } from './components/careers-contact-card/careers-contact-card.js';
import { CareersEmbed } from './components/careers-embed/careers-embed.js';
import { CareersJobPosting } from './components/careers-job-posting/careers-job-posting.js';
import { BODY_ELEMENTS } from './content/render/body-elements.js';

export const POSTING_ELEMENTS = {
  'careers-job-posting': CareersJobPosting,
  [BODY_ELEMENTS.accordion]: CareersAccordion,
  [BODY_ELEMENTS.contactCard]: CareersContactCard,
  [BODY_ELEMENTS.applyButton]: CareersApplyButton,
  // A frame a body embeds, as a card: in this file, since a chunk of its own split the list's file in three.
  [BODY_ELEMENTS.embed]: CareersEmbed,
};

export { CareersAccordion, CareersApplyButton, CareersContactCard, CareersEmbed, CareersJobPosting };
