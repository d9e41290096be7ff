/**
 * The one URL policy for every href/src from a feed. The WHATWG URL parser decides, as the browser
 * will when it follows the link, so no case trick or control character in a scheme slips past.
 * Values are decoded text (`javascript&colon;` is a relative path here); set results as attributes.
 */

export type UrlUse = 'link' | 'image';

const MAX_URL_LENGTH = 4096;
/** The renderer's markers stand for shortcodes; one in a URL is a shortcode that gave no address (an unresolved `relref`). */
const PRIVATE_USE = /[\uE000-\uF8FF]/;
const HTTP_SCHEMES = ['https:', 'http:'];
const ALLOWED_SCHEMES: Record<UrlUse, string[]> = {
  link: [...HTTP_SCHEMES, 'mailto:', 'tel:'],
  image: HTTP_SCHEMES,
};

function parseUrl(raw: string, base?: string): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

/**
 * An absolute, normalised URL for `raw` resolved against `base` (the feed's URL, never
 * the host page), or null when it is not a string, empty, too long, unparseable or of a
 * scheme not allowed for `use`, or holding a character of the Private Use Area. A bare `#fragment` link is returned as a fragment (percent-
 * encoded like URL#hash), because it addresses an element inside the posting.
 */
export function safeUrl(raw: unknown, base: string, use: UrlUse = 'link'): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_URL_LENGTH || PRIVATE_USE.test(raw)) return null;
  // Trim what the URL parser itself ignores: C0 controls and spaces at both ends.
  const trimmed = raw.replace(/^[\0- ]+|[\0- ]+$/g, '');
  // An empty reference would point at the feed JSON itself: never a useful link or image.
  if (!trimmed) return null;
  if (trimmed.startsWith('#')) {
    if (use !== 'link') return null;
    // Any base will do: only the (normalised) fragment is kept.
    return '#' + parseUrl(trimmed, 'https://fragment.invalid/')!.hash.slice(1);
  }
  const url = parseUrl(trimmed, base);
  return url && ALLOWED_SCHEMES[use].includes(url.protocol) ? url.href : null;
}

/** Whether a safeUrl result leaves the page's origin over http(s): such links open in a new tab. */
export function isExternal(url: string, pageOrigin: string): boolean {
  const target = parseUrl(url);
  return !!target && HTTP_SCHEMES.includes(target.protocol) && target.origin !== parseUrl(pageOrigin)?.origin;
}
