/**
 * One Hugo page → one feed posting (without its id and translation key, which depend on the other
 * pages). Pure: the page's text in, the posting and what to tell the author out.
 */
import type { ActionLink, Posting } from '../feed/types.js';
import { param, parseShortcodes, type BodyNode, type ShortcodeNode } from '../content/parse/shortcodes.js';
import { frameEmbed, vimeoEmbed, youtubeEmbed, type Embed } from '../content/parse/embeds.js';
import { siteLink } from '../content/parse/site-link.js';
import { safeUrl } from '../security/url-policy.js';
import type { Severity } from './diagnostics.js';
import { readFrontMatter, splitFrontMatter, type FrontMatter, type FrontMatterEntry, type SplitPage } from './front-matter.js';
import { parseHugoDate, type HugoDate } from './hugo-date.js';
import { isKnownShortcode } from '../content/parse/known-shortcodes.js';
import { normalizeLang } from './language.js';
import { absolutize, absolutizeBodyUrls, siteLinkParams } from './rewrite-urls.js';
import { buildOptions, onSite, permalinkPath, type BuildOptions, type ContentIndex, type PageLocation } from './site.js';

export interface PageInput {
  /** Page text as read from the file. */
  text: string;
  /** Language given by the file name (`name.nb.md`), already normalised. */
  fileLang: string | null;
  /** Already normalised. */
  defaultLang: string;
  /** Absolute site URL that site-relative URLs resolve against; none keeps them relative. */
  baseUrl?: string;
  /** Where the page's file sits in the site's content; with it, the page's address and its `ref`s resolve. */
  location?: PageLocation;
  /** The site's content, which `ref`s and links to `.md` files are looked up in. */
  content?: ContentIndex;
  /** Front matter the page's sections pass down (`cascade`), by lower-cased key: the page's own keys win. */
  cascade?: Map<string, FrontMatterEntry>;
}

export interface PageNote {
  line: number;
  severity: Severity;
  message: string;
}

export type PostingDraft = Omit<Posting, 'id' | 'translationKey'>;

export interface ConvertedPage {
  posting: PostingDraft;
  draft: boolean;
  /** When Hugo publishes the page (publishDate, else date). */
  publishTime: number;
  /** When Hugo stops publishing it (expiryDate), if ever. */
  expiryTime: number | null;
  /** translationKey from the front matter, if any. */
  translationKey: string | null;
  /** Hugo's `weight` (0 when absent). */
  weight: number;
  /** How Hugo builds the page (`_build`, its own or cascaded). */
  build: BuildOptions;
  /** File line of the front matter key behind each posting field, for messages. */
  lines: Partial<Record<keyof Posting | 'apply.url' | 'apply.label', number>>;
}

export interface PageResult {
  /** Absent when the page cannot be a posting (then `notes` has an error). */
  page?: ConvertedPage;
  notes: PageNote[];
}

/** Where the site serves `sidebarimage` files from. */
const SITE_DIRECTORY_FOR_CARD_IMAGES = '/img/card/';

export function convertPage(input: PageInput): PageResult {
  const read = readPageText(input.text);
  if ('error' in read) return { notes: [read.error] };
  const { split, frontMatter } = read;
  const page: PageReading = { entries: frontMatter.entries, cascade: input.cascade, lines: {}, notes: duplicateKeyWarnings(frontMatter.duplicates) };
  const head = readTitleAndDates(page, split.rawLine);
  if ('error' in head) return failedWith(page, head);
  const draft = readDraft(page);
  const lang = readLanguage(page, input);
  const posting: PostingDraft = { lang, title: head.title, datePosted: head.date.date.iso, body: '' };
  addDescriptionFields(page, posting, head.expiry, input.baseUrl);
  addApplyLink(page, posting, input.baseUrl);

  const body = bodyOf(split);
  page.lines.body = body.line;
  if (!body.text) return failedWith(page, pageError(split.bodyLine, 'no content after the front matter: a posting needs a body'));
  const fileLine = (line: number) => body.line + line - 1;
  const nodes = checkShortcodes(body.text, fileLine, page.notes);

  const build = buildOptions(ownKey(page, '_build')?.value);
  const hugoLang = input.fileLang ?? input.defaultLang;
  const pageUrl = publishedAddress(page, input, build, hugoLang);
  if (pageUrl) posting.url = pageUrl;
  const resolveRef = input.content && input.location ? refResolver(input.content, input.location, hugoLang) : undefined;
  posting.body = bodyWithAddresses(body.text, nodes, fileLine, page.notes, { baseUrl: input.baseUrl, pageUrl, resolveRef });
  if (!build.publishResources && input.location?.bundle) {
    warn(page.notes, ownKey(page, '_build')!.line, '"_build": publishResources is false, so the files of this bundle are not published: links and images to them will not load');
  }
  for (const { line, found } of embedsOf(nodes, posting.body)) {
    page.notes.push({ line: fileLine(line), severity: 'info', message: `embeds ${describeEmbed(found)}: shown as a card that loads it when the reader asks` });
  }
  const button = pageButton(page, resolveRef, input.baseUrl);
  if (button && usesButton(nodes)) posting.button = button;

  return {
    page: {
      posting,
      draft: draft === true,
      publishTime: (head.published ?? head.date).date.time,
      expiryTime: head.expiry ? head.expiry.date.time : null,
      translationKey: textOf(page, ownKey(page, 'translationkey')) ?? null,
      weight: weightOf(ownKey(page, 'weight')?.value),
      build,
      lines: page.lines,
    },
    notes: page.notes,
  };
}

