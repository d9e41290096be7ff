/**
 * The pages of a Hugo content folder, as Hugo sees them: Markdown files (`.md`, `.markdown`,
 * `.mdown`), `_index.md` as a section page (never a posting), a folder with `index.md` as a
 * leaf bundle (one page; the files beside it are its resources), hidden and backup files
 * ignored. Sorted by path, so that everything after is deterministic.
 */
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { basename, join } from 'node:path';
import { splitLangSuffix } from './language.js';
import { MARKDOWN_FILE } from './ids.js';

export interface ContentFile {
  /** Path inside the content folder, with `/` separators: `team/senior-dev.nb.md`. */
  rel: string;
  /** Absolute path, for reading. */
  abs: string;
  /** The page without language and extension (`team/senior-dev`): translations share it. */
  name: string;
  /** The language in the file name, normalised, if any. */
  fileLang: string | null;
  /** The page with its file-name language (`team/senior-dev.nb`): unique, the base of the posting's id. */
  stem: string;
}

export interface ContentListing {
  pages: ContentFile[];
  /** Section pages (`_index.md`) seen and left out. */
  sections: ContentFile[];
}


export function listContentFiles(dir: string): ContentListing {
  const listing: ContentListing = { pages: [], sections: [] };
  const root = realpathSync(dir);
  walk(root, '', new Set([root]), listing, basename(root));
  const byRel = (a: ContentFile, b: ContentFile) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  listing.pages.sort(byRel);
  listing.sections.sort(byRel);
  return listing;
}

function walk(abs: string, rel: string, seen: Set<string>, listing: ContentListing, rootName: string): void {
  const entries = readdirSync(abs, { withFileTypes: true })
    .filter((entry) => !ignored(entry.name))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: Dirent[] = [];
  const dirs: Dirent[] = [];
  for (const entry of entries) {
    const kind = entry.isSymbolicLink() ? statKind(join(abs, entry.name)) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : null;
    if (kind === 'dir') dirs.push(entry);
    else if (kind === 'file' && MARKDOWN_FILE.test(entry.name)) files.push(entry);
  }

  const file = (entry: Dirent): { stem: string; name: string; lang: string | null; path: string } => {
    const stem = entry.name.replace(MARKDOWN_FILE, '');
    const { name, lang } = splitLangSuffix(stem);
    return { stem, name, lang, path: rel ? `${rel}/${entry.name}` : entry.name };
  };
  const leafIndexes = files.map(file).filter((f) => f.name === 'index');
  if (leafIndexes.length) {
    // A leaf bundle: the folder is the page; its other files and folders are resources.
    const bundle = rel || rootName;
    for (const f of leafIndexes) {
      listing.pages.push({
        rel: f.path,
        abs: join(abs, basename(f.path)),
        name: bundle,
        fileLang: f.lang,
        stem: f.lang ? `${bundle}.${f.stem.slice(f.name.length + 1)}` : bundle,
      });
    }
    return;
  }
  for (const entry of files) {
    const f = file(entry);
    const page: ContentFile = {
      rel: f.path,
      abs: join(abs, entry.name),
      name: rel ? `${rel}/${f.name}` : f.name,
      fileLang: f.lang,
      stem: rel ? `${rel}/${f.stem}` : f.stem,
    };
    (f.name === '_index' ? listing.sections : listing.pages).push(page);
  }
  for (const entry of dirs) {
    const path = join(abs, entry.name);
    const real = realpathSync(path);
    if (seen.has(real)) continue; // a symbolic link back up the tree
    seen.add(real);
    walk(path, rel ? `${rel}/${entry.name}` : entry.name, seen, listing, rootName);
  }
}

/** Hidden files and folders, editor backups and lock files: Hugo skips them too. */
function ignored(name: string): boolean {
  return name.startsWith('.') || name.startsWith('#') || name.endsWith('~');
}

function statKind(path: string): 'dir' | 'file' | null {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : null;
  } catch {
    return null; // a dangling link
  }
}
