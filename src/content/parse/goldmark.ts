/**
 * What Hugo's Markdown (Goldmark, with Hugo's default extensions) does to running text that
 * marked does not: the typographer (’ “ ” ‘ – — … « ») and linkify (bare URLs and e-mail
 * addresses become links by Goldmark's rules, not GFM's). Pure: marked's tokens in, changed in
 * place. The rules follow Goldmark as Hugo 0.111 runs it, checked against Hugo's own output
 * (test/e2e/hugo-parity.test.mjs and its fixtures).
 */
import { Tokenizer, getDefaults, type MarkedOptions, type Token, type Tokens } from 'marked';
import { itemTokenLists, tableCells } from './token-children.js';

/**
 * Quotes opened and not yet closed. Goldmark keeps one count for a whole document (a page, or
 * one string a template renders), not per paragraph: an unclosed quote changes later ones.
 */
export interface QuoteState {
  single: number;
  double: number;
}

/** Called when the typographer meets a shortcode's marker in text: its content comes next in the document. */
export type MarkerVisitor = (slot: number) => void;

const MARKER_OPEN = '\uE000';
const MARKER_CLOSE = '\uE001';

// ---- typographer ---------------------------------------------------------------------

const PUNCTUATION = /[\p{P}\p{S}]/u;
const UNICODE_PUNCTUATION = /\p{P}/u;
const SPACE = /\s/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ASCII_SPACE = /[ \t\n\v\f\r]/;
const UTF8 = new TextEncoder();

interface Piece {
  raw: string;
  /** The text token the piece is, when the typographer may change it. */
  token?: Tokens.Text;
  /** A linkified e-mail address. */
  email?: Tokens.Link;
}

/** Applies Goldmark's typographer to a document's tokens (block ones, or `inline` ones), in source order. */
export function typographer(tokens: Token[], inline: boolean, state: QuoteState, onMarker: MarkerVisitor): void {
  if (inline) {
    typographInline(tokens, state, onMarker);
    return;
  }
  for (const token of tokens) {
    const inline = inlineTokensOf(token);
    const blocks = blockChildren(token);
    if (inline) typographInline(inline, state, onMarker);
    else if (blocks.length) for (const children of blocks) typographer(children, false, state, onMarker);
    else visitMarkers(token.raw, onMarker);
  }
}

/** The inline tokens of a block that holds running text (a paragraph, heading, table cell, tight item). */
function inlineTokensOf(token: Token): Token[] | null {
  if (token.type === 'paragraph' || token.type === 'heading' || token.type === 'text') return (token as Tokens.Paragraph).tokens ?? null;
  return null;
}

function blockChildren(token: Token): Token[][] {
  switch (token.type) {
    case 'list':
      return itemTokenLists(token);
    case 'table':
      return [tableCells(token).map((cell) => ({ type: 'text', raw: cell.text, text: cell.text, tokens: cell.tokens }) as Token)];
    case 'blockquote':
      return [(token as Tokens.Blockquote).tokens];
    default:
      return [];
  }
}

function typographInline(tokens: Token[], state: QuoteState, onMarker: MarkerVisitor): void {
  const pieces: Piece[] = [];
  flatten(tokens, pieces);
  const source = pieces.map((piece) => piece.raw).join('');
  let offset = 0;
  for (const piece of pieces) {
    const start = offset;
    offset += piece.raw.length;
    if (piece.email && '-_'.includes(source[offset] || ' ')) unlink(piece.email);
    if (!piece.token) {
      visitMarkers(piece.raw, onMarker);
      continue;
    }
    let changed = '';
    for (let i = start; i < offset; ) {
      const c = source[i];
      if (c === MARKER_OPEN) {
        const close = source.indexOf(MARKER_CLOSE, i);
        const end = close < 0 || close >= offset ? offset : close + 1;
        onMarker(Number(source.slice(i + 1, end - 1)));
        changed += source.slice(i, end);
        i = end;
        continue;
      }
      const substitution = '\'"-.<>'.includes(c) ? substitute(source, i, offset, state) : null;
      if (substitution) {
        changed += substitution[0];
        i += substitution[1];
      } else {
        changed += c;
        i++;
      }
    }
    if (changed !== piece.raw) piece.token.text = changed;
  }
}

/**
 * An address linkify took inside emphasis, where Goldmark sees the `_` that closes it: Goldmark
 * leaves an address followed by `_` or `-` as text.
 */
