import '../../src/careers-widget.js';
import { ensureDefined } from '../../src/components/shared/lazy-definitions.js';

export const ALL_TAGS = [
  'careers-widget',
  'careers-job-card',
  'careers-job-posting',
  'careers-accordion',
  'careers-contact-card',
  'careers-apply-button',
];

/** Loads the package entry and waits until every element is defined (the posting ones load lazily). */
export function allElementsDefined(): Promise<unknown> {
  return Promise.all(ALL_TAGS.map(ensureDefined));
}