/** What the steps of a page's conversion read (its front matter) and add to (field lines, notes). */
interface PageReading {
  entries: Map<string, FrontMatterEntry>;
  cascade?: Map<string, FrontMatterEntry>;
  lines: ConvertedPage['lines'];
  notes: PageNote[];
}

type PageError = { error: PageNote };
type DateEntry = { entry: FrontMatterEntry; date: HugoDate };

const pageError = (line: number, message: string): PageError => ({ error: { line, severity: 'error', message } });

/** No posting: what was noted so far, and the error that ends the page. */
const failedWith = (page: PageReading, { error }: PageError): PageResult => ({ notes: [...page.notes, error] });

function warn(notes: PageNote[], line: number, message: string): void {
  notes.push({ line, severity: 'warning', message });
}

/** The page's text split at its front matter, and the front matter read; an error when there is none or it is broken. */
function readPageText(text: string): { split: SplitPage; frontMatter: FrontMatter } | PageError {
  const split = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if ('error' in split) return pageError(split.error.line, split.error.message);
  if (split.format === null) return pageError(1, 'no front matter: a posting needs at least a title and a date');
  const frontMatter = readFrontMatter(split);
  if ('error' in frontMatter) return pageError(frontMatter.error.line, frontMatter.error.message);
  return { split, frontMatter };
}

function duplicateKeyWarnings(duplicates: FrontMatter['duplicates']): PageNote[] {
  const notes: PageNote[] = [];
  for (const duplicate of duplicates) {
    warn(
      notes,
      duplicate.line,
      duplicate.key === duplicate.earlier
        ? `key "${duplicate.key}" is written again (first on line ${duplicate.earlierLine}): ${duplicate.sameValue ? 'write it once' : 'the later value is used, as Hugo does'}`
        : `key "${duplicate.key}" repeats "${duplicate.earlier}" (line ${duplicate.earlierLine}): keys are case-insensitive, ` +
            (duplicate.sameValue ? 'so it is one key; write it once' : 'so it is one key and the later value is used'),
    );
  }
  return notes;
}

/** A key Hugo reads itself: top level only, the page's own else its sections' (`cascade`). */
function ownKey(page: PageReading, name: string): FrontMatterEntry | undefined {
  return page.entries.get(name) ?? page.cascade?.get(name);
}

/** A site-defined key: top level, else under `params` (Hugo 0.123+ accepts both). */
function siteKey(page: PageReading, name: string): FrontMatterEntry | undefined {
  const top = ownKey(page, name);
  if (top) return top;
  const params = page.entries.get('params');
  const value = params?.value;
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, name)) {
    return { key: `params.${name}`, value: (value as Record<string, unknown>)[name], line: params.line };
  }
  return undefined;
}

/** Display text of an entry, trimmed; undefined when absent or blank; a warning when not text. */
function textOf(page: PageReading, entry: FrontMatterEntry | undefined): string | undefined {
  if (!entry || entry.value === null || entry.value === undefined) return undefined;
  const { value } = entry;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  warn(page.notes, entry.line, `"${entry.key}" should be text, not ${Array.isArray(value) ? 'a list' : typeof value}; left out`);
  return undefined;
}

