import type { ReactiveElement } from 'lit';
import type { CareersJobCard } from '../careers-job-card/careers-job-card.js';
import type { FeedState } from './feed-controller.js';


/** The open posting's heading, scrolled to when the widget's top is above the screen. */
export async function focusPosting(widget: ReactiveElement) {
  await customElements.whenDefined('careers-job-posting');
  await (widget.renderRoot as ShadowRoot).querySelector('careers-job-posting')?.focusHeading();
  if (widget.getBoundingClientRect().top < 0) widget.scrollIntoView({ block: 'start' });
}

/** The card of a posting (back from it to the list), when the list shows it. */
export async function focusCard(widget: ReactiveElement, postingId: string | null) {
  const card = postingId ? widget.renderRoot.querySelector<CareersJobCard>(`careers-job-card[data-id="${CSS.escape(postingId)}"]`) : null;
  await card?.updateComplete;
  card?.focus();
}

/** The card at `index` of the list: keyboard users go on at the first card "Show more" brought. */
export async function focusCardAt(widget: ReactiveElement, index: number) {
  await widget.updateComplete;
  const card = widget.renderRoot.querySelectorAll<CareersJobCard>('careers-job-card')[index];
  await card?.updateComplete;
  card?.focus();
}

/**
 * After Try again, unless the reader has gone elsewhere: a new failure focuses its Try again
 * (the error box, or the notice over kept postings); success, what it brought back.
 */
export function focusAfterRetry(widget: ReactiveElement, state: FeedState) {
  const root = (widget.renderRoot as ShadowRoot);
  const active = root.activeElement;
  if (active && active.getAttribute('part') !== 'retry') return;
  const failedAgain = state.status === 'failed' || (state.status === 'loaded' && state.refreshError !== undefined);
  if (failedAgain) root.querySelector<HTMLElement>('[part="retry"]')?.focus();
  else void focusFirst(widget);
}

async function focusFirst(widget: ReactiveElement) {
  await widget.updateComplete;
  const root = (widget.renderRoot as ShadowRoot);
  const posting = root.querySelector('careers-job-posting');
  if (posting) await posting.focusHeading();
  else await focusCard(widget, root.querySelector('careers-job-card')?.getAttribute('data-id') ?? null);
}
