/**
 * Hugo's `cascade`: front matter a section's `_index.md` passes down to the pages below it — a
 * map for all of them, or a list of maps, each for the pages its `_target` matches (`path`, a
 * glob of the page's content path; `lang`; `kind`; `environment`). A page's own keys win, then
 * the nearest section's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { ContentFile } from './content-files.js';
import { readFrontMatter, splitFrontMatter, type FrontMatterEntry } from './front-matter.js';
import type { PageLocation } from './site.js';

export interface Cascade {
  /** The section's folder in the content ('' at the top). */
  dir: string;
  /** Each set of values with the target it is for. */
  sets: { target: Record<string, unknown> | null; values: Map<string, FrontMatterEntry> }[];
}

type Report = (file: ContentFile, line: number, message: string) => void;

/**
 * The cascades of the sections a converted folder is in and has inside it: its own `_index.md`
 * files (`sections`, found in the folder) and those of the folders above it up to the content root.
 */
export function cascadesOf(root: string, section: string, sections: ContentFile[], report: Report): Cascade[] {
  const files: { file: ContentFile; dir: string }[] = sections.map((file) => ({ file, dir: posix.join(section, posix.dirname(file.rel)).replace(/^\.$/, '') }));
  const parts = section ? section.split('/') : [];
  for (let depth = 0; depth < parts.length; depth++) {
    const dir = parts.slice(0, depth).join('/');
    const abs = join(root, dir, '_index.md');
    if (existsSync(abs)) files.push({ file: { rel: posix.join('..', ...Array(parts.length - depth - 1).fill('..'), '_index.md'), abs, name: '_index', fileLang: null, stem: '_index' }, dir });
  }
  const cascades: Cascade[] = [];
  for (const { file, dir } of files) {
    let text: string;
    try {
      text = readFileSync(file.abs, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    } catch {
      continue;
    }
    const split = splitFrontMatter(text);
    const read = 'error' in split ? null : readFrontMatter(split);
    const entry = read && !('error' in read) ? read.entries.get('cascade') : undefined;
    if (!entry) continue;
    const sets = (Array.isArray(entry.value) ? entry.value : [entry.value]).flatMap((value) => {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        report(file, entry.line, '"cascade" should be a map of keys to values (or a list of them); ignored');
        return [];
      }
      const { _target: target, ...rest } = value as Record<string, unknown>;
      const values = new Map(Object.entries(rest).map(([key, inner]) => [key, { key: `cascade.${key}`, value: inner, line: entry.line }]));
      return [{ target: target && typeof target === 'object' ? (target as Record<string, unknown>) : null, values }];
    });
    cascades.push({ dir, sets });
  }
  // Nearest section first.
  return cascades.sort((a, b) => b.dir.length - a.dir.length);
}

/** The cascaded values for one page: those of its sections, nearest first, that target it. */
export function cascadeFor(cascades: Cascade[], location: PageLocation, file: ContentFile, lang: string): Map<string, FrontMatterEntry> {
  const values = new Map<string, FrontMatterEntry>();
  const pageDir = location.bundle ? posix.join(location.dir, location.name) : location.dir;
  const path = `/${posix.join(location.dir, posix.basename(file.rel))}`;
  for (const cascade of cascades) {
    if (cascade.dir && pageDir !== cascade.dir && !pageDir.startsWith(`${cascade.dir}/`)) continue;
    for (const set of cascade.sets) {
      if (set.target && !targets(set.target, path, lang)) continue;
      for (const [key, entry] of set.values) if (!values.has(key)) values.set(key, entry);
    }
  }
  return values;
}

/** Whether a `_target` picks a regular page at `path` in `lang`, in a production build. */
function targets(target: Record<string, unknown>, path: string, lang: string): boolean {
  const matches = (pattern: unknown, value: string) => typeof pattern !== 'string' || !pattern || glob(pattern).test(value);
  const withoutExtension = path.replace(/\.[^./]+$/, '');
  return (
    (matches(target.path, path) || matches(target.path, withoutExtension)) &&
    matches(target.lang, lang) &&
    matches(target.kind, 'page') &&
    matches(target.environment, 'production')
  );
}

/** A Hugo glob: `**` any path, `*` any name part, `?` one character, `{a,b}` either. */
function glob(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        source += '.*';
        i++;
      } else source += '[^/]*';
    } else if (c === '?') source += '[^/]';
    else if (c === '{') source += '(?:';
    else if (c === '}') source += ')';
    else if (c === ',' && source.includes('(?:')) source += '|';
    else source += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}
