/** The two commands, over a small I/O interface so that tests and scripts can run them in-process. */
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Feed, Posting } from '../feed/types.js';
import { FeedFormatError, problemText, validateFeed } from '../feed/validate.js';
import type { BuildCommand, ValidateCommand } from './args.js';
import { convertFolder, type ConvertStats } from './convert.js';
import { formatDiagnostic } from './diagnostics.js';
import { lineAt } from './front-matter.js';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Exit statuses: problems in the input (1) and unusable invocations (2). */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export function runBuild(command: BuildCommand, io: Io, now: number): number {
  try {
    if (!statSync(command.contentDir).isDirectory()) {
      io.stderr(`careers-feed: ${command.contentDir} is not a folder\n`);
      return EXIT_USAGE;
    }
  } catch (error) {
    io.stderr(`careers-feed: cannot read ${command.contentDir} (${(error as NodeJS.ErrnoException).code ?? error})\n`);
    return EXIT_USAGE;
  }
  let converted: ReturnType<typeof convertFolder>;
  try {
    converted = convertFolder(command.contentDir, {
      baseUrl: command.baseUrl,
      drafts: command.drafts,
      future: command.future,
      expired: command.expired,
      defaultLang: command.defaultLang,
      organization: command.organization,
      now,
    });
  } catch (error) {
    // A sub-folder that cannot be listed: no feed rather than a feed missing a whole folder.
    const { code, path } = error as NodeJS.ErrnoException;
    if (!code) throw error;
    io.stderr(`careers-feed: cannot read ${path ?? command.contentDir} (${code})\n`);
    return EXIT_USAGE;
  }
  const { feed, diagnostics, stats } = converted;
  for (const diagnostic of diagnostics) io.stderr(formatDiagnostic(diagnostic) + '\n');

  const asJson = (data: unknown) => JSON.stringify(data, null, 2) + '\n';
  if (command.out === undefined || command.out === '-') io.stdout(asJson(feed));
  else {
    try {
      // Each posting file before the feed that names it: a reader never meets a feed without its files.
      const { list, files } = command.split ? splitFeed(feed, basename(command.out).replace(/\.json$/i, '')) : { list: feed, files: [] };
      for (const [name, posting] of files) writeAtomically(join(dirname(command.out), name), asJson(posting));
      writeAtomically(command.out, asJson(list));
    } catch (error) {
      io.stderr(`careers-feed: cannot write ${command.out} (${(error as NodeJS.ErrnoException).code ?? error})\n`);
      return EXIT_USAGE;
    }
  }
  io.stderr(`careers-feed: ${summary(stats)}${command.out && command.out !== '-' ? `, written to ${command.out}` : ''}\n`);
  return stats.failed || (command.strict && stats.warnings) ? EXIT_PROBLEMS : EXIT_OK;
}

/**
 * A list-only feed and its posting files (`--split`): the feed without bodies, each posting
 * naming its file (`detail`, relative to the feed), and each posting whole in `folder/ID.json`.
 * Ids are URL-safe (validate.ts), so each is a file name as it stands.
 */
export function splitFeed(feed: Feed, folder: string): { list: Feed; files: Array<[name: string, posting: Posting]> } {
  const files = feed.postings.map((posting): [string, Posting] => [`${folder}/${posting.id}.json`, posting]);
  const postings = feed.postings.map(({ body: _body, ...posting }, index) => ({ ...posting, detail: files[index][0] }));
  return { list: { ...feed, postings }, files };
}

function summary(stats: ConvertStats): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const leftOut = [
    stats.drafts && plural(stats.drafts, 'draft'),
    stats.future && `${stats.future} future`,
    stats.expired && `${stats.expired} expired`,
    stats.sections && plural(stats.sections, 'section page'),
  ].filter(Boolean);
  return (
    `${plural(stats.postings, 'posting')}` +
    (stats.unlisted ? ` (${stats.unlisted} not listed)` : '') +
    (leftOut.length ? `; left out: ${leftOut.join(', ')}` : '') +
    (stats.failed ? `; ${plural(stats.failed, 'page')} with errors` : '') +
    (stats.warnings ? `; ${plural(stats.warnings, 'warning')}` : '')
  );
}

/** Writes through a temporary file and a rename, so readers never see half a feed. */
function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, file);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing to clean up
    }
    throw error;
  }
}

export function runValidate(command: ValidateCommand, io: Io): number {
  const file = command.feedFile;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr(`careers-feed: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? error})\n`);
    return EXIT_USAGE;
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : 1;
    io.stderr(`${file}:${line}: not JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}\n`);
    io.stdout(`${file}: invalid: not a JSON feed\n`);
    return EXIT_PROBLEMS;
  }
  let result: ReturnType<typeof validateFeed>;
  try {
    result = validateFeed(data);
  } catch (error) {
    if (!(error instanceof FeedFormatError)) throw error;
    io.stderr(`${file}: ${error.message}\n`);
    io.stdout(`${file}: invalid: no posting can be shown\n`);
    return EXIT_PROBLEMS;
  }
  const { feed, skipped, problems } = result;
  for (const problem of problems) io.stderr(`${file}: ${problemText(problem)} (ignored by the widget)\n`);
  for (const { index, id, problems: postingProblems } of skipped) {
    const which = `postings[${index}]${id === undefined ? '' : ` (id ${JSON.stringify(id)})`}`;
    for (const problem of postingProblems) io.stderr(`${file}: ${which}: ${problemText(problem)}\n`);
  }
  const total = feed.postings.length + skipped.length;
  if (!skipped.length && !problems.length) {
    io.stdout(`${file}: valid, ${total} posting${total === 1 ? '' : 's'}\n`);
    return EXIT_OK;
  }
  io.stdout(
    `${file}: invalid: ${skipped.length} of ${total} posting${total === 1 ? '' : 's'} would be skipped` +
      (problems.length ? `, ${problems.length} other problem${problems.length === 1 ? '' : 's'}` : '') +
      '\n',
  );
  return EXIT_PROBLEMS;
}
