import { fixture, html } from '@open-wc/testing';
import { waitFor } from './wait.js';
import '../../src/careers-widget.js';
import type { CareersWidget } from '../../src/careers-widget.js';
import type { Posting } from '../../src/feed/types.js';

/**
 * Puts a widget (no routing, English) whose feed holds only `posting` on the page and opens that
 * posting by its card. Returns a getter of the posting's body part, empty until it is there: the
 * caller waits for what it needs the body to show.
 */
export async function openOnlyPosting(posting: Posting) {
  const widget = await fixture<CareersWidget>(html`<careers-widget routing="none" lang="en"></careers-widget>`);
  widget.feed = { version: 1, postings: [posting] };
  await waitFor(() => widget.shadowRoot!.querySelector('careers-job-card'), 'no card');
  widget.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('a')!.click();
  return () => widget.shadowRoot!.querySelector('careers-job-posting')?.shadowRoot?.querySelector('[part="body"]');
}
