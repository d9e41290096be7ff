/**
 * One Hugo page → one feed posting (without its id and translation key, which depend on
 * the other pages). Pure: the page's text in, the posting and what to tell the author out.
 *
 * Mapping: title, intro, date → datePosted, expiryDate → validThrough, team, location,
 * duration → employmentType, sidebarlinkurl + sidebarlinkname → apply (not an in-page
 * `#anchor`), sidebarimage → `/img/card/NAME`, the Markdown after the front matter → body.
 */
import type { ActionLink, Posting } from '../feed/types.js';
import { param, parseShortcodes, type BodyNode, type ShortcodeNode } from '../content/parse/shortcodes.js';
import { frameEmbed, vimeoEmbed, youtubeEmbed, type Embed } from '../content/parse/embeds.js';
import { siteLink } from '../content/parse/site-link.js';
import { safeUrl } from '../security/url-policy.js';
import type { Severity } from './diagnostics.js';
import { readFrontMatter, splitFrontMatter, type FrontMatterEntry } from './front-matter.js';
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
  const notes: PageNote[] = [];
  const error = (line: number, message: string): PageResult => ({ notes: [...notes, { line, severity: 'error', message }] });
  const warn = (line: number, message: string) => notes.push({ line, severity: 'warning', message });

  const text = input.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(text);
  if ('error' in split) return error(split.error.line, split.error.message);
  if (split.format === null) return error(1, 'no front matter: a posting needs at least a title and a date');
  const frontMatter = readFrontMatter(split);
  if ('error' in frontMatter) return error(frontMatter.error.line, frontMatter.error.message);

  for (const duplicate of frontMatter.duplicates) {
    warn(
      duplicate.line,
      duplicate.key === duplicate.earlier
        ? `key "${duplicate.key}" is written again (first on line ${duplicate.earlierLine}): ${duplicate.sameValue ? 'write it once' : 'the later value is used, as Hugo does'}`
        : `key "${duplicate.key}" repeats "${duplicate.earlier}" (line ${duplicate.earlierLine}): keys are case-insensitive, ` +
            (duplicate.sameValue ? 'so it is one key; write it once' : 'so it is one key and the later value is used'),
    );
  }

  const { entries } = frontMatter;
  const params = entries.get('params')?.value;
  /** A key Hugo reads itself: top level only, the page's own else its sections' (`cascade`). */
  const own = (name: string) => entries.get(name) ?? input.cascade?.get(name);
  /** A site-defined key: top level, else under `params` (Hugo 0.123+ accepts both). */
  const custom = (name: string): FrontMatterEntry | undefined => {
    const top = own(name);
    if (top) return top;
    if (params && typeof params === 'object' && !Array.isArray(params) && Object.hasOwn(params, name)) {
      return { key: `params.${name}`, value: (params as Record<string, unknown>)[name], line: entries.get('params')!.line };
    }
    return undefined;
  };
  /** Display text of an entry, trimmed; undefined when absent or blank; a warning when not text. */
  const textOf = (entry: FrontMatterEntry | undefined): string | undefined => {
    if (!entry || entry.value === null || entry.value === undefined) return undefined;
    const { value } = entry;
    if (typeof value === 'string') return value.trim() || undefined;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    warn(entry.line, `"${entry.key}" should be text, not ${Array.isArray(value) ? 'a list' : typeof value}; left out`);
    return undefined;
  };
  const lines: ConvertedPage['lines'] = {};
  const fieldFrom = (field: keyof ConvertedPage['lines'], entry: FrontMatterEntry | undefined) => {
    if (entry) lines[field] = entry.line;
    return textOf(entry);
  };

  // Title and dates: without them there is no posting.
  const titleEntry = own('title');
  const title = fieldFrom('title', titleEntry);
  if (!title) return error(titleEntry?.line ?? split.rawLine, 'no title: a posting needs one');

  const readDate = (names: string[]): { entry: FrontMatterEntry; date: HugoDate } | null | PageResult => {
    for (const name of names) {
      const entry = own(name);
      if (!entry || entry.value === null || entry.value === '') continue;
      const date = parseHugoDate(entry.value);
      if (!date) {
        return error(entry.line, `"${entry.key}": cannot read ${JSON.stringify(entry.value)} as a date (use 2026-03-01 or 2026-03-01T09:30:00+01:00)`);
      }
      return { entry, date };
    }
    return null;
  };
  // Hugo's defaults: date ← date, publishDate, lastmod; publishDate ← publishDate, date; expiryDate ← expiryDate.
  const date = readDate(['date', 'publishdate', 'pubdate', 'published', 'lastmod', 'modified']);
  if (date && 'notes' in date) return date;
  if (!date) return error(split.rawLine, 'no date: a posting needs "date" (or "publishDate")');
  const published = readDate(['publishdate', 'pubdate', 'published']);
  if (published && 'notes' in published) return published;
  const expiry = readDate(['expirydate', 'unpublishdate']);
  if (expiry && 'notes' in expiry) return expiry;
  lines.datePosted = date.entry.line;
  if (expiry) lines.validThrough = expiry.entry.line;

  const draftEntry = own('draft');
  const draft = draftEntry ? toBool(draftEntry.value) : false;
  if (draft === null) {
    warn(draftEntry!.line, `"${draftEntry!.key}": ${JSON.stringify(draftEntry!.value)} is neither true nor false; read as false`);
  }

  // Language: the file name's, else the front matter's, else the default.
  const langEntry = custom('language') ?? custom('lang');
  const written = typeof langEntry?.value === 'string' ? langEntry.value.trim() : undefined;
  const fromFrontMatter = written ? normalizeLang(written) : null;
  if (langEntry && written && !fromFrontMatter) {
    warn(langEntry.line, `"${langEntry.key}": ${JSON.stringify(written)} is not a language tag such as "en" or "nb"; ignored`);
  }
  if (input.fileLang && fromFrontMatter && fromFrontMatter !== input.fileLang) {
    warn(langEntry!.line, `"${langEntry!.key}" says "${written}" but the file name says "${input.fileLang}"; the file name wins`);
  }
  const lang = input.fileLang ?? fromFrontMatter ?? input.defaultLang;
  if (langEntry) lines.lang = langEntry.line;

  const posting: PostingDraft = { lang, title, datePosted: date.date.iso, body: '' };
  const intro = fieldFrom('intro', custom('intro'));
  if (intro) posting.intro = intro;
  if (expiry) posting.validThrough = expiry.date.iso;
  const team = fieldFrom('team', custom('team'));
  if (team) posting.team = team;
  const location = fieldFrom('location', custom('location'));
  if (location) posting.location = location;
  const employmentType = fieldFrom('employmentType', custom('duration'));
  if (employmentType) posting.employmentType = employmentType;

  const imageEntry = custom('sidebarimage');
  const imageName = fieldFrom('image', imageEntry);
  if (imageName) {
    const image = absolutize(cardImagePath(imageName), input.baseUrl);
    if (safeUrl(image, 'https://site.invalid/', 'image')) posting.image = image;
    else warn(imageEntry!.line, `"${imageEntry!.key}": ${JSON.stringify(imageName)} is not an image URL the widget shows; left out`);
  }

  const applyEntry = custom('sidebarlinkurl');
  const applyUrl = fieldFrom('apply.url', applyEntry);
  if (applyUrl?.startsWith('#')) {
    warn(applyEntry!.line, `"${applyEntry!.key}": "${applyUrl}" is a link within the page, not an apply link; left out`);
  } else if (applyUrl) {
    if (safeUrl(applyUrl, 'https://site.invalid/', 'link')) {
      posting.apply = { url: absolutize(applyUrl, input.baseUrl) };
      const label = fieldFrom('apply.label', custom('sidebarlinkname'));
      if (label) posting.apply.label = label;
      lines.apply = applyEntry!.line;
    } else {
      warn(applyEntry!.line, `"${applyEntry!.key}": ${JSON.stringify(applyUrl)} is not a link the widget follows (http, https, mailto, tel); left out`);
    }
  }

  // The body: the Markdown as written, without the blank lines around it.
  const leading = /^(?:[ \t]*\n)*/.exec(split.body)![0];
  const bodyLine = split.bodyLine + (leading.match(/\n/g)?.length ?? 0);
  const body = split.body.slice(leading.length).trimEnd();
  lines.body = bodyLine;
  if (!body) return error(split.bodyLine, 'no content after the front matter: a posting needs a body');
  const fileLine = (line: number) => bodyLine + line - 1;
  const nodes = checkShortcodes(body, fileLine, warn);

  // Where Hugo publishes the page, and what its references name.
  const build = buildOptions(own('_build')?.value);
  const hugoLang = input.fileLang ?? input.defaultLang;
  const path = input.location && permalinkPath(input.location, { slug: textOf(own('slug')), url: textOf(own('url')), lang: hugoLang, defaultLang: input.defaultLang });
  const pageUrl = input.baseUrl && path && build.render === 'always' ? onSite(input.baseUrl, path) : undefined;
  if (pageUrl) posting.url = pageUrl;
  const resolveRef = input.content && input.location ? refResolver(input.content, input.location, hugoLang) : undefined;
  if (input.baseUrl) {
    const onProblem = (line: number, message: string) => warn(fileLine(line), message);
    posting.body = absolutizeBodyUrls(body, input.baseUrl, { pageUrl, resolveRef, onProblem }).body;
  } else {
    posting.body = body;
    warnUnresolvedReferences(nodes, fileLine, warn);
  }
  if (!build.publishResources && input.location?.bundle) {
    warn(own('_build')!.line, '"_build": publishResources is false, so the files of this bundle are not published: links and images to them will not load');
  }
  for (const { line, found } of embedsOf(nodes, posting.body)) {
    notes.push({ line: fileLine(line), severity: 'info', message: `embeds ${describeEmbed(found)}: shown as a card that loads it when the reader asks` });
  }

  const button = pageButton(custom, resolveRef, input.baseUrl);
  if (button && usesButton(nodes)) posting.button = button;

  const translationKey = textOf(own('translationkey')) ?? null;
  const weightValue = own('weight')?.value;
  const weight = typeof weightValue === 'number' ? Math.trunc(weightValue) : Number.parseInt(String(weightValue ?? 0), 10) || 0;

  return {
    page: {
      posting,
      draft: draft === true,
      publishTime: (published ?? date).date.time,
      expiryTime: expiry ? expiry.date.time : null,
      translationKey,
      weight,
      build,
      lines,
    },
    notes,
  };
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
function checkShortcodes(body: string, fileLine: (line: number) => number, warn: (line: number, message: string) => void): BodyNode[] {
  const { nodes, problems } = parseShortcodes(body);
  for (const problem of problems) warn(fileLine(problem.line), problem.message);
  const pending: BodyNode[] = [...nodes].reverse();
  const unknown: { line: number; name: string }[] = [];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.kind !== 'shortcode') continue;
    if (!isKnownShortcode(node.name)) unknown.push({ line: node.line, name: node.name });
    if (node.children) pending.push(...[...node.children].reverse());
  }
  for (const { line, name } of unknown.sort((a, b) => a.line - b.line)) {
    warn(fileLine(line), `unknown shortcode "${name}": the widget drops its tags and shows what is inside`);
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
function warnUnresolvedReferences(nodes: BodyNode[], fileLine: (line: number) => number, warn: (line: number, message: string) => void): void {
  for (const node of shortcodesOf(nodes)) {
    const target = node.name === 'ref' || node.name === 'relref' ? param(node, 'path', 0) : siteLinkParams(node).find((p) => p.value.trim().endsWith('.md'))?.value;
    if (target === undefined) continue;
    warn(fileLine(node.line), `${node.name} ${JSON.stringify(target)}: a page's address needs --base-url; the link is left out, its words kept`);
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
  custom: (name: string) => FrontMatterEntry | undefined,
  resolveRef: ((path: string) => { path: string } | { problem: string }) | undefined,
  baseUrl: string | undefined,
): ActionLink | undefined {
  const text = (entry: FrontMatterEntry | undefined) => (typeof entry?.value === 'string' && entry.value.trim()) || undefined;
  const link = text(custom('link'));
  if (link) return withText({ url: absolutize(link, baseUrl), label: text(custom('knapp')) });
  let url = text(custom('sidebarlinkurl'));
  if (!url) return undefined;
  if (url.endsWith('.md') && !/^[a-z][a-z\d+.-]*:/i.test(url)) {
    const found = baseUrl ? resolveRef?.(url) : undefined;
    if (!found || !('path' in found)) return undefined;
    url = found.path;
  }
  return withText({ url: absolutize(siteLink(url) ?? url, baseUrl), label: text(custom('sidebarlinkname')), icon: text(custom('sidebarlinkicon')) });
}

function withText(link: ActionLink): ActionLink {
  const out: ActionLink = { url: link.url };
  if (link.label) out.label = link.label;
  if (link.icon) out.icon = link.icon;
  return out;
}
