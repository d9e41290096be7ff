/**
 * Hugo shortcodes in raw page content (docs: hugo-shortcodes.md), as a tree. Pure: the widget
 * and the CLI both use it; Markdown is not its business.
 */

export interface ShortcodeParam {
  name: string | null; // null for positional params
  value: string; // unescaped value (\" -> ", for back-quoted raw values kept as is)
  start: number; // offsets in the original source of the value's text inside the quotes
  end: number; //   (or of the bare word), so a tool can splice a replacement value in place
  quote: '"' | '`' | '';
}
export interface TextNode { kind: 'text'; text: string; start: number }
/**
 * A tag too broken to read (a quote or the tag itself never closed): its readable words (the
 * values of its parameters that are prose, not addresses or icons), shown in its place.
 */
export interface BrokenNode { kind: 'broken'; text: string; start: number; end: number }
// An escaped shortcode {{</* x */>}}: its text is "{{< x >}}", shown literally, never interpreted.
export interface LiteralNode { kind: 'literal'; text: string; start: number }
export interface ShortcodeNode {
  kind: 'shortcode';
  name: string; // as written: names are case-sensitive in Hugo
  form: '<' | '%';
  params: ShortcodeParam[];
  children: BodyNode[] | null; // null when standalone/self-closing; parsed inner nodes when paired
  inner: string | null; // raw inner source when paired
  start: number; // offsets of the whole construct (opening tag .. end of closing tag)
  end: number;
  line: number; // 1-based line of the opening tag
}
export type BodyNode = TextNode | LiteralNode | ShortcodeNode | BrokenNode;
export interface ParseProblem { line: number; message: string }

/** Paired shortcodes nested deeper than this are kept as text (and reported). */
export const MAX_DEPTH = 64;

/**
 * Parses the shortcodes of `source` in three linear passes, none recursive, so that hostile input
 * (200 KB of `{{<`, thousands of nested tags) can neither hang it nor overflow the stack:
 *  1. tokenize: text, escaped literals, opening and closing tags (a malformed tag stays text);
 *  2. pair: which opening tags have a closing tag (Hugo knows from the shortcode's template; we
 *     have no templates, so a following closing tag decides);
 *  3. build the tree, nesting paired shortcodes at most MAX_DEPTH deep (renderers recurse).
 * Never throws: what an author should fix comes back as problems. A quote left open where the
 * line ends with the tag's `>}}` is read as closed there (what the author meant); a tag still
 * unreadable becomes a BrokenNode up to the end of its line, keeping only its readable words.
 */
export function parseShortcodes(source: string): { nodes: BodyNode[]; problems: ParseProblem[] } {
  const problems: (ParseProblem & { offset: number })[] = [];
  const report: Report = (offset, line, message) => problems.push({ offset, line, message });
  const tokens = tokenize(source, report);
  const closeOf = pairTags(tokens, report);
  const nodes = buildTree(source, tokens, closeOf, report);
  // Passes report in their own order; authors want them in source order.
  problems.sort((a, b) => a.offset - b.offset);
  return { nodes, problems: problems.map(({ line, message }) => ({ line, message })) };
}

/**
 * A parameter's value: the named one (key compared case-insensitively; the last one wins
 * if repeated, as in Hugo), else the positional one at `position` (counting positional
 * params only), else undefined.
 */
export function param(node: ShortcodeNode, name: string, position?: number): string | undefined {
  const key = name.toLowerCase();
  const named = node.params.filter((p) => p.name !== null && p.name.toLowerCase() === key);
  if (named.length) return named[named.length - 1].value;
  if (position === undefined) return undefined;
  return node.params.filter((p) => p.name === null)[position]?.value;
}

// ---- 1. tokenize ------------------------------------------------------------------

