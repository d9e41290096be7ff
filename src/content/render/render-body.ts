/**
 * The one place where a posting body (Markdown + Hugo shortcodes, untrusted) becomes DOM, built
 * with DOM APIs; only bodies with raw HTML go through the sanitiser (raw-html.ts, loaded for them).
 */
import { Lexer, type Token } from 'marked';
import { fasterRules } from '../parse/marked-rules.js';
import { parseShortcodes, type BodyNode, type LiteralNode, type ShortcodeNode } from '../parse/shortcodes.js';
import { buildShortcode, childDocument, embedElement, isBlockShortcode, type BuildContext, type Lexed } from './shortcode-nodes.js';
import type { ActionLink } from '../../feed/types.js';
import { GOLDMARK_LEXER_OPTIONS, typographer, type QuoteState } from '../parse/goldmark.js';
import { nestHeadings } from './outline.js';
import { MAX_BLOCK_NESTING, nestsTooDeep } from '../parse/nesting.js';
import { tokensToFragment } from './markdown-dom.js';
import { rawHtmlTokens } from '../parse/raw-html-tokens.js';
import { safeUrl } from '../../security/url-policy.js';
import { BODY_ELEMENTS } from './body-elements.js';

export interface RenderOptions {
  /** URL the feed came from: relative URLs in the body resolve against it. */
  baseUrl: string;
  /** The posting's id, passed to apply buttons for their `careers-apply` event. */
  postingId?: string;
  /** Level of the posting's title; the body's headings nest below it. */
  headingLevel?: number;
  /** The posting's own button, for `{{% button %}}` (the feed's `button`). */
  button?: ActionLink;
  /** `none`: embedded frames are offered as links only, never loaded. */
  frames?: 'click' | 'none';
}

export interface RenderResult {
  fragment: DocumentFragment;
  /** Things an author should fix (unknown shortcodes, parse problems); never shown to readers. */
  warnings: string[];
  /**
   * Set when the body holds raw HTML and the sanitiser is still on its way: `fragment` is empty,
   * and rendering again once this settles gives the body.
   */
  pending?: Promise<void>;
}

/** Bodies above this size are shown as plain text: hostile input must not freeze the page. */
export const MAX_BODY_LENGTH = 200_000;

/**
 * Rendered bodies nesting elements deeper than this are shown as plain text: raw HTML can nest
 * where Markdown may not (nesting.ts), and 500 nested lists or quotes push text off the page.
 */
export const MAX_ELEMENT_DEPTH = 2 * MAX_BLOCK_NESTING;

/** Shortcodes a body may use: each becomes an element, some with a shadow root of their own. */
export const MAX_SHORTCODES = 256;

const MARKER_OPEN = '\uE000';
const MARKER_CLOSE = '\uE001';
const MARKER_PATTERN = /\uE000(\d+)\uE001/g;
/** The Private Use Area: the markers come from it, so a body's own such characters (icon-font glyphs, meaningless without the font) go. */
const PRIVATE_USE = /[\uE000-\uF8FF]/g;
const SHORTCODE_DELIMITER = /\{\{[<%]|[%>]\}\}/g;
const SHORTCODE_TAG = /\{\{[<%][\s\S]*?[%>]\}\}/g;

/** marked's tokens for `source` in Goldmark's dialect, with marked-rules.ts' rules (linear time in WebKit). */
function lex(source: string, inline: boolean): Token[] {
  const lexer = new Lexer(GOLDMARK_LEXER_OPTIONS);
  // The Lexer hands its tokenizer marked's own rules as it is made.
  const tokenizer = GOLDMARK_LEXER_OPTIONS.tokenizer!;
  tokenizer.rules = fasterRules(tokenizer.rules);
  return inline ? lexer.inlineTokens(source) : lexer.lex(source);
}

let rawHtmlRenderer: typeof import('./raw-html.js') | undefined;
let sanitizerLoading: Promise<void> | undefined;
let sanitizerFailed = false;

