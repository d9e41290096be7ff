/**
 * A Hugo content folder → a version-1 feed. `convertFolder` reads the files; `assembleFeed`
 * (pure) decides which pages are published, gives ids and translation keys, orders the
 * postings and checks the result with the widget's own validator, so that a feed that
 * would not validate is never written silently.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { FEED_VERSION, type Feed, type Organization, type Posting } from '../feed/types.js';
import { absolutize } from './rewrite-urls.js';
import { problemText, validateFeed } from '../feed/validate.js';
import type { Diagnostic } from './diagnostics.js';
import { listContentFiles, type ContentFile } from './content-files.js';
import { boundedKey, idFromPath } from './ids.js';
import { normalizeLang } from './language.js';
import { convertPage, type ConvertedPage } from './page.js';
import { ContentIndex, contentRoot, type PageLocation } from './site.js';
import { cascadesOf, cascadeFor, type Cascade } from './cascade.js';

export interface ConvertOptions {
  /** Absolute site URL; site-relative URLs are resolved against it. None keeps them relative. */
  baseUrl?: string;
  /** Include drafts (`draft: true`). */
  drafts?: boolean;
  /** Include pages whose publishDate (else date) is after `now`. */
  future?: boolean;
  /** Include pages whose expiryDate is before `now`. */
  expired?: boolean;
  /** Language of pages that name none, normalised (default `en`). */
  defaultLang?: string;
  /** The hiring organisation, for the feed's `organization` block. */
  organization?: Organization;
  /** The clock, in ms since the epoch (default: Date.now()). */
  now?: number;
  /**
   * How paths appear in messages: the content folder as the user named it (default: the
   * `dir` given to convertFolder).
   */
  displayDir?: string;
}

export interface ConvertStats {
  /** Pages considered (section pages not counted). */
  pages: number;
  sections: number;
  postings: number;
  drafts: number;
  future: number;
  expired: number;
  /** Pages that could not become a valid posting (each has an error). */
  failed: number;
  /** Postings Hugo lists nowhere (`_build: list: never`): in the feed, but not shown as cards. */
  unlisted: number;
  /** Warnings given (`--strict` fails on them). */
  warnings: number;
}

export interface ConvertResult {
  feed: Feed;
  /** Errors and warnings, by file then line. */
  diagnostics: Diagnostic[];
  stats: ConvertStats;
}

export interface PageOutcome {
  file: ContentFile;
  /** The path shown in messages. */
  display: string;
  result: ReturnType<typeof convertPage>;
}

