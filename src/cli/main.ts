/**
 * The `careers-feed` command (bin/careers-feed.js runs the build of this module). Also the
 * module's API, for scripts and benchmarks: `convertFolder(dir, options)` converts a content
 * folder in-process.
 */
import { HELP, UsageError, parseCommandLine, type Command } from './args.js';
import { EXIT_USAGE, runBuild, runValidate, type Io } from './commands.js';
import { parseHugoDate } from './hugo-date.js';

export { convertFolder, assembleFeed } from './convert.js';
export { idFromPath } from './ids.js';
export type { ConvertOptions, ConvertResult, ConvertStats } from './convert.js';
export { convertPage } from './page.js';
export { readFrontMatter, splitFrontMatter } from './front-matter.js';
export { parseHugoDate } from './hugo-date.js';
export { normalizeLang, splitLangSuffix } from './language.js';
export { absolutize, absolutizeBodyUrls, isSiteRelative } from './rewrite-urls.js';
export { formatDiagnostic } from './diagnostics.js';
export type { Diagnostic } from './diagnostics.js';
export { parseCommandLine } from './args.js';
export type { Io } from './commands.js';

/** Environment variable that fixes the clock (an ISO date or date-time), for tests and reproducible builds. */
export const NOW_VARIABLE = 'CAREERS_FEED_NOW';

const processIo: Io = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

/** Runs the command line `argv` (without node and script) and returns the exit status. */
export function main(argv: string[], io: Io = processIo, env: Record<string, string | undefined> = process.env): number {
  let command: Command;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help = error.topic ? `Run "careers-feed ${error.topic} --help" for help.\n` : `\n${HELP}`;
    io.stderr(`careers-feed: ${error.message}\n${help}`);
    return EXIT_USAGE;
  }
  switch (command.command) {
    case 'help':
      io.stdout(command.text);
      return 0;
    case 'validate':
      return runValidate(command, io);
    case 'build': {
      const clock = env[NOW_VARIABLE];
      const now = clock ? parseHugoDate(clock) : null;
      if (clock && !now) {
        io.stderr(`careers-feed: ${NOW_VARIABLE} must be an ISO date or date-time, not "${clock}"\n`);
        return EXIT_USAGE;
      }
      return runBuild(command, io, now ? now.time : Date.now());
    }
  }
}