type Report = (offset: number, line: number, message: string) => void;
interface TextToken { kind: 'text'; start: number; end: number }
interface LiteralToken { kind: 'literal'; text: string; start: number; end: number }
interface OpenToken {
  kind: 'open'; name: string; form: '<' | '%'; params: ShortcodeParam[];
  selfClosing: boolean; start: number; end: number; line: number;
}
interface CloseToken { kind: 'close'; name: string; start: number; end: number; line: number }
interface BrokenToken { kind: 'broken'; text: string; start: number; end: number }
type Token = TextToken | LiteralToken | OpenToken | CloseToken | BrokenToken;
/** A tag that cannot be read; `stop` (where reading gave up) when the tag is broken rather than not one at all. */
interface Unreadable { problem: string; stop?: number }
type LexedTag = LiteralToken | (Omit<OpenToken, 'line'> & { recovered?: string }) | Omit<CloseToken, 'line'> | Unreadable;

function tokenize(src: string, report: Report): Token[] {
  const tokens: Token[] = [];
  const lineAt = lineCounter(src);
  const findFrom = memoizedFind(src);
  let textStart = 0;
  for (let at = src.indexOf('{{'); at >= 0; at = src.indexOf('{{', Math.max(at + 1, textStart))) {
    if (!isTagStart(src, at)) continue;
    const line = lineAt(at);
    // Asked here, in increasing order, before the tag's own look at its line (memoizedFind).
    const lineEnd = findFrom('\n', at);
    const tag = lexTag(src, at, findFrom);
    if ('problem' in tag) {
      report(at, line, tag.problem);
      // Not a tag at all: its text stays, and tags are looked for right after its "{{".
      if (tag.stop === undefined) continue;
      // A broken tag, up to the end of its line (or the next tag): its readable words stay.
      const end = Math.min(lineEnd < 0 ? src.length : lineEnd, tag.stop);
      if (at > textStart) tokens.push({ kind: 'text', start: textStart, end: at });
      const words = readableWords(src.slice(at, end));
      if (words) tokens.push({ kind: 'broken', text: words, start: at, end });
      textStart = end;
      continue;
    }
    if (at > textStart) tokens.push({ kind: 'text', start: textStart, end: at });
    if (tag.kind === 'open' && tag.recovered) report(at, line, tag.recovered);
    if (tag.kind === 'open' && tag.params.some((p) => p.name === null) && tag.params.some((p) => p.name !== null)) {
      report(at, line, `shortcode "${tag.name}" mixes named and positional parameters`);
    }
    if (tag.kind === 'literal') tokens.push(tag);
    else if (tag.kind === 'close') tokens.push({ ...tag, line });
    else {
      const { recovered: _, ...open } = tag;
      tokens.push({ ...open, line });
    }
    textStart = tag.end;
  }
  if (textStart < src.length) tokens.push({ kind: 'text', start: textStart, end: src.length });
  return tokens;
}

/**
 * Lexes the tag that starts at `start` ("{{<" or "{{%"). A tag never runs past the next
 * "{{" (inside quotes: the next "{{<" / "{{%"), so a broken tag gives up before the next
 * tag, which still parses, and no stretch of input is scanned by more than one tag.
 */