/**
 * Loads the sanitiser that bodies with raw HTML need. Never rejects: if it cannot be loaded,
 * such bodies are shown as plain text from then on.
 */
export function loadSanitizer(): Promise<void> {
  sanitizerLoading ??= import('./raw-html.js').then(
    (module) => void (rawHtmlRenderer = module),
    () => void (sanitizerFailed = true),
  );
  return sanitizerLoading;
}

/**
 * Renders a posting body to sanitised DOM. Never throws: on failure, or past a limit that keeps
 * hostile input from freezing or overflowing the page, it returns the text as plain paragraphs.
 */
export function renderBody(source: string, options: RenderOptions): RenderResult {
  const warnings: string[] = [];
  const text = String(source ?? '').replace(PRIVATE_USE, '');
  if (text.length > MAX_BODY_LENGTH) {
    warnings.push(`body is longer than ${MAX_BODY_LENGTH} characters and is shown as plain text`);
    return { fragment: plainText(text.slice(0, MAX_BODY_LENGTH)), warnings };
  }
  try {
    if (nestsTooDeep(text)) throw new RangeError('it nests lists, quotes or emphasis too deeply');
    const { nodes, problems } = parseShortcodes(text);
    for (const problem of problems) warnings.push(`line ${problem.line}: ${problem.message}`);
    if (countShortcodes(nodes) > MAX_SHORTCODES) throw new RangeError(`it uses more than ${MAX_SHORTCODES} shortcodes`);
    const context: BuildContext = {
      baseUrl: options.baseUrl,
      postingId: options.postingId ?? '',
      headingLevel: options.headingLevel ?? 2,
      warnings,
      openedRawElements: 0,
      awaitsSanitizer: false,
      lexed: new Map(),
      button: options.button,
      frames: options.frames ?? 'click',
      renderChildren: (node) => renderNodes(node.children ?? [], context, childDocument(node)),
    };
    const fragment = renderNodes(nodes, context, { inline: false, typography: 'own' });
    if (context.awaitsSanitizer) return { fragment: document.createDocumentFragment(), warnings: [], pending: loadSanitizer() };
    if (elementDepth(fragment) > MAX_ELEMENT_DEPTH) throw new RangeError(`it nests elements more than ${MAX_ELEMENT_DEPTH} deep`);
    nestHeadings(fragment, context.headingLevel);
    return { fragment, warnings };
  } catch (error) {
    warnings.push(`body could not be rendered (${(error as Error).message}); shown as plain text`);
    return { fragment: plainText(text), warnings };
  }
}

/** renderBody, after loading the sanitiser when the body needs it. */
async function renderBodyWhenReady(source: string, options: RenderOptions): Promise<RenderResult> {
  const result = renderBody(source, options);
  if (!result.pending) return result;
  await result.pending;
  return renderBody(source, options);
}

type Document = ReturnType<typeof childDocument>;

/** Renders parsed nodes: Markdown for the text, built elements for the shortcodes. */
function renderNodes(nodes: BodyNode[], context: BuildContext, document: Document): DocumentFragment {
  const { tokens, slots } = context.lexed.get(nodes) ?? lexNodes(nodes, context, document.inline, startTypography(document));
  const fragment = rawHtmlTokens(tokens).length ? renderRawHtml(tokens, document.inline, context) : tokensToFragment(tokens, context.baseUrl);
  // Awaiting the sanitiser, the body is rendered again once it loads: building its shortcodes now is wasted.
  if (!context.awaitsSanitizer) fillSlots(fragment, slots, context);
  return fragment;
}

/** The quote count of a new Goldmark document, or null where Hugo shows the text as written. */
function startTypography(document: Document): QuoteState | null {
  return document.typography === 'none' ? null : { single: 0, double: 0 };
}

/**
 * Lexes nodes as Markdown, shortcodes as markers, and sets their typography. The content of a
 * shortcode that Hugo renders as part of the same page (`{{% accordion %}}`) is lexed when the
 * typographer reaches its marker, so that quotes count across it in source order as Goldmark's do.
 */
