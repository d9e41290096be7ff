import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { publishStructuredData, type StructuredDataSource } from '../../seo/structured-data.js';

/** What the host shows now: a posting to describe (with its feed's organization), or nothing. */
export type StructuredDataRequest = Omit<StructuredDataSource, 'organization'> & Partial<Pick<StructuredDataSource, 'organization'>>;

/**
 * Keeps the document head's JSON-LD in step with the posting a widget shows: written when it
 * opens, replaced when another opens, removed when it closes or the widget leaves the page.
 * Loaded with the JSON-LD code, only by widgets with `structured-data` on.
 */
export class StructuredDataController implements ReactiveController {
  private postingId = '';
  private remove?: () => void;

  constructor(
    host: ReactiveControllerHost,
    private readonly current: () => StructuredDataRequest | null,
  ) {
    host.addController(this);
  }

  hostUpdated() {
    this.sync(this.current());
  }

  hostDisconnected() {
    this.sync(null);
  }

  private sync(request: StructuredDataRequest | null) {
    const postingId = request?.posting.id ?? '';
    if (postingId === this.postingId) return;
    this.remove?.();
    this.remove = undefined;
    this.postingId = postingId;
    if (!request) return;
    const { organization } = request;
    if (!organization) {
      console.warn('careers-widget: structured-data needs the feed\'s "organization" (hiringOrganization); no JSON-LD written');
      return;
    }
    this.remove = publishStructuredData({ ...request, organization });
  }
}