function lexTag(src: string, start: number, findFrom: Find): LexedTag {
  const form = src[start + 2] as '<' | '%';
  const closer = form === '<' ? '>}}' : '%}}';
  let pos = start + 3;

  if (src.startsWith('/*', pos)) {
    // Hugo's escape: "{{</*" .. "*/>}}" exactly, shown without the comment markers.
    const end = findFrom('*/' + closer, pos + 2);
    if (end < 0) return { problem: `escaped shortcode is not closed with "*/${closer}"` };
    const text = `{{${form}${src.slice(pos + 2, end)}${closer}`;
    return { kind: 'literal', text, start, end: end + 2 + closer.length };
  }

  pos = skipSpace(src, pos);
  const closing = src[pos] === '/';
  if (closing) pos = skipSpace(src, pos + 1);
  const nameEnd = scanName(src, pos);
  if (nameEnd === pos) return { problem: `shortcode tag "{{${form}" has no name` };
  const name = src.slice(pos, nameEnd);
  const unclosed = (stop: number) => ({ problem: `unclosed shortcode "${name}"`, stop });

  if (closing) {
    pos = skipSpace(src, nameEnd);
    if (src.startsWith(closer, pos)) return { kind: 'close', name, start, end: pos + closer.length };
    return atTagBoundary(src, pos) ? unclosed(pos) : { problem: `malformed closing tag for shortcode "${name}"` };
  }

  const params: ShortcodeParam[] = [];
  let recovered: string | undefined;
  for (pos = nameEnd; ;) {
    const afterPrevious = pos;
    pos = skipSpace(src, pos);
    if (src.startsWith(closer, pos)) {
      return { kind: 'open', name, form, params, selfClosing: false, start, end: pos + closer.length, recovered };
    }
    if (src[pos] === '/') {
      const closerAt = skipSpace(src, pos + 1);
      if (src.startsWith(closer, closerAt)) {
        return { kind: 'open', name, form, params, selfClosing: true, start, end: closerAt + closer.length, recovered };
      }
    }
    if (atTagBoundary(src, pos)) return unclosed(pos);
    if (pos === afterPrevious) return { problem: `malformed shortcode "${name}": parameters must be separated by spaces` };
    const lexed = lexParam(src, pos, closer, name, findFrom);
    if ('problem' in lexed) return lexed;
    params.push(lexed.param);
    recovered ??= lexed.recovered;
    pos = lexed.next;
  }
}

type LexedParam = { param: ShortcodeParam; next: number; recovered?: string } | Unreadable;
type Find = (needle: string, from: number) => number;

function lexParam(src: string, pos: number, closer: string, tagName: string, findFrom: Find): LexedParam {
  if (isQuote(src[pos])) return lexQuoted(src, pos, null, tagName, closer, findFrom);
  const wordEnd = scanWord(src, pos, closer, true);
  if (src[wordEnd] === '=' && wordEnd > pos) {
    const key = src.slice(pos, wordEnd);
    const valueStart = skipSpace(src, wordEnd + 1);
    if (isQuote(src[valueStart])) return lexQuoted(src, valueStart, key, tagName, closer, findFrom);
    // Unquoted named values may contain "=" (URLs with queries do).
    const valueEnd = scanWord(src, valueStart, closer, false);
    if (valueEnd === valueStart) return { problem: `malformed shortcode "${tagName}": parameter "${key}" has no value` };
    return { param: bare(src, key, valueStart, valueEnd), next: valueEnd };
  }
  if (wordEnd === pos) return { problem: `malformed shortcode "${tagName}": unexpected "${src[pos]}"` };
  return { param: bare(src, null, pos, wordEnd), next: wordEnd };
}

function bare(src: string, name: string | null, start: number, end: number): ShortcodeParam {
  return { name, value: src.slice(start, end), start, end, quote: '' };
}

/**
 * A "..." value (\" escapes a quote) or a `...` raw value; both may span lines. A quote never
 * closed, on a line that ends with the tag's own closing delimiter, closes before it.
 */
function lexQuoted(src: string, open: number, name: string | null, tagName: string, closer: string, findFrom: Find): LexedParam {
  const quote = src[open] as '"' | '`';
  const unescape = (raw: string) => (quote === '"' ? raw.replaceAll('\\"', '"') : raw);
  let i = open + 1;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\' && quote === '"' && src[i + 1] === '"') i++;
    else if (c === quote) return { param: { name, value: unescape(src.slice(open + 1, i)), start: open + 1, end: i, quote }, next: i + 1 };
    // A forgotten closing quote would otherwise swallow the following shortcodes;
    // values are not expected to hold shortcode tags, so stop at the next one.
    else if (isTagStart(src, i)) break;
  }
  const lineEnd = findFrom('\n', open);
  const line = src.slice(open + 1, Math.min(i, lineEnd < 0 ? src.length : lineEnd));
  const end = closesLine(line, closer);
  if (end < 0) return { problem: `unterminated quote in shortcode "${tagName}"`, stop: i };
  return {
    param: { name, value: unescape(line.slice(0, end)), start: open + 1, end: open + 1 + end, quote },
    next: open + 1 + end,
    recovered: `shortcode "${tagName}": a quote is not closed; read as closed where the line ends with "${closer}"`,
  };
}