/** The text of the entry behind a posting field, its line noted for messages about the field. */
function fieldText(page: PageReading, field: keyof ConvertedPage['lines'], entry: FrontMatterEntry | undefined): string | undefined {
  if (entry) page.lines[field] = entry.line;
  return textOf(page, entry);
}

/** The first of `names` that is set, read as a date; an error when it is not one. */
function readDate(page: PageReading, names: string[]): DateEntry | null | PageError {
  for (const name of names) {
    const entry = ownKey(page, name);
    if (!entry || entry.value === null || entry.value === '') continue;
    const date = parseHugoDate(entry.value);
    if (!date) return pageError(entry.line, `"${entry.key}": cannot read ${JSON.stringify(entry.value)} as a date (use 2026-03-01 or 2026-03-01T09:30:00+01:00)`);
    return { entry, date };
  }
  return null;
}

/** Title and dates: without them there is no posting. */
function readTitleAndDates(
  page: PageReading,
  frontMatterLine: number,
): { title: string; date: DateEntry; published: DateEntry | null; expiry: DateEntry | null } | PageError {
  const titleEntry = ownKey(page, 'title');
  const title = fieldText(page, 'title', titleEntry);
  if (!title) return pageError(titleEntry?.line ?? frontMatterLine, 'no title: a posting needs one');
  // Hugo's defaults: date ← date, publishDate, lastmod; publishDate ← publishDate, date; expiryDate ← expiryDate.
  const date = readDate(page, ['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified']);
  if (date && 'error' in date) return date;
  if (!date) return pageError(frontMatterLine, 'no date: a posting needs "date" (or "publishDate")');
  const published = readDate(page, ['publishdate', 'pubdate', 'published']);
  if (published && 'error' in published) return published;
  const expiry = readDate(page, ['expirydate', 'unpublishdate']);
  if (expiry && 'error' in expiry) return expiry;
  page.lines.datePosted = date.entry.line;
  if (expiry) page.lines.validThrough = expiry.entry.line;
  return { title, date, published, expiry };
}

/** `draft` as Hugo reads it; null (read as false, with a warning) when it is neither. */
function readDraft(page: PageReading): boolean | null {
  const entry = ownKey(page, 'draft');
  if (!entry) return false;
  const draft = toBool(entry.value);
  if (draft === null) warn(page.notes, entry.line, `"${entry.key}": ${JSON.stringify(entry.value)} is neither true nor false; read as false`);
  return draft;
}

/** The file name's language, else the front matter's, else the default. */
function readLanguage(page: PageReading, input: PageInput): string {
  const entry = siteKey(page, 'language') ?? siteKey(page, 'lang');
  const written = typeof entry?.value === 'string' ? entry.value.trim() : undefined;
  const fromFrontMatter = written ? normalizeLang(written) : null;
  if (entry && written && !fromFrontMatter) {
    warn(page.notes, entry.line, `"${entry.key}": ${JSON.stringify(written)} is not a language tag such as "en" or "nb"; ignored`);
  }
  if (input.fileLang && fromFrontMatter && fromFrontMatter !== input.fileLang) {
    warn(page.notes, entry!.line, `"${entry!.key}" says "${written}" but the file name says "${input.fileLang}"; the file name wins`);
  }
  if (entry) page.lines.lang = entry.line;
  return input.fileLang ?? fromFrontMatter ?? input.defaultLang;
}

/** intro, validThrough, team, location, employmentType (`duration`) and the card image (`sidebarimage`). */
function addDescriptionFields(page: PageReading, posting: PostingDraft, expiry: DateEntry | null, baseUrl: string | undefined): void {
  const intro = fieldText(page, 'intro', siteKey(page, 'intro'));
  if (intro) posting.intro = intro;
  if (expiry) posting.validThrough = expiry.date.iso;
  const team = fieldText(page, 'team', siteKey(page, 'team'));
  if (team) posting.team = team;
  const location = fieldText(page, 'location', siteKey(page, 'location'));
  if (location) posting.location = location;
  const employmentType = fieldText(page, 'employmentType', siteKey(page, 'duration'));
  if (employmentType) posting.employmentType = employmentType;

  const imageEntry = siteKey(page, 'sidebarimage');
  const imageName = fieldText(page, 'image', imageEntry);
  if (!imageName) return;
  const image = absolutize(cardImagePath(imageName), baseUrl);
  if (safeUrl(image, 'https://site.invalid/', 'image')) posting.image = image;
  else warn(page.notes, imageEntry!.line, `"${imageEntry!.key}": ${JSON.stringify(imageName)} is not an image URL the widget shows; left out`);
}

