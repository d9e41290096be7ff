/**
 * Where Hugo publishes pages, by its default rules (no `permalinks` in the site's configuration),
 * and `ref`/`relref` to a page, resolved as Hugo resolves them.
 */
import { readFileSync, readdirSync, realpathSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { readFrontMatter, splitFrontMatter, type FrontMatterEntry } from './front-matter.js';
import { MARKDOWN_FILE } from './ids.js';
import { splitLangSuffix } from './language.js';

/** Where a page's file sits in the content folder. */
export interface PageLocation {
  /** Its folder, from the content folder, `/`-separated ('' at the top). */
  dir: string;
  /** Its name: the file's without language and extension, or a leaf bundle's folder. */
  name: string;
  /** Whether it is a leaf bundle (`NAME/index.md`): its files are published beside it. */
  bundle: boolean;
}

/** How Hugo builds a page (`_build`). */
export interface BuildOptions {
  /** `never`: left out of every list (the page is still published). */
  list: 'always' | 'local' | 'never';
  /** `never`: no page at all; `link`: an address but no page. */
  render: 'always' | 'link' | 'never';
  /** Whether a bundle's files are published with it. */
  publishResources: boolean;
}

export const DEFAULT_BUILD: BuildOptions = { list: 'always', render: 'always', publishResources: true };

/** Hugo's `urlize` of a path: lower case, spaces as hyphens, only letters, digits and `%./_-#+~`. */
export function urlize(path: string): string {
  return path
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}%./_\-#+~]/gu, '');
}

/** A page's address on the site, from the site's root: `/career/platform-engineer/`, `/nb/career/…/`. */
export function permalinkPath(location: PageLocation, options: { slug?: string; url?: string; lang: string; defaultLang: string }): string {
  if (options.url) {
    const url = options.url.startsWith('/') ? options.url : `/${options.url}`;
    return url.endsWith('/') || /\.[A-Za-z0-9]+$/.test(url) ? url : `${url}/`;
  }
  const prefix = options.lang === options.defaultLang ? '' : `${options.lang}/`;
  const dir = location.dir ? `${urlize(location.dir)}/` : '';
  return `/${prefix}${dir}${urlize(options.slug?.trim() || location.name)}/`;
}

/** The absolute URL of a site path: Hugo puts permalinks under the base URL's own path. */
export function onSite(baseUrl: string, path: string): string {
  return new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href;
}

/** `_build` as Hugo reads it (older sites wrote `render: false`, `list: false`). */
export function buildOptions(value: unknown): BuildOptions {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return DEFAULT_BUILD;
  const build = value as Record<string, unknown>;
  const choice = <T extends string>(raw: unknown, allowed: readonly T[], fallback: T): T => {
    if (raw === false) return 'never' as T;
    if (raw === true) return 'always' as T;
    const text = String(raw ?? '').toLowerCase();
    return (allowed as readonly string[]).includes(text) ? (text as T) : fallback;
  };
  return {
    list: choice(build.list, ['always', 'local', 'never'], 'always'),
    render: choice(build.render, ['always', 'link', 'never'], 'always'),
    publishResources: build.publishresources !== false,
  };
}

/** The content folder around `dir` (the nearest folder named `content`, else `dir`'s parent: a careers folder is one section of a site), and `dir`'s path in it. */
export function contentRoot(dir: string): { root: string; section: string } {
  const real = realpathSync(dir);
  for (let at = real; ; at = dirname(at)) {
    if (basename(at) === 'content') return { root: at, section: relative(at, real).split(sep).join('/') };
    if (dirname(at) === at) break;
  }
  return { root: dirname(real), section: basename(real) };
}

/** A page a `ref` names: where it is, and what its front matter says about its address. */
interface Target {
  location: PageLocation;
  lang: string;
  slug?: string;
  url?: string;
  render: BuildOptions['render'];
}

export type Resolution = { path: string } | { problem: string };

/** The pages of a content folder, read only when a `ref` needs them. */
export class ContentIndex {
  private files?: Map<string, string>;
  private readonly targets = new Map<string, Target | null>();

  constructor(
    readonly root: string,
    private readonly defaultLang: string,
  ) {}

