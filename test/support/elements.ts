import '../../src/careers-widget.js';
import { ensureDefined } from '../../src/components/shared/lazy-definitions.js';
import { ALL_TAGS } from './tags.js';


/** Loads the package entry and waits until every element is defined (the posting ones load lazily). */
export function allElementsDefined(): Promise<unknown> {
  return Promise.all(ALL_TAGS.map(ensureDefined));
}
