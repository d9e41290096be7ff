/**
 * The heading id Hugo gives by default (GitHub style): lower case, punctuation dropped,
 * each space a hyphen, letters of every script kept ("Vår process?" → "vår-process").
 */
export function slugify(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}\s_-]/gu, '')
    .replace(/\s/g, '-');
}
