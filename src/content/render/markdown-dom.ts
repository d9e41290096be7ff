/**
 * Markdown tokens to DOM for bodies without raw HTML, mirroring marked's HTML renderer: elements
 * made by name, text as text, URLs through the URL policy, so no sanitiser is needed.
 */
import type { Token, Tokens } from 'marked';
import { safeUrl } from '../../security/url-policy.js';
import { setSafeLink } from '../../security/link-attributes.js';
import { widgetPolicy } from '../../security/trusted-types.js';
import { headingSource } from '../parse/slug.js';

/** Builds the tokens' DOM; relative URLs resolve against `baseUrl`. */
export function tokensToFragment(tokens: Token[], baseUrl: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  appendTokens(fragment, tokens, baseUrl);
  return fragment;
}

function appendTokens(parent: Node, tokens: Token[], baseUrl: string): void {
  for (const token of tokens) {
    const node = buildToken(token, baseUrl);
    if (node) parent.appendChild(node);
  }
}

function element(name: string, children: Token[] | undefined, baseUrl: string): HTMLElement {
  const built = document.createElement(name);
  if (children) appendTokens(built, children, baseUrl);
  return built;
}

function buildToken(token: Token, baseUrl: string): Node | null {
  switch (token.type) {
    case 'paragraph':
      return element('p', token.tokens, baseUrl);
    case 'heading': {
      const heading = element(`h${Math.min(6, Math.max(1, (token as Tokens.Heading).depth))}`, token.tokens, baseUrl);
      heading.dataset.slug = headingSource(token.tokens ?? []); // outline.ts makes the id of it
      return heading;
    }
    case 'blockquote':
      return element('blockquote', token.tokens, baseUrl);
    case 'strong':
    case 'em':
    case 'del':
      return element(token.type, token.tokens, baseUrl);
    case 'hr':
    case 'br':
      return document.createElement(token.type);
    case 'code': {
      const pre = document.createElement('pre');
      pre.appendChild(document.createElement('code')).textContent = `${(token as Tokens.Code).text.replace(/\n$/, '')}\n`;
      return pre;
    }
    case 'codespan': {
      const code = document.createElement('code');
      code.textContent = (token as Tokens.Codespan).text;
      return code;
    }
    case 'list':
      return buildList(token as Tokens.List, baseUrl);
    case 'table':
      return buildTable(token as Tokens.Table, baseUrl);
    case 'link':
      return buildLink(token as Tokens.Link, baseUrl);
    case 'image':
      return buildImage(token as Tokens.Image, baseUrl);
    case 'text': {
      // Block text (a tight list item's) carries inline tokens; inline text is the words themselves.
      if (!token.tokens) return textNode(token);
      const fragment = document.createDocumentFragment();
      appendTokens(fragment, token.tokens, baseUrl);
      return fragment;
    }
    case 'escape':
      return document.createTextNode((token as Tokens.Escape).text);
    default:
      // space, def, checkbox: nothing to show (a task list's checkbox is not kept, as before).
      return null;
  }
}

function textNode(token: Token): Text {
  // Marked leaves named character references (`&copy;`) in text for the HTML parser to read.
  // (Text it passes on unescaped is raw HTML's: such bodies never come here, see raw-html-tokens.ts.)
  return document.createTextNode(decodeCharacterReferences((token as Tokens.Text).text));
}

function buildList(list: Tokens.List, baseUrl: string): HTMLElement {
  const built = document.createElement(list.ordered ? 'ol' : 'ul');
  if (list.ordered && typeof list.start === 'number' && list.start !== 1) built.setAttribute('start', String(list.start));
  for (const item of list.items) built.appendChild(element('li', item.tokens, baseUrl));
  return built;
}

function buildTable(table: Tokens.Table, baseUrl: string): HTMLElement {
  const built = document.createElement('table');
  const row = (cells: Tokens.TableCell[]) => {
    const tr = document.createElement('tr');
    for (const cell of cells) {
      const cellElement = element(cell.header ? 'th' : 'td', cell.tokens, baseUrl);
      if (cell.align) cellElement.setAttribute('align', cell.align);
      tr.appendChild(cellElement);
    }
    return tr;
  };
  built.appendChild(document.createElement('thead')).appendChild(row(table.header));
  if (table.rows.length) {
    const body = built.appendChild(document.createElement('tbody'));
    for (const cells of table.rows) body.appendChild(row(cells));
  }
  return built;
}

function buildLink(link: Tokens.Link, baseUrl: string): Node {
  const anchor = element('a', link.tokens, baseUrl);
  if (link.title) anchor.title = decodeCharacterReferences(link.title);
  setSafeLink(anchor, link.href, baseUrl);
  return anchor;
}

function buildImage(image: Tokens.Image, baseUrl: string): Node {
  const alt = decodeCharacterReferences(image.text);
  const src = safeUrl(image.href, baseUrl, 'image');
  if (!src) return document.createTextNode(alt);
  const built = document.createElement('img');
  built.src = src;
  built.alt = alt;
  built.loading = 'lazy';
  if (image.title) built.title = decodeCharacterReferences(image.title);
  return built;
}

const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/gi;
const decoded = new Map<string, string>();

/**
 * Decodes the character references in text as the HTML parser would. Each reference is read
 * alone, as nothing but `&…;`, in an inert document: no markup can ride along.
 */
function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (reference) => {
    let value = decoded.get(reference);
    if (value === undefined) {
      try {
        const policy = widgetPolicy();
        const html = policy ? policy.createHTML(reference) : reference;
        value = new DOMParser().parseFromString(html as string, 'text/html').body.textContent ?? reference;
      } catch {
        value = reference; // Trusted Types enforced and our policy refused: show it as written
      }
      decoded.set(reference, value);
    }
    return value;
  });
}
