import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { FeedLoadError } from '../../feed/load.js';
import type { FeedState, ShownFeed } from './feed-controller.js';
import { renderKeptNotice } from './kept-notice.js';

/** Cards sketched while the feed loads: enough to fill the reserved height on one column. */
const PLACEHOLDERS = 12;

/** While the feed loads: said once, and the space of the cards kept. */
function renderLoading(limit: number) {
  return html`<p part="status" role="status">${msg('Loading open positions…')}</p>
    ${renderPlaceholders(limit)}`;
}

/** Empty cards that keep the list's space; `limit`: the widget shows at most that many. */
function renderPlaceholders(limit: number) {
  return html`<div class="placeholders" ?data-limited=${limit > 0} aria-hidden="true">
    ${Array.from({ length: limit > 0 ? Math.min(limit, PLACEHOLDERS) : PLACEHOLDERS }, () => html`<div class="placeholder"></div>`)}
  </div>`;
}

/** The feed could not be shown: why, in the reader's language, and a Try again. */
function renderError(error: unknown, onRetry: () => void) {
  return html`<div part="error" role="alert">
    <p>${describeError(error)}</p>
    <button part="retry" type="button" @click=${onRetry}>${msg('Try again')}</button>
  </div>`;
}

export function describeError(error: unknown) {
  const code = error instanceof FeedLoadError ? error.code : 'format';
  switch (code) {
    case 'no-source':
      return msg('No job feed is set for this widget, so there are no positions to show.');
    case 'network':
      return msg('We could not reach the list of open positions. Check your connection and try again.');
    case 'timeout':
      return msg('The list of open positions is taking too long to load. Try again in a moment.');
    case 'http': {
      const status = (error as FeedLoadError).status ?? 0;
      return msg(str`The list of open positions could not be loaded (the server answered ${status}).`);
    }
    case 'too-large':
      return msg('The list of open positions is too large to load.');
    case 'not-json':
    case 'format':
      return msg('The list of open positions is damaged and could not be read.');
    case 'unsupported-version':
      return msg('The list of open positions is in a newer format than this widget understands.');
  }
}

/** What the widget's status says, beside the feed's state. */
export interface StatusView {
  /** The widget's messages are there: until then only the placeholders show, and nothing is said. */
  ready: boolean;
  limit: number;
  now: number;
  locale: string;
  onRetry(): void;
}

/**
 * The widget's box: the notice over kept postings that could not be refreshed, in a live region
 * there from the first render so that what it says is announced; then the loading state, the
 * error, or the feed.
 */
export function renderWidget(state: FeedState, view: StatusView, renderFeed: (shown: ShownFeed) => unknown) {
  const notice = view.ready && state.status === 'loaded' && state.refreshError !== undefined;
  const kept = notice && renderKeptNotice({ keptAt: state.shown.time, now: view.now, locale: view.locale, retrying: !!state.retrying, onRetry: view.onRetry });
  return html`<div part="base">
    <div aria-live="polite">${kept || nothing}</div>
    ${!view.ready ? renderPlaceholders(view.limit) : renderState(state, view, renderFeed)}
  </div>`;
}

function renderState(state: FeedState, view: StatusView, renderFeed: (shown: ShownFeed) => unknown) {
  switch (state.status) {
    case 'loading':
      return renderLoading(view.limit);
    case 'loaded':
      return renderFeed(state.shown);
    case 'failed':
      return renderError(state.error, view.onRetry);
  }
}
