/**
 * The part of the page URL a widget owns: `#KEY` for its list and `#KEY/ID` for an open
 * posting, where KEY is the widget's `id` (so several widgets can share a page) or
 * `careers`. Every other fragment belongs to the host page.
 */

export const DEFAULT_ROUTE_KEY = 'careers';

export interface Route {
  /** Whether the fragment is this widget's at all. */
  mine: boolean;
  /** The posting the fragment opens, if any. */
  postingId: string | null;
}

export function readRoute(hash: string, key: string): Route {
  const fragment = hash.replace(/^#/, '');
  if (fragment === key) return { mine: true, postingId: null };
  if (!fragment.startsWith(`${key}/`)) return { mine: false, postingId: null };
  const id = safeDecode(fragment.slice(key.length + 1));
  return { mine: true, postingId: id || null };
}

export function postingFragment(key: string, postingId: string): string {
  return `#${key}/${encodeURIComponent(postingId)}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