/** `sidebarlinkurl` and `sidebarlinkname` → apply, when the URL is a link the widget follows and not an in-page `#anchor`. */
function addApplyLink(page: PageReading, posting: PostingDraft, baseUrl: string | undefined): void {
  const entry = siteKey(page, 'sidebarlinkurl');
  const url = fieldText(page, 'apply.url', entry);
  if (!url) return;
  if (url.startsWith('#')) {
    warn(page.notes, entry!.line, `"${entry!.key}": "${url}" is a link within the page, not an apply link; left out`);
  } else if (safeUrl(url, 'https://site.invalid/', 'link')) {
    posting.apply = { url: absolutize(url, baseUrl) };
    const label = fieldText(page, 'apply.label', siteKey(page, 'sidebarlinkname'));
    if (label) posting.apply.label = label;
    page.lines.apply = entry!.line;
  } else {
    warn(page.notes, entry!.line, `"${entry!.key}": ${JSON.stringify(url)} is not a link the widget follows (http, https, mailto, tel); left out`);
  }
}

/** The Markdown as written, without the blank lines around it, and the file line it starts on. */
function bodyOf(split: SplitPage): { text: string; line: number } {
  const leading = /^(?:[ \t]*\n)*/.exec(split.body)![0];
  return { text: split.body.slice(leading.length).trimEnd(), line: split.bodyLine + (leading.match(/\n/g)?.length ?? 0) };
}

/** Where Hugo publishes the page, when the site's address is known and the page is rendered. */
function publishedAddress(page: PageReading, input: PageInput, build: BuildOptions, hugoLang: string): string | undefined {
  const path =
    input.location &&
    permalinkPath(input.location, { slug: textOf(page, ownKey(page, 'slug')), url: textOf(page, ownKey(page, 'url')), lang: hugoLang, defaultLang: input.defaultLang });
  return input.baseUrl && path && build.render === 'always' ? onSite(input.baseUrl, path) : undefined;
}

/**
 * The body with its site-relative URLs and references made absolute (with the site's address);
 * without it, the body as written and a warning for each reference that loses its link.
 */
function bodyWithAddresses(
  body: string,
  nodes: BodyNode[],
  fileLine: (line: number) => number,
  notes: PageNote[],
  site: { baseUrl?: string; pageUrl?: string; resolveRef?: ReturnType<typeof refResolver> },
): string {
  if (!site.baseUrl) {
    warnUnresolvedReferences(nodes, fileLine, notes);
    return body;
  }
  const onProblem = (line: number, message: string) => warn(notes, fileLine(line), message);
  return absolutizeBodyUrls(body, site.baseUrl, { pageUrl: site.pageUrl, resolveRef: site.resolveRef, onProblem }).body;
}

/** Hugo's `weight`, a whole number (0 when absent or unreadable). */
function weightOf(value: unknown): number {
  return typeof value === 'number' ? Math.trunc(value) : Number.parseInt(String(value ?? 0), 10) || 0;
}

/** `sidebarimage: x.svg` is a file the site serves from /img/card/; paths and URLs stay as they are. */
function cardImagePath(name: string): string {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(name) || name.startsWith('/')) return name;
  return SITE_DIRECTORY_FOR_CARD_IMAGES + name.replace(/^(\.\/)+/, '');
}

/** Go's strconv.ParseBool (what Hugo's cast applies to text), numbers as C does; null otherwise. */
function toBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value !== 'string') return null;
  if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value)) return true;
  if (['0', 'f', 'F', 'false', 'FALSE', 'False', ''].includes(value)) return false;
  return null;
}

/** Warnings for shortcodes the widget does not know and for tags it cannot read; the parsed body. */
function checkShortcodes(body: string, fileLine: (line: number) => number, notes: PageNote[]): BodyNode[] {
  const { nodes, problems } = parseShortcodes(body);
  for (const problem of problems) warn(notes, fileLine(problem.line), problem.message);
  const pending: BodyNode[] = [...nodes].reverse();
  const unknown: { line: number; name: string }[] = [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.kind !== 'shortcode') continue;
    if (!isKnownShortcode(node.name)) unknown.push({ line: node.line, name: node.name });
    if (node.children) pending.push(...[...node.children].reverse());
  }
  for (const { line, name } of unknown.sort((a, b) => a.line - b.line)) {
    warn(notes, fileLine(line), `unknown shortcode "${name}": the widget drops its tags and shows what is inside`);
  }
  return nodes;
}

