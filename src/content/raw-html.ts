/**
 * Posting bodies whose Markdown holds raw HTML: marked's HTML output of their tokens, the raw
 * parts screened and counted, through a private DOMPurify instance (a host's hooks and settings
 * never reach it) with the widget's allow-list, its Trusted Types policy, and the URL policy on
 * every link and image. Loaded on demand by render-body.ts: DOMPurify is 13 KB gzip, and most
 * bodies never need it.
 */
import DOMPurify from 'dompurify';
import { Parser, Renderer, getDefaults, type Token, type Tokens } from 'marked';
import { rawHtmlTokens, type RawHtmlToken } from './raw-html-tokens.js';
import { safeUrl } from './url-policy.js';
import { setSafeLink } from './safe-link.js';
import { widgetPolicy } from './trusted-types.js';
import { headingSource, slugify } from './slug.js';

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
function screenRawHtml(token: RawHtmlToken, opened: { count: number }) {
  for (const [, name] of token.raw.matchAll(TAG_OPENER)) if (!NOT_NESTING.has(name.toLowerCase())) opened.count++;
  token.text = token.text
    .replace(STYLE_ELEMENT, '')
    .replace(START_TAG, (tag: string) => tag.replace(INLINE_STYLE_OR_HANDLER, ''));
}

const purify = DOMPurify(window);

const SANITIZE_CONFIG = {
  ALLOWED_TAGS: [
    'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'div', 'dl', 'dt', 'em',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'mark', 'ol',
    'p', 'pre', 's', 'small', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td',
    'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
    // Never shown: render-body.ts makes each a card that loads it only when the reader asks.
    'iframe',
  ],
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'id', 'colspan', 'rowspan', 'align', 'start', 'lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  RETURN_DOM_FRAGMENT: true as const,
};

/** Links, frames and images through the URL policy, relative ones against the body's `baseUrl`. */
function screenUrls(node: Node, baseUrl: string) {
  if (!(node instanceof Element)) return;
  if (node.localName === 'a' && node.hasAttribute('href')) {
    setSafeLink(node, node.getAttribute('href'), baseUrl);
  } else if (node.localName === 'iframe') {
    const src = safeUrl(node.getAttribute('src'), baseUrl, 'image');
    for (const attribute of [...node.attributes]) if (attribute.name !== 'title') node.removeAttribute(attribute.name);
    if (src) node.setAttribute('src', src);
  } else if (node.localName === 'img') {
    const src = safeUrl(node.getAttribute('src'), baseUrl, 'image');
    if (src) {
      node.setAttribute('src', src);
      node.setAttribute('loading', 'lazy');
    } else {
      node.removeAttribute('src');
    }
  }
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
  /** The raw elements of the whole body so far, across its shortcodes' contents. */
  opened: { count: number };
}

/**
 * Renders marked's tokens of Markdown with raw HTML to a sanitised fragment. The raw parts of
 * the tokens are screened in place first.
 */
export function renderRawHtml(tokens: Token[], { inline, baseUrl, opened }: RawHtmlOptions): DocumentFragment {
  for (const token of rawHtmlTokens(tokens)) screenRawHtml(token, opened);
  if (opened.count > MAX_RAW_HTML_ELEMENTS) throw new RangeError(`it opens more than ${MAX_RAW_HTML_ELEMENTS} HTML elements`);
  const html = inline ? Parser.parseInline(tokens, PARSER_OPTIONS) : Parser.parse(tokens, PARSER_OPTIONS);
  // A hook for this call alone: it knows this body's base URL.
  const hook = (node: Node) => screenUrls(node, baseUrl);
  purify.addHook('afterSanitizeAttributes', hook);
  try {
    const policy = widgetPolicy();
    return purify.sanitize(html, { ...SANITIZE_CONFIG, ...(policy && { TRUSTED_TYPES_POLICY: policy }) });
  } finally {
    purify.removeHook('afterSanitizeAttributes', hook);
  }
}
