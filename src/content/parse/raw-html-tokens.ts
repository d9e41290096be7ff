/**
 * The parts of marked's tokens that marked passes on as HTML, as written: raw HTML (`html`
 * tokens) and the text inside a raw `<pre>`, `<code>`, `<kbd>` or `<script>` (`text` tokens
 * marked calls `escaped`: it leaves them unescaped). A body with any is rendered through the
 * sanitiser (raw-html.ts), which screens and counts exactly these.
 */
import type { Token, Tokens } from 'marked';
import { itemTokenLists, tableCells } from './token-children.js';

export type RawHtmlToken = Tokens.HTML | Tokens.Text;

/** The raw HTML among the tokens, nested ones included (lists' items, tables' cells). */
export function rawHtmlTokens(tokens: Token[]): RawHtmlToken[] {
  const found: RawHtmlToken[] = [];
  const pending: Token[][] = [tokens];
  for (let list = pending.pop(); list; list = pending.pop()) {
    for (const token of list) {
      if (token.type === 'html' || (token.type === 'text' && (token as Tokens.Text).escaped)) found.push(token as RawHtmlToken);
      for (const children of childTokenLists(token)) pending.push(children);
    }
  }
  return found;
}

function childTokenLists(token: Token): Token[][] {
  switch (token.type) {
    case 'list':
      return itemTokenLists(token);
    case 'table':
      return tableCells(token).map((cell) => cell.tokens);
    default:
      return 'tokens' in token && Array.isArray(token.tokens) ? [token.tokens] : [];
  }
}