function lexNodes(nodes: BodyNode[], context: BuildContext, inline: boolean, quotes: QuoteState | null): Lexed {
  const slots: (LiteralNode | ShortcodeNode)[] = [];
  let markdownSource = '';
  for (const node of nodes) {
    if (node.kind === 'text') {
      // Only malformed tags are left in text (the parser reports them): never show their braces.
      markdownSource += node.text.replace(SHORTCODE_DELIMITER, '');
    } else if (node.kind === 'broken') {
      markdownSource += node.text;
    } else {
      markdownSource += `${MARKER_OPEN}${slots.length}${MARKER_CLOSE}`;
      slots.push(node);
    }
  }
  const source = dedent(markdownSource);
  const tokens = lex(source, inline);
  const lexed = { tokens, slots };
  context.lexed.set(nodes, lexed);
  if (quotes) {
    typographer(tokens, inline, quotes, (index) => {
      const slot = slots[index];
      if (slot?.kind !== 'shortcode' || !slot.children || context.lexed.has(slot.children)) return;
      const document = childDocument(slot);
      if (document.typography === 'page') lexNodes(slot.children, context, document.inline, quotes);
    });
  }
  return lexed;
}

/** A body with raw HTML: rendered by raw-html.ts once it has loaded; until then, nothing and a flag. */
function renderRawHtml(tokens: Token[], inline: boolean, context: BuildContext): DocumentFragment {
  if (sanitizerFailed) throw new Error('the sanitiser could not be loaded');
  if (!rawHtmlRenderer) {
    context.awaitsSanitizer = true;
    return document.createDocumentFragment();
  }
  const { fragment, opened } = rawHtmlRenderer.renderRawHtml(tokens, { inline, baseUrl: context.baseUrl, openedBefore: context.openedRawElements });
  context.openedRawElements = opened;
  replaceFrames(fragment, context);
  return fragment;
}

/**
 * Each `<iframe>` the sanitiser let through becomes a card that loads it only when the reader
 * asks. The fragment is not in the page yet, so no frame has loaded anything.
 */
function replaceFrames(fragment: DocumentFragment, context: BuildContext): void {
  for (const frame of fragment.querySelectorAll('iframe')) {
    const src = safeUrl(frame.getAttribute('src'), context.baseUrl, 'image');
    if (src) frame.replaceWith(embedElement(src, context, frame.title));
    else frame.remove();
  }
}

/** Replaces every marker in the fragment's text with the node built for its shortcode. */
function fillSlots(fragment: DocumentFragment, slots: (LiteralNode | ShortcodeNode)[], context: BuildContext): void {
  if (!slots.length) return;
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_TEXT);
  const marked: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(MARKER_OPEN)) marked.push(node as Text);
  }
  const blocks: Element[] = [];
  const filled = new Set<number>();
  for (const textNode of marked) {
    const replacement = document.createDocumentFragment();
    let last = 0;
    for (const match of textNode.data.matchAll(MARKER_PATTERN)) {
      replacement.append(textNode.data.slice(last, match.index));
      last = match.index + match[0].length;
      const slot = slots[Number(match[1])];
      if (!slot) continue;
      filled.add(Number(match[1]));
      const built = slot.kind === 'literal' ? document.createTextNode(slot.text) : buildShortcode(slot, context);
      if (!built) continue;
      if (slot.kind === 'shortcode' && isBlockShortcode(slot) && built instanceof Element) blocks.push(built);
      replacement.append(built);
    }
    replacement.append(textNode.data.slice(last));
    textNode.replaceWith(replacement);
  }
  for (const block of blocks) hoistOutOfParagraph(block);
  // A shortcode in an address (a link to a `relref`) is never built: say what became of it.
  slots.forEach((slot, index) => {
    if (!filled.has(index) && slot.kind === 'shortcode' && (slot.name === 'ref' || slot.name === 'relref')) buildShortcode(slot, context);
  });
}

