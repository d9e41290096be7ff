/** Language tags as Hugo's content uses them, in the feed's canonical BCP 47 casing. Pure. */

const TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/**
 * `En` → `en`, `en_us` → `en-US`, `zh-hant-tw` → `zh-Hant-TW`; null when it is not a
 * language tag the feed accepts (2 or 3 letters, then subtags of 1 to 8 letters or digits).
 */
export function normalizeLang(raw: string): string | null {
  const text = raw.trim();
  if (!TAG.test(text)) return null;
  return text
    .split(/[-_]/)
    .map((part, index) => {
      if (index === 0) return part.toLowerCase();
      if (part.length === 4 && /^[A-Za-z]+$/.test(part)) return part[0].toUpperCase() + part.slice(1).toLowerCase();
      if (part.length === 2 && /^[A-Za-z]+$/.test(part)) return part.toUpperCase();
      return part.toLowerCase();
    })
    .join('-');
}

/**
 * Hugo's translation by file name: `name.nb.md` is the `nb` page of `name`. Returns the
 * name without the language and the language, or the name as is when its last dotted part
 * is not a language tag. (Hugo only takes languages its site configures; without a site
 * configuration, any well-formed tag counts.)
 */
export function splitLangSuffix(stem: string): { name: string; lang: string | null } {
  const dot = stem.lastIndexOf('.');
  if (dot <= 0) return { name: stem, lang: null };
  const lang = normalizeLang(stem.slice(dot + 1));
  return lang ? { name: stem.slice(0, dot), lang } : { name: stem, lang: null };
}