/** Where a line ends with a tag's closing delimiter (`>}}`, or `/>}}`, then only spaces): its offset, else -1. */
function closesLine(line: string, closer: string): number {
  let end = line.length;
  while (end > 0 && ' \t\r'.includes(line[end - 1])) end--;
  if (!line.startsWith(closer, end - closer.length)) return -1;
  end -= closer.length;
  while (end > 0 && ' \t'.includes(line[end - 1])) end--;
  if (line[end - 1] === '/') end--;
  while (end > 0 && ' \t'.includes(line[end - 1])) end--;
  return end;
}

/**
 * The words of a broken tag a reader can use: the values of its parameters that are prose, not
 * addresses, colours or icon classes.
 */
function readableWords(tag: string): string {
  const values = [...tag.matchAll(/"((?:[^"\\]|\\.)*)"?|`([^`]*)`?/g)].map((match) =>
    (match[1] ?? match[2]).replaceAll('\\"', '"').replace(/\{\{[<%]|[%>]\}\}/g, '').trim(),
  );
  return values.filter((value) => /\p{L}/u.test(value) && !/^([a-z][a-z\d+.-]*:|[/#.])|\bfa-|^[\w.-]+\/[\w/.-]*$/i.test(value)).join(' ');
}

/** End of an unquoted word: up to space, a quote, "=" (if asked), a tag delimiter or the tag's end. */
function scanWord(src: string, pos: number, closer: string, stopAtEquals: boolean): number {
  for (; pos < src.length; pos++) {
    const c = src[pos];
    if (isSpace(c) || isQuote(c) || (stopAtEquals && c === '=')) break;
    if (src.startsWith('{{', pos) || src.startsWith(closer, pos)) break;
    if (c === '/' && src.startsWith(closer, pos + 1)) break; // self-closing "/>}}"
  }
  return pos;
}

/** End of a shortcode name: letters, digits, "_", "-", "." and "/" between them (namespaces). */
function scanName(src: string, pos: number): number {
  while (pos < src.length) {
    if (isNameChar(src[pos])) pos++;
    else if (src[pos] === '/' && pos > 0 && isNameChar(src[pos - 1]) && isNameChar(src[pos + 1] ?? '')) pos++;
    else break;
  }
  return pos;
}

const NAME_CHAR = /[\p{L}\p{N}_.-]/u;
function isNameChar(c: string): boolean {
  if (c === '') return false;
  const code = c.charCodeAt(0);
  // Lone UTF-16 halves of astral letters: accept them rather than split a name.
  return (code >= 0xd800 && code <= 0xdfff) || NAME_CHAR.test(c);
}
function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}
function isQuote(c: string | undefined): boolean {
  return c === '"' || c === '`';
}
function isTagStart(src: string, at: number): boolean {
  return src[at] === '{' && src[at + 1] === '{' && (src[at + 2] === '<' || src[at + 2] === '%');
}
/** End of input, or a "{{" that starts something else: the tag being lexed was never closed. */
function atTagBoundary(src: string, pos: number): boolean {
  return pos >= src.length || src.startsWith('{{', pos);
}
function skipSpace(src: string, pos: number): number {
  while (isSpace(src[pos])) pos++;
  return pos;
}

/** 1-based line of an offset; offsets must be asked in increasing order (one pass overall). */
function lineCounter(src: string): (offset: number) => number {
  let counted = 0;
  let line = 1;
  return (offset) => {
    for (; counted < offset; counted++) if (src.charCodeAt(counted) === 10) line++;
    return line;
  };
}

/**
 * indexOf for searches from increasing positions, remembering the last answer, so that
 * 50k unclosed "{{</*" do not each scan to the end of the input (quadratic otherwise).
 */
function memoizedFind(src: string): (needle: string, from: number) => number {
  const last = new Map<string, { from: number; found: number }>();
  return (needle, from) => {
    const memo = last.get(needle);
    if (memo && from >= memo.from && (memo.found < 0 || memo.found >= from)) return memo.found;
    const found = src.indexOf(needle, from);
    last.set(needle, { from, found });
    return found;
  };
}

// ---- 2. pair ----------------------------------------------------------------------

/**
 * Maps each paired opening tag's token index to its closing tag's. A closing tag pairs
 * with the nearest open tag of the same name; tags opened after that one and still open
 * have no closing tag, so they are standalone. Per-name stacks keep this linear.
 */
function pairTags(tokens: Token[], report: Report): Map<number, number> {
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  const openByName = new Map<string, number[]>();
  tokens.forEach((token, index) => {
    if (token.kind === 'open' && !token.selfClosing) {
      open.push(index);
      const sameName = openByName.get(token.name);
      if (sameName) sameName.push(index);
      else openByName.set(token.name, [index]);
    } else if (token.kind === 'close') {
      const sameName = openByName.get(token.name);
      const opener = sameName?.pop();
      if (opener === undefined) {
        report(token.start, token.line, `closing tag for shortcode "${token.name}" has no opening tag; dropped`);
        return;
      }
      for (let top = open.pop(); top !== opener && top !== undefined; top = open.pop()) {
        openByName.get((tokens[top] as OpenToken).name)?.pop();
      }
      closeOf.set(opener, index);
    }
  });
  return closeOf;
}

// ---- 3. build the tree --------------------------------------------------------------

function buildTree(src: string, tokens: Token[], closeOf: Map<number, number>, report: Report): BodyNode[] {
  const root: BodyNode[] = [];
  const open: { children: BodyNode[]; closeIndex: number }[] = [];
  let children = root;
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    if (open.length && open[open.length - 1].closeIndex === index) {
      open.pop();
      children = open.length ? open[open.length - 1].children : root;
      continue;
    }
    if (token.kind === 'text') addText(children, src.slice(token.start, token.end), token.start);
    else if (token.kind === 'literal') children.push({ kind: 'literal', text: token.text, start: token.start });
    else if (token.kind === 'broken') children.push({ kind: 'broken', text: token.text, start: token.start, end: token.end });
    else if (token.kind === 'open') {
      const closeIndex = closeOf.get(index);
      const { name, form, params, start, line } = token;
      if (closeIndex === undefined) {
        children.push({ kind: 'shortcode', name, form, params, children: null, inner: null, start, end: token.end, line });
        continue;
      }
      const close = tokens[closeIndex];
      if (open.length >= MAX_DEPTH) {
        report(start, line, `shortcode "${name}" is nested more than ${MAX_DEPTH} levels deep; kept as text`);
        addText(children, src.slice(start, close.end), start);
        index = closeIndex;
        continue;
      }
      const inner: BodyNode[] = [];
      const innerSource = src.slice(token.end, close.start);
      children.push({ kind: 'shortcode', name, form, params, children: inner, inner: innerSource, start, end: close.end, line });
      open.push({ children: inner, closeIndex });
      children = inner;
    }
    // A closing tag that is not the innermost open one's has no opener: dropped, already reported.
  }
  return root;
}

/** Appends text, merging it into a directly preceding text node so text is never split. */
function addText(children: BodyNode[], text: string, start: number): void {
  const last = children[children.length - 1];
  if (last?.kind === 'text' && last.start + last.text.length === start) last.text += text;
  else if (text) children.push({ kind: 'text', text, start });
}
