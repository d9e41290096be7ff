import type { Posting } from './types.js';

/** One card's worth of postings: translations of one another, and the one to show. */
export interface TranslationGroup {
  shown: Posting;
  /** Every version, the shown one included, in feed order. */
  versions: Posting[];
}

/**
 * Groups postings that share a `translationKey` and picks, for each group, the version
 * `prefers` accepts (the reader's language), else the first in feed order (the original).
 */
export function groupTranslations(postings: Posting[], prefers: (posting: Posting) => boolean): TranslationGroup[] {
  const groups = new Map<string, Posting[]>();
  for (const posting of postings) {
    const key = posting.translationKey ? `key:${posting.translationKey}` : `id:${posting.id}`;
    const versions = groups.get(key);
    if (versions) versions.push(posting);
    else groups.set(key, [posting]);
  }
  return [...groups.values()].map((versions) => ({ shown: versions.find(prefers) ?? versions[0], versions }));
}