/** Converts every page of a Hugo content folder. Throws only when the folder cannot be read. */
export function convertFolder(dir: string, options: ConvertOptions = {}): ConvertResult {
  const listing = listContentFiles(dir);
  const displayDir = options.displayDir ?? dir;
  const defaultLang = normalizeLang(options.defaultLang ?? 'en');
  if (!defaultLang) throw new TypeError(`defaultLang: not a language tag: ${options.defaultLang}`);
  const { root, section } = contentRoot(dir);
  const content = new ContentIndex(root, defaultLang);
  const sectionDiagnostics: Diagnostic[] = [];
  const cascades: Cascade[] = cascadesOf(root, section, listing.sections, (file, line, message) =>
    sectionDiagnostics.push({ file: join(displayDir, file.rel), line, severity: 'warning', message }),
  );
  const outcomes: PageOutcome[] = listing.pages.map((file) => {
    const display = join(displayDir, file.rel);
    let text: string;
    try {
      text = readFileSync(file.abs, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { file, display, result: { notes: [{ line: 1, severity: 'error', message: `cannot read the file (${reason})` }] } };
    }
    const location = locationOf(file, section);
    const cascade = cascadeFor(cascades, location, file, file.fileLang ?? defaultLang);
    return { file, display, result: convertPage({ text, fileLang: file.fileLang, defaultLang, baseUrl: options.baseUrl, location, content, cascade }) };
  });
  const result = assembleFeed(outcomes, { ...options, sections: listing.sections.length });
  result.diagnostics.unshift(...sectionDiagnostics);
  result.stats.warnings += sectionDiagnostics.length;
  return result;
}

/** Where a content file's page sits in the site's content (`section`: the converted folder's path there). */
function locationOf(file: ContentFile, section: string): PageLocation {
  const path = posix.join(section, file.rel);
  const dir = posix.dirname(path);
  const isBundle = /^index(\.[^.]+)?\.(md|markdown|mdown)$/i.test(posix.basename(file.rel));
  if (isBundle) return { dir: posix.dirname(dir) === '.' ? '' : posix.dirname(dir), name: posix.basename(dir), bundle: true };
  return { dir: dir === '.' ? '' : dir, name: posix.basename(file.name), bundle: false };
}

/** Filters, names, orders and validates converted pages (pure). */
export function assembleFeed(outcomes: PageOutcome[], options: ConvertOptions & { sections?: number }): ConvertResult {
  const now = options.now ?? Date.now();
  const stats: ConvertStats = {
    pages: outcomes.length, sections: options.sections ?? 0, postings: 0, drafts: 0, future: 0, expired: 0, failed: 0, unlisted: 0, warnings: 0,
  };
  const diagnostics: Diagnostic[] = [];
  const report = (outcome: PageOutcome, line: number, severity: Diagnostic['severity'], message: string) =>
    diagnostics.push({ file: outcome.display, line, severity, message });

  const published: { outcome: PageOutcome; page: ConvertedPage }[] = [];
  for (const outcome of outcomes) {
    const { page, notes } = outcome.result;
    for (const note of notes) report(outcome, note.line, note.severity, note.message);
    if (!page) {
      stats.failed++;
      continue;
    }
    if (page.draft && !options.drafts) stats.drafts++;
    else if (page.publishTime > now && !options.future) stats.future++;
    else if (page.expiryTime !== null && page.expiryTime < now && !options.expired) stats.expired++;
    else published.push({ outcome, page });
  }

  // Ids from file names, unique in path order; translation keys from front matter, else the shared name.
  const ids = new Set<string>();
  const named = published.map(({ outcome, page }) => {
    const id = uniqueId(idFromPath(outcome.file.stem), ids);
    const translationKey = boundedKey(page.translationKey ?? outcome.file.name);
    const listed = page.build.list === 'never' ? { listed: false } : {};
    return { outcome, page, posting: { id, ...page.posting, translationKey, ...listed } as Posting };
  });

  const sameLanguage = new Map<string, PageOutcome>();
  for (const { outcome, posting } of named) {
    const key = `${posting.translationKey}\n${posting.lang}`;
    const other = sameLanguage.get(key);
    if (other) {
      report(outcome, 1, 'warning', `same translationKey "${posting.translationKey}" and language "${posting.lang}" as ${other.display}: Hugo shows only one of them`);
    } else sameLanguage.set(key, outcome);
  }

  // Hugo's default order: weight (unweighted last), newest first, title, path.
  named.sort((a, b) => {
    const weight = (w: number) => (w === 0 ? Number.POSITIVE_INFINITY : w);
    return (
      weight(a.page.weight) - weight(b.page.weight) ||
      dateTime(b.posting) - dateTime(a.posting) ||
      compare(a.posting.title, b.posting.title) ||
      compare(a.outcome.file.rel, b.outcome.file.rel)
    );
  });

  const feed: Feed = { version: FEED_VERSION, postings: named.map(({ posting }) => ordered(posting)) };
  // The widget's validator has the last word: what it would skip is reported and left out.
  const { feed: valid, skipped } = validateFeed(feed);
  for (const { index, problems } of skipped) {
    const { outcome, page } = named[index];
    for (const problem of problems) {
      const field = problem.path as keyof ConvertedPage['lines'];
      report(outcome, page.lines[field] ?? page.lines.title ?? 1, 'error', `${problemText(problem)} (the posting is left out)`);
    }
    stats.failed++;
  }
  stats.postings = valid.postings.length;
  stats.unlisted = valid.postings.filter((posting) => posting.listed === false).length;
  stats.warnings = diagnostics.filter((diagnostic) => diagnostic.severity === 'warning').length;

  const order = new Map(outcomes.map((outcome, index) => [outcome.display, index]));
  diagnostics.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line);
  const organization = options.organization && withAbsoluteLogo(options.organization, options.baseUrl);
  return { feed: { version: FEED_VERSION, ...(organization && { organization }), postings: valid.postings }, diagnostics, stats };
}

function withAbsoluteLogo(organization: Organization, baseUrl: string | undefined): Organization {
  return organization.logo ? { ...organization, logo: absolutize(organization.logo, baseUrl) } : organization;
}

function dateTime(posting: Posting): number {
  return Date.parse(posting.datePosted.length === 10 ? `${posting.datePosted}T00:00:00Z` : posting.datePosted);
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The feed's key order, whatever order the fields were set in. */
function ordered(posting: Posting): Posting {
  const keys: (keyof Posting)[] = [
    'id', 'lang', 'title', 'intro', 'datePosted', 'validThrough', 'team', 'location', 'employmentType',
    'image', 'url', 'apply', 'button', 'translationKey', 'listed', 'body',
  ];
  const out: Record<string, unknown> = {};
  for (const key of keys) if (posting[key] !== undefined) out[key] = posting[key];
  return out as unknown as Posting;
}

function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = boundedKey(`${id}-${n}`);
  taken.add(unique);
  return unique;
}