  /**
   * The site path a `ref`/`relref` from a page (its folder and language) names: `/x/y/#z`. A path
   * from the top of the content that names no page there still has Hugo's default address.
   */
  resolve(ref: string, from: { dir: string; lang: string }, lang = from.lang): Resolution {
    const hash = ref.indexOf('#');
    const path = (hash < 0 ? ref : ref.slice(0, hash)).trim();
    const fragment = hash < 0 ? '' : ref.slice(hash);
    if (!path) return { problem: 'names no page' };
    // A path may name the translation it means: `/jobs/x.nb.md`.
    const named = splitLangSuffix(path.replace(/\/$/, '').replace(MARKDOWN_FILE, ''));
    const stem = named.name;
    if (named.lang) lang = named.lang;
    const absolute = stem.startsWith('/');
    const target = absolute
      ? this.target(normalize(stem), lang)
      : (this.target(normalize(from.dir ? `${from.dir}/${stem}` : stem), lang) ??
        this.byName(stem).map((candidate) => this.target(candidate, lang)).find(Boolean));
    if (target?.render === 'never') return { problem: 'names a page Hugo does not render (_build: render: never)' };
    if (target) return { path: this.addressOf(target) + fragment };
    if (!absolute) return { problem: `names no page in ${this.root}` };
    if (this.hasAnyLanguage(normalize(stem))) return { problem: `has no version in "${lang}"` };
    const location = { dir: normalize(dirname(stem)), name: basename(stem), bundle: false };
    return { path: permalinkPath(location, { lang, defaultLang: this.defaultLang }) + fragment };
  }

  private addressOf(target: Target): string {
    return permalinkPath(target.location, { slug: target.slug, url: target.url, lang: target.lang, defaultLang: this.defaultLang });
  }

  /** The page at a content path (no extension) in a language: a file, a leaf bundle or a section. */
  private target(stem: string, lang: string): Target | null {
    const key = `${stem}\n${lang}`;
    if (!this.targets.has(key)) this.targets.set(key, this.findTarget(stem, lang));
    return this.targets.get(key)!;
  }

  private findTarget(stem: string, lang: string): Target | null {
    const files = this.index();
    const suffixes = lang === this.defaultLang ? [`.${lang}`, ''] : [`.${lang}`];
    const dir = stem.includes('/') ? stem.slice(0, stem.lastIndexOf('/')) : '';
    const name = stem.slice(stem.lastIndexOf('/') + 1);
    for (const suffix of suffixes) {
      for (const [candidate, location] of [
        [`${stem}${suffix}`, { dir, name, bundle: false }],
        [`${stem}/index${suffix}`, { dir, name, bundle: true }],
        [`${stem}/_index${suffix}`, { dir, name, bundle: false }],
      ] as const) {
        const file = files.get(candidate);
        if (file) return { location, lang, ...addressFields(file) };
      }
    }
    return null;
  }

  /** Whether the content has the page in some language. */
  private hasAnyLanguage(stem: string): boolean {
    for (const path of this.index().keys()) if (splitLangSuffix(path).name.replace(/\/(_?index)$/, '') === stem) return true;
    return false;
  }

  /** Content paths (no extension) whose last part is `name`: Hugo's last resort for a relative `ref`. */
  private byName(name: string): string[] {
    const matches = new Set<string>();
    for (const path of this.index().keys()) {
      const stem = splitLangSuffix(path).name.replace(/\/(_?index)$/, '');
      if (stem === name || stem.endsWith(`/${name}`)) matches.add(stem);
    }
    return [...matches];
  }

  /** Every Markdown file of the content folder, by its path without extension. */
  private index(): Map<string, string> {
    if (this.files) return this.files;
    const files = new Map<string, string>();
    const walk = (abs: string, rel: string, depth: number) => {
      let entries: Dirent[];
      try {
        entries = readdirSync(abs, { withFileTypes: true });
      } catch {
        return;
      }
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue;
        const path = rel ? `${rel}/${entry.name}` : entry.name;
        if (entry.isDirectory() && depth < 32) walk(join(abs, entry.name), path, depth + 1);
        else if (entry.isFile() && MARKDOWN_FILE.test(entry.name)) files.set(path.replace(MARKDOWN_FILE, ''), join(abs, entry.name));
      }
    };
    walk(this.root, '', 0);
    return (this.files = files);
  }
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** What a target page's front matter says about its address. */
function addressFields(file: string): { slug?: string; url?: string; render: BuildOptions['render'] } {
  try {
    const split = splitFrontMatter(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    const read = 'error' in split ? null : readFrontMatter(split);
    if (!read || 'error' in read) return { render: 'always' };
    const text = (entry: FrontMatterEntry | undefined) => (typeof entry?.value === 'string' ? entry.value : undefined);
    return { slug: text(read.entries.get('slug')), url: text(read.entries.get('url')), render: buildOptions(read.entries.get('_build')?.value).render };
  } catch {
    return { render: 'always' };
  }
}
