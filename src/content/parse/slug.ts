import type { Token, Tokens } from 'marked';

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

/**
 * A heading's text as Goldmark reads it for the heading's id: the source of its words, before
 * the typographer (`--` stays `--`), without emphasis marks or the renderer's shortcode markers.
 */
export function headingSource(tokens: Token[]): string {
  let text = '';
  for (const token of tokens) {
    if (token.type !== 'text' && 'tokens' in token && Array.isArray(token.tokens)) text += headingSource(token.tokens as Token[]);
    else if (token.type === 'text' || token.type === 'html') text += token.raw;
    else if (token.type === 'escape' || token.type === 'codespan') text += (token as Tokens.Codespan).text;
  }
  return text.replace(/\uE000\d*\uE001/g, '');
}
