/**
 * The widget's own elements a rendered body holds, named once: content/ builds them by these
 * names, and posting-elements.ts defines these names.
 */
export const BODY_ELEMENTS = {
  accordion: 'careers-accordion',
  applyButton: 'careers-apply-button',
  contactCard: 'careers-contact-card',
  embed: 'careers-embed',
} as const;
