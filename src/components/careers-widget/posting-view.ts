import { html, type ReactiveControllerHost } from 'lit';
import type { Posting } from '../../feed/types.js';
import type { LoadedFeed } from '../../feed/load.js';
import type { TranslationGroup } from '../../feed/translations.js';
import type { CareersOpenEvent } from '../../events.js';
import { matchLocale } from '../../i18n/locale.js';
import { loadLocale } from '../../i18n/localization.js';
import { ensureDefined } from '../shared/lazy-definitions.js';
import type { RouteController } from '../../routing/route-controller.js';
import type { PostingDetails } from './posting-details.js';
import type { StructuredDataRequest } from './structured-data-controller.js';

/** What the open posting shows and how it reports the reader's actions to the widget. */
export interface PostingView {
  /** The open posting among its translations. */
  group: TranslationGroup;
  /** Which one is open, the URLs of each, and Back. */
  route: RouteController;
  /** A list-only feed's posting files. */
  details: PostingDetails;
  baseUrl: string;
  headingLevel: number;
  frames: 'click' | 'none';
  onOpen(event: CareersOpenEvent): void;
}

export function renderPostingView(view: PostingView) {
  const { route, details } = view;
  const listed = view.group.versions.find((version) => version.id === route.openId)!;
  const posting = details.whole(listed) ?? listed;
  const translations = view.group.versions
    .filter((version) => version !== posting)
    .map((version) => ({ id: version.id, lang: version.lang, href: route.postingHref(version.id) }));
  const back = (event: Event) => {
    event.preventDefault();
    route.back();
  };
  return html`<careers-job-posting
    part="posting"
    .posting=${posting}
    .translations=${translations}
    @careers-open=${view.onOpen}
    base-url=${view.baseUrl}
    back-href=${route.listUrl || '/'}
    share-url=${route.postingUrl(posting.id)}
    heading-level=${view.headingLevel}
    frames=${view.frames}
    ?body-failed=${details.failed(listed.id)}
    @careers-back=${back}
  ></careers-job-posting>`;
}

/**
 * The code and messages a posting needs, so that opening one waits for nothing more; asked for
 * after the frame that paints the first cards, so that nothing competes with the feed.
 */
export function prefetchPostingView(postings: Posting[]) {
  requestAnimationFrame(() =>
    setTimeout(() => {
      ensureDefined('careers-job-posting').catch(() => {}); // opening a posting asks again, and shows the failure
      for (const locale of new Set(postings.map((posting) => matchLocale(posting.lang)))) if (locale) void loadLocale(locale);
    }),
  );
}

/** The open posting for search engines, once it is whole; null when none is open (or structured data is off). */
export function structuredDataOf(view: Pick<PostingView, 'route' | 'details'> & { group?: TranslationGroup; loaded?: LoadedFeed; on: boolean }): StructuredDataRequest | null {
  const { loaded, route } = view;
  const listed = view.on ? view.group?.versions.find((version) => version.id === route.openId) : undefined;
  const posting = listed && view.details.whole(listed);
  if (!loaded || !posting || posting.body === undefined) return null;
  return { posting: { ...posting, body: posting.body }, organization: loaded.feed.organization, baseUrl: loaded.baseUrl, pageUrl: route.postingUrl(posting.id) };
}

/** Starts the JSON-LD of the open posting: its code loads only on pages that turn structured data on. */
export async function startStructuredData(host: ReactiveControllerHost, request: () => StructuredDataRequest | null) {
  const { StructuredDataController } = await import('./structured-data-controller.js');
  new StructuredDataController(host, request);
  host.requestUpdate();
}
