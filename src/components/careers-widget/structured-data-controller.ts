import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StructuredDataSource } from '../../seo/structured-data.js';

/** What the host shows now: a posting to describe (with its feed's organization), or nothing. */
export type StructuredDataRequest = Omit<StructuredDataSource, 'organization'> & Partial<Pick<StructuredDataSource, 'organization'>>;

/**
 * Keeps the document head's JSON-LD in step with the posting a widget shows: written when it
 * opens, replaced when another opens, removed when it closes or the widget leaves the page.
 * The JSON-LD code loads only when first needed.
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
    void this.sync(this.current());
  }

  hostDisconnected() {
    void this.sync(null);
  }

  private async sync(request: StructuredDataRequest | null) {
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
    const { publishStructuredData } = await import('../../seo/structured-data.js');
    if (this.postingId === postingId) this.remove = publishStructuredData({ ...request, organization });
  }
}