/** Every shortcode of the body, nested ones included, in source order. */
function* shortcodesOf(nodes: BodyNode[]): Generator<ShortcodeNode> {
  for (const node of nodes) {
    if (node.kind !== 'shortcode') continue;
    yield node;
    if (node.children) yield* shortcodesOf(node.children);
  }
}

function usesButton(nodes: BodyNode[]): boolean {
  for (const node of shortcodesOf(nodes)) if (node.name === 'button') return true;
  return false;
}

/** Without --base-url no page's address is known: each `ref` and link to a `.md` file is said to lose its link. */
function warnUnresolvedReferences(nodes: BodyNode[], fileLine: (line: number) => number, notes: PageNote[]): void {
  for (const node of shortcodesOf(nodes)) {
    const target = node.name === 'ref' || node.name === 'relref' ? param(node, 'path', 0) : siteLinkParams(node).find((p) => p.value.trim().endsWith('.md'))?.value;
    if (target === undefined) continue;
    warn(notes, fileLine(node.line), `${node.name} ${JSON.stringify(target)}: a page's address needs --base-url; the link is left out, its words kept`);
  }
}

/** A page's `ref`s resolve from its folder and in its language (or the one they name). */
function refResolver(content: ContentIndex, location: PageLocation, lang: string) {
  return (path: string, refLang?: string) => content.resolve(path, { dir: location.dir, lang }, refLang?.trim() || lang);
}

/** Frames the body embeds (`youtube`, `vimeo`, raw `<iframe>`), by body line. */
function embedsOf(nodes: BodyNode[], body: string): { line: number; found: Embed }[] {
  const found: { line: number; found: Embed }[] = [];
  for (const node of shortcodesOf(nodes)) {
    const id = param(node, 'id', 0);
    const embed = node.name === 'youtube' ? youtubeEmbed(id) : node.name === 'vimeo' ? vimeoEmbed(id) : null;
    if (embed) found.push({ line: node.line, found: embed });
  }
  for (const frame of body.matchAll(/<iframe\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    const embed = frameEmbed(frame[1]);
    if (embed) found.push({ line: body.slice(0, frame.index).split('\n').length, found: embed });
  }
  return found.sort((a, b) => a.line - b.line);
}

function describeEmbed(embed: Embed): string {
  const host = new URL(embed.href).hostname;
  if (embed.kind === 'video') return `a video from ${host}`;
  return embed.kind === 'form' ? `a form from ${host}` : `a page from ${host}`;
}

/**
 * The page's own button, as the site's `button` template builds it: `link` and `knapp` when the
 * page has a `link`, else `sidebarlinkurl` (through `resolve-link.html`), `sidebarlinkname` and `sidebarlinkicon`.
 */
function pageButton(
  page: PageReading,
  resolveRef: ((path: string) => { path: string } | { problem: string }) | undefined,
  baseUrl: string | undefined,
): ActionLink | undefined {
  const text = (entry: FrontMatterEntry | undefined) => (typeof entry?.value === 'string' && entry.value.trim()) || undefined;
  const link = text(siteKey(page, 'link'));
  if (link) return withText({ url: absolutize(link, baseUrl), label: text(siteKey(page, 'knapp')) });
  let url = text(siteKey(page, 'sidebarlinkurl'));
  if (!url) return undefined;
  if (url.endsWith('.md') && !/^[a-z][a-z\d+.-]*:/i.test(url)) {
    const found = baseUrl ? resolveRef?.(url) : undefined;
    if (!found || !('path' in found)) return undefined;
    url = found.path;
  }
  return withText({ url: absolutize(siteLink(url) ?? url, baseUrl), label: text(siteKey(page, 'sidebarlinkname')), icon: text(siteKey(page, 'sidebarlinkicon')) });
}

function withText(link: ActionLink): ActionLink {
  const out: ActionLink = { url: link.url };
  if (link.label) out.label = link.label;
  if (link.icon) out.icon = link.icon;
  return out;
}