function unlink(link: Tokens.Link): void {
  delete (link as Partial<Tokens.Link>).tokens;
  (link as unknown as Tokens.Text).type = 'text';
}

function visitMarkers(text: string, onMarker: MarkerVisitor): void {
  for (let at = text.indexOf(MARKER_OPEN); at >= 0; at = text.indexOf(MARKER_OPEN, at + 1)) {
    onMarker(Number(text.slice(at + 1, text.indexOf(MARKER_CLOSE, at))));
  }
}

/** The inline tokens as source pieces: text the typographer may change, and everything else as written. */
function flatten(tokens: Token[], pieces: Piece[]): void {
  for (const token of tokens) {
    const children = 'tokens' in token && Array.isArray(token.tokens) ? (token.tokens as Token[]) : null;
    if (token.type === 'text' && !children && !(token as Tokens.Text).escaped) {
      pieces.push({ raw: token.raw, token: token as Tokens.Text });
    } else if ((token as Tokens.Link).autolink && !token.raw.startsWith('<') && (token as Tokens.Link).href.startsWith('mailto:')) {
      pieces.push({ raw: token.raw, email: token as Tokens.Link });
    } else if (children && token.type !== 'image' && !(token as Tokens.Link).autolink) {
      const inner = children.map((child) => child.raw).join('');
      const at = token.raw.indexOf(inner);
      if (at < 0) {
        pieces.push({ raw: token.raw });
        continue;
      }
      pieces.push({ raw: token.raw.slice(0, at) });
      flatten(children, pieces);
      pieces.push({ raw: token.raw.slice(at + inner.length) });
    } else {
      pieces.push({ raw: token.raw });
    }
  }
}

/** The first code point at `index` of `text`, or ' ' past its end (as Goldmark reads a line's end). */
function codePoint(text: string, index: number): string {
  return index < text.length ? String.fromCodePoint(text.codePointAt(index)!) : ' ';
}

function precedingCharacter(source: string, index: number): string {
  if (index === 0) return '\n';
  const low = source.charCodeAt(index - 1);
  return low >= 0xdc00 && low <= 0xdfff && index > 1 ? source.slice(index - 2, index) : source[index - 1];
}

/**
 * Goldmark's typographer at `source[i]`: the replacement and how many characters it takes, or
 * null. It reads the rest of the line the way Goldmark does, including its byte-level checks
 * (a non-ASCII character is neither a letter nor punctuation to them).
 */
function substitute(source: string, i: number, pieceEnd: number, state: QuoteState): [string, number] | null {
  const lineEnd = source.indexOf('\n', i);
  const line = source.slice(i, lineEnd < 0 ? source.length : lineEnd + 1);
  const bytes = UTF8.encode(line.slice(0, 6));
  const length = line.length > 6 ? Infinity : bytes.length;
  const byte = (k: number) => (k < bytes.length ? String.fromCharCode(bytes[k]) : '\u0080');
  const take = (text: string, count: number): [string, number] | null => (i + count <= pieceEnd ? [text, count] : null);
  const c = line[0];
  if (length > 2) {
    if (c === '-' && line[1] === '-' && line[2] === '-') return take('—', 3);
    if (c === '.') return line[1] === '.' && line[2] === '.' ? take('…', 3) : null;
  }
  if (length > 1) {
    if (c === '<') return line[1] === '<' ? take('«', 2) : null;
    if (c === '>') return line[1] === '>' ? take('»', 2) : null;
    if (c === '-' && line[1] === '-') return take('–', 2);
  }
  if (c !== "'" && c !== '"') return null;

  const before = precedingCharacter(source, i);
  let run = 1;
  while (line[run] === c) run++;
  const after = codePoint(line, run);
  const beforeSpace = SPACE.test(before);
  const beforePunctuation = PUNCTUATION.test(before);
  const afterSpace = SPACE.test(after);
  const afterPunctuation = PUNCTUATION.test(after);
  const canOpen = !afterSpace && (!afterPunctuation || beforeSpace || beforePunctuation);
  const canClose = !beforeSpace && (!beforePunctuation || afterSpace || afterPunctuation);
  const punctuationOrSpace = (k: number) => ASCII_PUNCTUATION.test(byte(k)) || ASCII_SPACE.test(byte(k));
  const next = codePoint(line, 1);

  if (c === "'") {
    // Decades: '90s
    if (canOpen && !canClose && length > 3 && /\d/.test(byte(1)) && /\d/.test(byte(2)) && byte(3) === 's') {
      const fourth = codePoint(line, 4);
      if (length === 3 || SPACE.test(fourth) || PUNCTUATION.test(fourth)) return ['’', 1];
    }
    // 'twas, 'em, 'net, 'll
    if (length > 1 && (UNICODE_PUNCTUATION.test(before) || SPACE.test(before)) && 'tenl'.includes(byte(1))) return ['’', 1];
    // Between a letter or digit and a letter: it's, O'Neil
    if (length > 1 && (DIGIT.test(before) || LETTER.test(before)) && LETTER.test(next)) return ['’', 1];
    if (canOpen && !canClose) {
      // Alice's, I'm, Don't, You'd, I've, I'll, You're
      const contraction =
        (length > 1 && 'smtd'.includes(byte(1)) && (length < 3 || punctuationOrSpace(2))) ||
        (length > 2 && ['ve', 'll', 're'].includes(byte(1) + byte(2)) && (length < 4 || punctuationOrSpace(3)));
      if (!contraction) state.single++;
      return [contraction ? '’' : '‘', 1];
    }
    // Smiths', doin'
    if (length > 2 && !DIGIT.test(next)) return ['’', 1];
    if (state.single > 0 && closes(canOpen, canClose, length, next, punctuationOrSpace)) {
      state.single--;
      return ['’', 1];
    }
    return null;
  }
  if (canOpen && !canClose) {
    state.double++;
    return ['“', 1];
  }
  if (state.double > 0 && closes(canOpen, canClose, length, next, punctuationOrSpace)) {
    // "Monitor 21""
    if (length > 1 && line[1] === '"' && DIGIT.test(before)) return null;
    state.double--;
    return ['”', 1];
  }
  return null;
}

