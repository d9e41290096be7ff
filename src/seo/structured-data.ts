/**
 * Writes the open posting's JSON-LD into the document head, where search engines look for
 * it (not inside the widget's shadow root), and takes it out again.
 */
import type { Organization, Posting } from '../feed/types.js';
import { renderBodyHtml } from '../content/render/render-body.js';
import { widgetPolicy } from '../security/trusted-types.js';
import { jobPostingLd, toJsonLd } from './job-posting-ld.js';

export interface StructuredDataSource {
  /** A posting whole: its body is the description. */
  posting: Posting & { body: string };
  organization: Organization;
  /** What relative URLs in the body resolve against: the feed's URL. */
  baseUrl: string;
  /** The page URL that opens this posting. */
  pageUrl: string;
}

/**
 * Adds a `<script type="application/ld+json">` for the posting to the head, once its body has
 * rendered (a body with raw HTML waits for the sanitiser); returns its remover.
 */
export function publishStructuredData({ posting, organization, baseUrl, pageUrl }: StructuredDataSource): () => void {
  let script: HTMLScriptElement | undefined;
  let removed = false;
  void renderBodyHtml(posting.body, { baseUrl, postingId: posting.id }).then((description) => {
    if (removed) return;
    const json = toJsonLd(jobPostingLd(posting, { organization, description, pageUrl }));
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.careersWidget = posting.id;
    // Under a host's Trusted Types policy, script text must come through a policy: ours accepts only JSON.
    const policy = widgetPolicy();
    script.text = (policy ? policy.createScript(json) : json) as string;
    document.head.append(script);
  });
  return () => {
    removed = true;
    script?.remove();
  };
}
