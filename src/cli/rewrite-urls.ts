/**
 * `--base-url`: relative URLs in front matter and body made absolute; everything else in the body
 * stays byte for byte as written. Pure: pages are looked up through `resolveRef`.
 */
import { param, parseShortcodes, type BodyNode, type ShortcodeNode, type TextNode } from '../content/parse/shortcodes.js';
import { siteLink } from '../content/parse/site-link.js';

/** Named shortcode parameters that carry a URL, whatever the shortcode. */
const URL_PARAMS = new Set(['link', 'linkref', 'image', 'picture', 'address-link', 'link1', 'link2', 'thumbnail']);
/** Positional parameters that carry a URL, by shortcode (positions count positional params only). */
const POSITIONAL_URL_PARAMS: Record<string, number[]> = { localtextbutton: [1], '2calltoaction': [1, 3], localbutton: [1] };
/** Named parameters the site's templates pass through `resolve-link.html` (with the positional ones above). */
const SITE_LINK_PARAMS = new Set(['link', 'linkref', 'link1', 'link2']);
/** Where the site's `contact` template finds a `picture` given as a bare file name. */
const PEOPLE_PICTURES = '/img/people/';

/** How the body's references to pages and files resolve. */
export interface BodyContext {
  /** The page's own address, which paths relative to the page resolve against. */
  pageUrl?: string;
  /** The site path a `ref`/`relref` (or a link to a `.md` file) names, or why there is none. */
  resolveRef?: (path: string, lang?: string) => { path: string } | { problem: string };
  /** Told about each reference that cannot be resolved, by body line. */
  onProblem?: (line: number, message: string) => void;
}

/** A path on the site (`/about/`), as opposed to an absolute, protocol-relative, page-relative or `#` URL. */
export function isSiteRelative(url: string): boolean {
  const trimmed = url.trim();
  return trimmed.startsWith('/') && !trimmed.startsWith('//') && !trimmed.startsWith('/\\');
}

/** `url` resolved against `baseUrl` when it is site-relative; otherwise `url` unchanged. */
export function absolutize(url: string, baseUrl: string | undefined): string {
  if (!baseUrl || !isSiteRelative(url)) return url;
  try {
    return new URL(url.trim(), baseUrl).href;
  } catch {
    return url;
  }
}

