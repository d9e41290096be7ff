import { isExternal, safeUrl } from './url-policy.js';

/**
 * Points an anchor at a URL that passed the URL policy, or leaves it an inert anchor whose
 * text stays. Links to other origins open in a new tab without an opener.
 */
export function setSafeLink(anchor: Element, raw: string | null | undefined, baseUrl: string): void {
  const url = safeUrl(raw, baseUrl, 'link');
  anchor.removeAttribute('href');
  anchor.removeAttribute('target');
  anchor.removeAttribute('rel');
  if (!url) return;
  anchor.setAttribute('href', url);
  if (isExternal(url, location.origin)) {
    anchor.setAttribute('target', '_blank');
    anchor.setAttribute('rel', 'noopener noreferrer');
  }
}
