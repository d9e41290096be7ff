/**
 * Posting bodies whose Markdown holds raw HTML: marked's HTML output of their tokens, the raw
 * parts screened and counted first, then sanitised (security/sanitize-html.ts). Loaded on demand
 * by render-body.ts: DOMPurify is 13 KB gzip, and most bodies never need it.
 */
import { Parser, Renderer, getDefaults, type Token, type Tokens } from 'marked';
import { rawHtmlTokens, type RawHtmlToken } from '../parse/raw-html-tokens.js';
import { headingSource, slugify } from '../parse/slug.js';
import { sanitizeHtml } from '../../security/sanitize-html.js';

/**
 * Raw HTML elements a body may open (void ones and ones whose end tag is optional, such as `p`
 * and `li`, aside). The browser's HTML parser slows with the square of the nesting: 50,000
 * nested `<div>` take it seconds. Counted, never matched with end tags, so no markup can hide one.
 */
export const MAX_RAW_HTML_ELEMENTS = 1024;

const NOT_NESTING = new Set([
  ...['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr'],
  ...['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup'],
]);
const TAG_OPENER = /<([a-z][a-z0-9-]*)/gi;
// A start tag as the HTML tokenizer reads it: quoted values may hold `<` and `>`; the `>` may be missing.
const START_TAG = /<[a-z](?:[^<>=]|=\s*"[^"]*"|=\s*'[^']*'|=)*>?/gi;
const INLINE_STYLE_OR_HANDLER = /[\s/](?:style|on[a-z]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?/gi;
const STYLE_ELEMENT = /<style[\s/>][\s\S]*?(?:<\/style\s*>|$)/gi;

/**
 * Counts the elements raw HTML opens, and drops its inline styles and event handlers before
 * any parser sees them. The sanitiser would remove them anyway, but merely parsing one makes a
 * strict host page (style-src, script-src without 'unsafe-inline') report a violation.
 */
function screenRawHtml(token: RawHtmlToken): number {
  let opened = 0;
  for (const [, name] of token.raw.matchAll(TAG_OPENER)) if (!NOT_NESTING.has(name.toLowerCase())) opened++;
  token.text = token.text
    .replace(STYLE_ELEMENT, '')
    .replace(START_TAG, (tag: string) => tag.replace(INLINE_STYLE_OR_HANDLER, ''));
  return opened;
}

/** Markdown headings get the id Hugo gives them, from their source text (outline.ts keeps it). */
class HeadingIds extends Renderer {
  override heading(token: Tokens.Heading): string {
    const id = slugify(headingSource(token.tokens)).replace(/[&"<>]/g, '');
    return super.heading(token).replace(/^<h(\d)>/, `<h$1 id="${id}">`);
  }
}

const PARSER_OPTIONS = { ...getDefaults(), renderer: new HeadingIds() };

interface RawHtmlOptions {
  inline: boolean;
  /** Relative URLs resolve against it. */
  baseUrl: string;
  /** The raw elements the body opened before these tokens, across its shortcodes' contents. */
  openedBefore: number;
}

/**
 * Renders marked's tokens of Markdown with raw HTML to a sanitised fragment, and the count of raw
 * elements opened so far. The raw parts of the tokens are screened in place first.
 */
export function renderRawHtml(tokens: Token[], { inline, baseUrl, openedBefore }: RawHtmlOptions): { fragment: DocumentFragment; opened: number } {
  let opened = openedBefore;
  for (const token of rawHtmlTokens(tokens)) opened += screenRawHtml(token);
  if (opened > MAX_RAW_HTML_ELEMENTS) throw new RangeError(`it opens more than ${MAX_RAW_HTML_ELEMENTS} HTML elements`);
  const html = inline ? Parser.parseInline(tokens, PARSER_OPTIONS) : Parser.parse(tokens, PARSER_OPTIONS);
  return { fragment: sanitizeHtml(html, baseUrl), opened };
}
