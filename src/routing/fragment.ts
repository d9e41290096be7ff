/**
 * The part of the page URL a widget owns: `#KEY` for its list, `#KEY/ID` for an open posting,
 * either followed by `?team=…&location=…&lang=…&q=…` for the reader's filters. KEY is the
 * widget's `id` (so several widgets can share a page) or `careers`. Every other fragment
 * belongs to the host page.
 */
import { NO_FILTERS, type ReaderFilters } from '../feed/listing.js';

export const DEFAULT_ROUTE_KEY = 'careers';

export interface Route {
  /** The posting the fragment opens, if any. */
  postingId: string | null;
  filters: ReaderFilters;
}

const FILTER_PARAMS: Record<keyof ReaderFilters, string> = { team: 'team', location: 'location', lang: 'lang', query: 'q' };

export function readRoute(hash: string, key: string): Route {
  const fragment = hash.replace(/^#/, '');
  const [path, query = ''] = splitOnce(fragment, '?');
  if (path !== key && !path.startsWith(`${key}/`)) return { postingId: null, filters: NO_FILTERS };
  const params = new URLSearchParams(query);
  const filters = { ...NO_FILTERS };
  for (const [field, param] of Object.entries(FILTER_PARAMS) as [keyof ReaderFilters, string][]) {
    filters[field] = params.get(param) ?? '';
  }
  const id = safeDecode(path.slice(key.length + 1));
  return { postingId: id || null, filters };
}

/** The fragment for a list (postingId null) or a posting, carrying the reader's filters. */
export function routeFragment(key: string, postingId: string | null, filters: ReaderFilters = NO_FILTERS): string {
  const params = new URLSearchParams();
  for (const [field, param] of Object.entries(FILTER_PARAMS) as [keyof ReaderFilters, string][]) {
    if (filters[field]) params.set(param, filters[field]);
  }
  const query = params.toString();
  return `#${key}${postingId ? `/${encodeURIComponent(postingId)}` : ''}${query ? `?${query}` : ''}`;
}

function splitOnce(text: string, separator: string): [string, string?] {
  const index = text.indexOf(separator);
  return index < 0 ? [text] : [text.slice(0, index), text.slice(index + 1)];
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
