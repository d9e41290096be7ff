/**
 * Posting ids and translation keys as the feed holds them: URL-safe, at most 128 characters.
 * Pure, so the demo's playground names a posting as `careers-feed build` does.
 */

/** A page's file name: the name less this extension is the stem a posting's id comes from. */
export const MARKDOWN_FILE = /\.(md|markdown|mdown)$/i;

const TRANSLITERATE: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L', þ: 'th', Þ: 'TH', ð: 'd', Ð: 'D' };

/** A URL-safe id (`[A-Za-z0-9._~-]`) from a page's path: `team/senior-dev.nb` → `team-senior-dev.nb`. */
export function idFromPath(stem: string): string {
  const id = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[øØæÆœŒßđĐłŁþÞðÐ]/g, (c) => TRANSLITERATE[c])
    .replace(/[^A-Za-z0-9._~]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return boundedKey(id || 'posting');
}

/** Keys and ids are at most 128 characters: longer ones keep their start and gain a short hash. */
export function boundedKey(key: string): string {
  if (key.length <= 128) return key;
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return `${key.slice(0, 119)}-${hash.toString(16).padStart(8, '0')}`;
}