/** A block (accordion, card) must not sit inside a paragraph: split the paragraph around it. */
function hoistOutOfParagraph(block: Element): void {
  const paragraph = block.parentElement;
  if (paragraph?.localName !== 'p') return;
  const after = paragraph.cloneNode(false) as Element;
  while (block.nextSibling) after.append(block.nextSibling);
  paragraph.after(block, after);
  for (const part of [paragraph, after]) {
    if (!part.textContent?.trim() && !part.children.length) part.remove();
  }
}

/** Removes the indentation common to all non-blank lines (shortcode content is often indented). */
function dedent(text: string): string {
  const indents = text.match(/^[ \t]*(?=\S)/gm);
  if (!indents) return text;
  const common = Math.min(...indents.map((indent) => indent.length));
  return common ? text.replace(new RegExp(`^[ \\t]{0,${common}}`, 'gm'), '') : text;
}

/** How many shortcodes the parsed body holds, nested ones included. */
function countShortcodes(nodes: BodyNode[]): number {
  let count = 0;
  for (const pending = [nodes]; pending.length; ) {
    for (const node of pending.pop()!) {
      if (node.kind !== 'shortcode') continue;
      count++;
      if (node.children) pending.push(node.children);
    }
  }
  return count;
}

/** How many elements deep the fragment nests (iteratively: a hostile depth must not overflow the stack). */
function elementDepth(fragment: DocumentFragment): number {
  const walker = document.createTreeWalker(fragment, NodeFilter.SHOW_ELEMENT);
  let depth = 0;
  let deepest = 0;
  for (let node = walker.firstChild(); node; ) {
    deepest = Math.max(deepest, ++depth);
    node = walker.firstChild();
    if (node) continue;
    // A leaf: on to the next sibling, climbing until there is one (parentNode is null at the top).
    while (!(node = walker.nextSibling())) {
      if (!walker.parentNode()) return deepest;
      depth--;
    }
    depth--;
  }
  return deepest;
}

/** The body's paragraphs as plain text, shortcode tags removed: the fallback when rendering fails. */
function plainText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const paragraph of text.split(/\n{2,}/)) {
    const words = paragraph.replace(SHORTCODE_TAG, '').replace(SHORTCODE_DELIMITER, '').trim();
    if (!words) continue;
    const element = document.createElement('p');
    element.textContent = words;
    fragment.append(element);
  }
  return fragment;
}

/**
 * The body as plain HTML for search engines (JSON-LD `description`): rendered and sanitised
 * as for readers, with the widget's own elements turned into headings, paragraphs and links.
 */
export async function renderBodyHtml(source: string, options: RenderOptions): Promise<string> {
  const container = document.createElement('div');
  container.append((await renderBodyWhenReady(source, options)).fragment);
  for (const icon of container.querySelectorAll('svg')) icon.remove();
  const { accordion, contactCard, applyButton } = BODY_ELEMENTS;
  const custom = [...container.querySelectorAll(`${accordion}, ${contactCard}, ${applyButton}`)];
  for (const element of custom.reverse()) element.replaceWith(plainMarkupFor(element));
  return container.innerHTML;
}

function plainMarkupFor(element: Element): DocumentFragment {
  const markup = document.createDocumentFragment();
  const heading = element.getAttribute('heading');
  if (heading) {
    const title = document.createElement('p');
    title.append(document.createElement('strong'));
    title.firstElementChild!.textContent = heading;
    markup.append(title);
  }
  markup.append(...element.childNodes);
  const href = element.getAttribute('href');
  const label = element.getAttribute('label') || element.getAttribute('link-label') || href;
  if (href && label) {
    const paragraph = document.createElement('p');
    const link = document.createElement('a');
    link.setAttribute('href', href);
    link.textContent = label;
    paragraph.append(link);
    const description = element.getAttribute('description');
    if (description) paragraph.append(document.createElement('br'), description);
    markup.append(paragraph);
  }
  return markup;
}