/** A path relative to the page it is written on: no scheme, not from the site's root, not a fragment or query. */
export function isPageRelative(url: string): boolean {
  const trimmed = url.trim();
  return !!trimmed && !/^([A-Za-z][A-Za-z0-9+.-]*:|[/\\#?])/.test(trimmed);
}

/** A body URL made absolute: site paths against the base URL, page paths against the page. Null when it stays. */
function resolveUrl(url: string, baseUrl: string, pageUrl: string | undefined): string | null {
  if (isSiteRelative(url)) return absolutize(url, baseUrl);
  if (!pageUrl || !isPageRelative(url)) return null;
  try {
    return new URL(url.trim(), pageUrl).href;
  } catch {
    return null;
  }
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The body with its relative URLs made absolute against `baseUrl` (and the page), and how many
 * were: the URL-carrying shortcode parameters, Markdown links, images, reference definitions and
 * HTML href/src. Site paths (`/img/x.webp`) resolve against the base URL, page-relative ones
 * (`pic.png` in a bundle) against the page's own address; links the site's templates pass through
 * `resolve-link.html` are read as it reads them (site-link.ts), and `ref`/`relref` give way to the
 * address they name. Replacements are spliced in at the shortcode parser's offsets; code and
 * escaped shortcodes are left alone.
 */
export function absolutizeBodyUrls(body: string, baseUrl: string, context: BodyContext = {}): { body: string; count: number } {
  const edits: Edit[] = [];
  const code = fencedCodeRanges(body);
  const { nodes } = parseShortcodes(body);
  const pending: BodyNode[] = [...nodes];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.kind === 'shortcode') {
      if (inRanges(code, node.start)) continue;
      if (node.name === 'ref' || node.name === 'relref') referenceEdit(node, baseUrl, context, edits);
      else shortcodeEdits(node, baseUrl, context, edits);
      if (node.children) pending.push(...node.children);
    } else if (node.kind === 'text') {
      textEdits(node, baseUrl, context.pageUrl, code, edits);
    }
  }
  if (!edits.length) return { body, count: 0 };
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let last = 0;
  let count = 0;
  for (const edit of edits) {
    if (edit.start < last) continue; // overlapping finds (none expected): keep the first
    out += body.slice(last, edit.start) + edit.text;
    last = edit.end;
    count++;
  }
  return { body: out + body.slice(last), count };
}

/** A `ref`/`relref` gives way to the page's address; one that names none stays (the widget keeps a link's words). */
function referenceEdit(node: ShortcodeNode, baseUrl: string, context: BodyContext, edits: Edit[]): void {
  const path = param(node, 'path', 0) ?? '';
  const found = context.resolveRef?.(path, param(node, 'lang'));
  if (found && 'path' in found) {
    edits.push({ start: node.start, end: node.end, text: new URL(found.path.replace(/^\//, ''), baseUrl).href });
    return;
  }
  const reason = found ? found.problem : 'no page is known';
  context.onProblem?.(node.line, `${node.name} ${JSON.stringify(path)} ${reason}: a link to it keeps its words only`);
}

/** A shortcode link as the site's `resolve-link.html` makes it: a page's `.md` file is its address; a site path ends in `/`. */
function siteLinkOf(value: string, node: ShortcodeNode, context: BodyContext): string | undefined {
  if (!value.trim().endsWith('.md') || /^[a-z][a-z\d+.-]*:/i.test(value)) return siteLink(value.trim());
  const found = context.resolveRef?.(value.trim());
  if (found && 'path' in found) return found.path;
  context.onProblem?.(node.line, `"${node.name}" links to ${JSON.stringify(value)}, which ${found ? found.problem : 'names no known page'}: the link is left out`);
  return undefined;
}

/** The parameters of a shortcode that the site's templates pass through `resolve-link.html`. */
export function siteLinkParams(node: ShortcodeNode): ShortcodeNode['params'] {
  const positions = POSITIONAL_URL_PARAMS[node.name] ?? [];
  let position = 0;
  return node.params.filter((param) => (param.name === null ? positions.includes(position++) : SITE_LINK_PARAMS.has(param.name.toLowerCase())));
}

function shortcodeEdits(node: ShortcodeNode, baseUrl: string, context: BodyContext, edits: Edit[]): void {
  const positions = POSITIONAL_URL_PARAMS[node.name] ?? [];
  let position = 0;
  for (const param of node.params) {
    const at = param.name === null ? position++ : -1;
    const name = param.name?.toLowerCase();
    if (param.name === null ? !positions.includes(at) : !URL_PARAMS.has(name!)) continue;
    let value = param.value;
    if (param.name === null || SITE_LINK_PARAMS.has(name!)) value = siteLinkOf(value, node, context) ?? value;
    if (name === 'picture' && node.name === 'contact' && !/[/:]/.test(value)) value = PEOPLE_PICTURES + value;
    const url = resolveUrl(value, baseUrl, context.pageUrl);
    if (!url || url === param.value) continue;
    if (param.quote === '"') edits.push({ start: param.start, end: param.end, text: url.replaceAll('"', '\\"') });
    else if (param.quote === '`') {
      if (!url.includes('`')) edits.push({ start: param.start, end: param.end, text: url });
    } else edits.push({ start: param.start, end: param.end, text: /[\s"'`]|[>%]}}/.test(url) ? JSON.stringify(url) : url });
  }
}

function textEdits(node: TextNode, baseUrl: string, pageUrl: string | undefined, code: [number, number][], edits: Edit[]): void {
  const text = node.text;
  const spans = codeSpanRanges(text);
  const add = (start: number, end: number, replacement: (url: string) => string) => {
    if (inRanges(spans, start) || inRanges(code, node.start + start)) return;
    const raw = text.slice(start, end);
    const url = resolveUrl(unescapeMarkdown(raw), baseUrl, pageUrl);
    if (url && url !== raw) edits.push({ start: node.start + start, end: node.start + end, text: replacement(url) });
  };

  // Inline links and images: [text](destination "title"), ![alt](<destination>).
  for (let at = text.indexOf(']('); at >= 0; at = text.indexOf('](', at + 2)) {
    const destination = linkDestination(text, at + 2);
    if (typeof destination === 'number') at = destination; // no link starts inside a run too long to be one
    else if (destination) {
      add(destination.start, destination.end, destination.angle ? (url) => url : escapeParens);
      at = destination.end; // a destination holds no further link
    }
  }
  // Reference definitions: [label]: destination "title"
  for (const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:[ \t]*\n?[ \t]*(<[^<>\n]*>|\S+)/gm)) {
    const angle = match[1].startsWith('<');
    const start = match.index + match[0].length - match[1].length + (angle ? 1 : 0);
    add(start, start + match[1].length - (angle ? 2 : 0), angle ? (url) => url : escapeParens);
  }
  // Raw HTML: <a href="...">, <img src="...">
  for (const tag of text.matchAll(/<[A-Za-z][A-Za-z0-9-]*\s[^<>]*>/g)) {
    for (const attr of tag[0].matchAll(/\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi)) {
      const value = attr[1] ?? attr[2] ?? attr[3];
      const quoted = attr[3] === undefined;
      const start = tag.index + attr.index + attr[0].length - value.length - (quoted ? 1 : 0);
      add(start, start + value.length, (url) => url.replaceAll('"', '%22').replaceAll("'", '%27'));
    }
  }
}

/** Longer destinations are not looked at: no URL is that long, and hostile input stays linear. */
const MAX_DESTINATION = 4096;

/**
 * The destination of an inline link whose "(" ends just before `from`, per CommonMark; null
 * when there is none to rewrite; a number (where to go on looking) when it runs longer than any URL.
 */
function linkDestination(text: string, from: number): { start: number; end: number; angle: boolean } | number | null {
  let i = from;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === '\n') i++;
  while (text[i] === ' ' || text[i] === '\t') i++;
  if (text[i] === ')' || text[i] === '\n' || i >= text.length) return null;
  const limit = Math.min(text.length, i + MAX_DESTINATION);
  if (text[i] === '<') {
    for (let j = i + 1; j < limit; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === '\n' || text[j] === '<') return null;
      else if (text[j] === '>') return { start: i + 1, end: j, angle: true };
    }
    return null;
  }
  let depth = 0;
  for (let j = i; j < limit; j++) {
    const c = text[j];
    if (c === '\\' && j + 1 < text.length) j++;
    else if (c === ' ' || c === '\t' || c === '\n' || c < ' ' || (c === ')' && depth === 0)) {
      return depth === 0 ? { start: i, end: j, angle: false } : null; // parentheses must balance
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
  }
  return limit < text.length ? limit : null;
}

/** Backslash escapes of ASCII punctuation, as Markdown reads them in a destination. */
function unescapeMarkdown(raw: string): string {
  return raw.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** A bare destination must keep its parentheses balanced; escape them when they are not. */
function escapeParens(url: string): string {
  let depth = 0;
  for (const c of url) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) break;
  }
  return depth === 0 ? url : url.replace(/[()]/g, '\\$&');
}

/** Offsets of fenced code blocks (``` or ~~~) in the whole body. */
function fencedCodeRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  let open: { start: number; char: string; length: number } | null = null;
  let offset = 0;
  for (const line of source.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (fence && fence[1][0] === open.char && fence[1].length >= open.length && !line.slice(fence[0].length).trim()) {
        ranges.push([open.start, offset + line.length]);
        open = null;
      }
    } else if (fence && !(fence[1][0] === '`' && line.slice(fence[0].length).includes('`'))) {
      open = { start: offset, char: fence[1][0], length: fence[1].length };
    }
    offset += line.length + 1;
  }
  if (open) ranges.push([open.start, source.length]);
  return ranges;
}

/** Offsets of inline code spans (`code`, ``co`de``) in a text: a run of backticks up to the next run as long. */
function codeSpanRanges(text: string): [number, number][] {
  const runs = [...text.matchAll(/`+/g)];
  if (runs.length < 2) return [];
  // For each run, the index of the next run of the same length (one pass from the end).
  const nextSame = new Array<number>(runs.length);
  const seen = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    nextSame[i] = seen.get(runs[i][0].length) ?? -1;
    seen.set(runs[i][0].length, i);
  }
  const ranges: [number, number][] = [];
  for (let i = 0; i < runs.length; i++) {
    const closer = nextSame[i];
    if (closer < 0) continue;
    ranges.push([runs[i].index, runs[closer].index + runs[closer][0].length]);
    i = closer;
  }
  return ranges;
}

/** Whether `offset` lies in one of the sorted, disjoint `ranges`. */
function inRanges(ranges: [number, number][], offset: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [start, end] = ranges[middle];
    if (offset < start) high = middle - 1;
    else if (offset >= end) low = middle + 1;
    else return true;
  }
  return false;
}