function closes(canOpen: boolean, canClose: boolean, length: number, next: string, punctuationOrSpace: (k: number) => boolean): boolean {
  if (canClose && !canOpen) return true;
  return canClose && canOpen && length > 1 && UNICODE_PUNCTUATION.test(next) && (length === 2 || punctuationOrSpace(2));
}

// ---- linkify --------------------------------------------------------------------------

const URL_PATTERN = /^(?:http|https|ftp):\/\/[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?::\d+)?(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=();,'">^{}[\]`]*)?/;
const WWW_PATTERN = /^www\.[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+(?:[/#?][-a-zA-Z0-9@:%_+.~#!?&/=();,'">^{}[\]`]*)?/;
const EMAIL_LOCAL = /^[-!#$%&'*+./0-9=?A-Z^_`a-z{|}~]+/;
const EMAIL_DOMAIN = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*/;
/** Where Goldmark tries linkify: after these characters (space and `(` it consumes; the others are emphasis delimiters). */
const LINKIFY_AFTER = ' (*_~\n';
/** Tokens after which Goldmark's next character counts as a fresh start (any parsed inline node). */
const NODE_TOKENS = new Set(['codespan', 'html', 'link', 'image', 'em', 'strong', 'del', 'br']);

/**
 * Whether Goldmark would try linkify at the current position, given the tokens before it in its
 * run of text and the run's whole source. The characters before are read from that source: a
 * token's merged `raw` is a string marked keeps appending to, and reading it would copy it each time.
 */
function linkifyMayStart(tokens: Token[], source: string, at: number): boolean {
  const previous = tokens[tokens.length - 1];
  if (!previous) return true; // a block's start, or just inside emphasis
  if (previous.type !== 'text') return NODE_TOKENS.has(previous.type);
  const before = source.slice(Math.max(0, at - 3), at);
  const last = before[before.length - 1];
  if (LINKIFY_AFTER.includes(last)) return true;
  // After a character the typographer replaces (a node of its own in Goldmark).
  if (/(--|\.\.\.|<<|>>)$/.test(before)) return true;
  if (last === "'" || last === '"') {
    const context = source.slice(Math.max(0, at - 3), at + 4);
    return substitute(context, before.length - 1, context.length, { single: 0, double: 0 }) !== null;
  }
  return false;
}

/** Goldmark's end of a linkified URL: a trailing `.`, unbalanced `)`, a character reference, trailing punctuation. */
function trimUrl(match: string): string {
  let end = match.length;
  const last = match[end - 1];
  if (last === '.') end--;
  else if (last === ')') {
    let closing = 0;
    for (const c of match) closing += c === ')' ? 1 : c === '(' ? -1 : 0;
    if (closing > 0) end -= closing;
  } else if (last === ';') {
    const reference = /&[a-zA-Z0-9]+;$/.exec(match);
    if (reference) end -= reference[0].length;
  }
  while (end > 1 && '?!.,:*_~'.includes(match[end - 1])) end--;
  return match.slice(0, end);
}

function linkifiedEmail(src: string): string | null {
  if (ASCII_PUNCTUATION.test(src[0] ?? '')) return null;
  const local = EMAIL_LOCAL.exec(src)?.[0];
  if (!local || src[local.length] !== '@') return null;
  const domain = EMAIL_DOMAIN.exec(src.slice(local.length + 1))?.[0];
  if (!domain) return null;
  let address = `${local}@${domain}`;
  if (!domain.includes('.')) return null;
  if (address.endsWith('.')) address = address.slice(0, -1);
  const following = src[address.length];
  if (following === '-' || following === '_') return null;
  return trimUrl(address);
}

/** The whole source of each run of inline tokens marked is lexing, kept when the run starts. */
const runSources = new WeakMap<Token[], string>();

/** Goldmark's inline parsing where marked's differs: `<<` is a guillemet, never the start of a tag (the typographer takes it first); linkify. */
function goldmarkInline(this: { lexer: { state: { inLink: boolean } } }, src: string, tokens: Token[]): Tokens.Generic | undefined {
  if (!tokens.length) runSources.set(tokens, src);
  if (src.startsWith('<<')) return { type: 'text', raw: '<<', text: '<<' };
  if (this.lexer.state.inLink) return undefined;
  const source = runSources.get(tokens) ?? src;
  return linkify(src, tokens, source, source.length - src.length);
}

function linkify(src: string, tokens: Token[], source: string, at: number): Tokens.Link | undefined {
  if (!linkifyMayStart(tokens, source, at)) return undefined;
  let text: string | null = null;
  let href = '';
  const url = /^(?:https?|ftp):/.test(src) ? URL_PATTERN.exec(src) : src.startsWith('www.') ? WWW_PATTERN.exec(src) : null;
  if (url) {
    text = trimUrl(url[0]);
    href = src.startsWith('www.') ? `https://${text}` : text;
  } else {
    text = linkifiedEmail(src);
    href = `mailto:${text}`;
  }
  if (!text) return undefined;
  return { type: 'link', raw: text, href, title: null, text, autolink: true, tokens: [{ type: 'text', raw: text, text }] } as Tokens.Link;
}

/** How far ahead linkifyAfterQuote looks at once: marked asks at every run of text, so a long one must not be read again and again. */
const LOOKAHEAD = 256;

/**
 * Where linkify may start right after a quote (marked's text would run on over it). It looks a
 * window ahead; past it, the text is cut at a space before a word (never inside an address), so
 * that the next look starts there.
 */
function linkifyAfterQuote(src: string): number | undefined {
  const window = src.slice(0, LOOKAHEAD + 64);
  const quote = /['"](?=www\.|https?:|ftp:|[-!#$%&*+./0-9=?A-Z^_`a-z{|}~]+@)/.exec(window);
  if (quote && quote.index < LOOKAHEAD) return quote.index + 1;
  if (src.length <= LOOKAHEAD) return undefined;
  let space = window.lastIndexOf(' ', LOOKAHEAD);
  while (space > 0 && /\s/.test(window[space + 1] ?? ' ')) space = window.lastIndexOf(' ', space - 1);
  return space > 0 ? space + 1 : undefined;
}

/** Goldmark's dialect where marked's differs: no GFM autolinks (linkify instead), `~~` alone strikes through. */
class GoldmarkTokenizer extends Tokenizer {
  override url(): undefined {
    return undefined;
  }

  override del(src: string, masked: string, previous?: string): Tokens.Del | undefined {
    return src.startsWith('~~') ? super.del(src, masked, previous) : undefined;
  }
}

/** Lexer options: marked's defaults in Goldmark's dialect. */
export const GOLDMARK_LEXER_OPTIONS: MarkedOptions = {
  ...getDefaults(),
  tokenizer: new GoldmarkTokenizer(),
  extensions: { inline: [goldmarkInline], startInline: [linkifyAfterQuote] } as unknown as MarkedOptions['extensions'],
};
