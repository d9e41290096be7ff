import { isExternal, safeUrl } from './url-policy.js';

/** An anchor's attributes for a URL that passed the URL policy. */
export interface LinkAttributes {
  href: string;
  /** Set, with `rel`, for a link to another origin: it opens in a new tab without an opener. */
  target?: '_blank';
  rel?: 'noopener noreferrer';
}

/** The attributes of a link to `raw` resolved against `baseUrl`, or null when the URL policy refuses it. */
export function linkAttributes(raw: unknown, baseUrl: string): LinkAttributes | null {
  const href = safeUrl(raw, baseUrl, 'link');
  if (!href) return null;
  return isExternal(href, location.origin) ? { href, target: '_blank', rel: 'noopener noreferrer' } : { href };
}

/** Points an anchor at a URL that passed the URL policy, or leaves it an inert anchor whose text stays. */
export function setSafeLink(anchor: Element, raw: string | null | undefined, baseUrl: string): void {
  anchor.removeAttribute('href');
  anchor.removeAttribute('target');
  anchor.removeAttribute('rel');
  for (const [name, value] of Object.entries(linkAttributes(raw, baseUrl) ?? {})) anchor.setAttribute(name, value);
}
