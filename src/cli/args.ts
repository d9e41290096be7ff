/** Command line → what to do, and the help texts. Pure: no I/O, no process state. */
import { parseArgs } from 'node:util';
import type { Organization } from '../feed/types.js';
import { normalizeLang } from './language.js';

export const HELP = `Usage: careers-feed <command> [options]

Turns a Hugo content folder into a careers feed (format version 1) for the careers widget,
and checks feeds.

Commands:
  build CONTENT_DIR    write the feed of the Hugo pages in CONTENT_DIR
  validate FEED.json   check a feed against the feed schema, posting by posting

Run "careers-feed <command> --help" for a command's options.
`;

export const BUILD_HELP = `Usage: careers-feed build CONTENT_DIR [--base-url URL] [--out FILE [--split]]
                          [--drafts] [--future] [--expired] [--default-lang LANG] [--strict]
                          [--org-name NAME [--org-url URL] [--org-logo URL]]

Writes the feed (JSON) of the Hugo pages in CONTENT_DIR to standard output, or to FILE.
Reads front matter in YAML (---), TOML (+++) or JSON ({ }) with Hugo's rules; _index.md
is a section page, never a posting.

Options:
  --base-url URL       the site's address: site-relative URLs (/img/x.png) in fields and
                       bodies become absolute (https://example.com/img/x.png), each posting
                       gets its page's address (url), and ref/relref and links to .md
                       files become the addresses of the pages they name; without it URLs
                       stay relative (the widget resolves them against the feed's URL)
                       and links to pages are left out (their words kept)
  -o, --out FILE       write the feed to FILE instead of standard output
  --split              (with --out) a list-only feed for a big board: FILE without the
                       bodies, each posting whole in a file of its own, beside FILE in a
                       folder named after it (feed.json: feed/ID.json); the widget fetches
                       one when it opens, or when the reader points at its card
  --drafts             include drafts (draft: true)
  --future             include pages whose date (or publishDate) is in the future
  --expired            include pages whose expiryDate has passed
  --default-lang LANG  the language of pages whose file name and front matter name none,
                       and the site's default language (its pages have no /LANG/ in
                       their addresses) (default: en)
  --strict             exit with status 1 on warnings too
  --org-name NAME      the hiring organisation, written as the feed's "organization"
                       (search engines need it: the widget's structured-data attribute)
  --org-url URL        its web site (with --org-name)
  --org-logo URL       its logo (with --org-name; site-relative URLs follow --base-url)
  -h, --help           show this help

Problems go to standard error as PATH:LINE: reason (warnings as PATH:LINE: warning: ...,
embedded videos and forms as PATH:LINE: info: ...). A page that cannot be read or
converted is left out; the others are still written.

Exit status: 0 when the feed holds every page Hugo would publish (warnings allowed, unless
--strict); 1 when a page was lost to an error (the feed is still written, without it), or
with --strict when there were warnings; 2 on a usage error or an unreadable CONTENT_DIR
(nothing written).

Environment: CAREERS_FEED_NOW=2026-03-01T00:00:00Z fixes the clock that decides what is
future or expired (for tests and reproducible builds).
`;

export const VALIDATE_HELP = `Usage: careers-feed validate FEED.json

Checks a feed with the widget's own validator (the rules of careers-feed.schema.json) and
says what is wrong, posting by posting. The widget shows the valid postings of a feed and
skips the others.

Options:
  -h, --help   show this help

Exit status: 0 when the feed and all its postings are valid; 1 when something is wrong
(details on standard error); 2 on a usage error or an unreadable file.
`;

export interface BuildCommand {
  command: 'build';
  contentDir: string;
  baseUrl?: string;
  out?: string;
  /** A list-only feed at `out`, each posting whole in a file of its own. */
  split: boolean;
  drafts: boolean;
  future: boolean;
  expired: boolean;
  defaultLang: string;
  /** Warnings fail the build too (exit status 1). */
  strict: boolean;
  organization?: Organization;
}

export interface ValidateCommand {
  command: 'validate';
  feedFile: string;
}

export type Command = BuildCommand | ValidateCommand | { command: 'help'; text: string };

export class UsageError extends Error {
  constructor(
    message: string,
    /** The command whose help to point at. */
    readonly topic?: 'build' | 'validate',
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseCommandLine(argv: string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('no command given');
  if (first === '-h' || first === '--help') return { command: 'help', text: HELP };
  if (first === 'help') {
    if (rest[0] === 'build') return { command: 'help', text: BUILD_HELP };
    if (rest[0] === 'validate') return { command: 'help', text: VALIDATE_HELP };
    return { command: 'help', text: HELP };
  }
  if (first === 'build') return parseBuild(rest);
  if (first === 'validate') return parseValidate(rest);
  throw new UsageError(first.startsWith('-') ? `unknown option "${first}"` : `unknown command "${first}"`);
}

function parseBuild(args: string[]): Command {
  const { values, positionals } = parse(args, 'build', {
    'base-url': { type: 'string' },
    out: { type: 'string', short: 'o' },
    split: { type: 'boolean' },
    drafts: { type: 'boolean' },
    future: { type: 'boolean' },
    expired: { type: 'boolean' },
    'default-lang': { type: 'string' },
    strict: { type: 'boolean' },
    'org-name': { type: 'string' },
    'org-url': { type: 'string' },
    'org-logo': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) return { command: 'help', text: BUILD_HELP };
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length ? 'build takes one CONTENT_DIR' : 'build needs a CONTENT_DIR', 'build');
  }
  const command: BuildCommand = {
    command: 'build',
    contentDir: positionals[0],
    drafts: values.drafts === true,
    future: values.future === true,
    expired: values.expired === true,
    split: values.split === true,
    defaultLang: 'en',
    strict: values.strict === true,
  };
  const baseUrl = values['base-url'];
  if (baseUrl !== undefined) {
    let url: URL | null = null;
    try {
      url = new URL(String(baseUrl));
    } catch {
      // reported below
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      throw new UsageError(`--base-url must be an absolute http(s) URL such as https://example.com/, not "${baseUrl}"`, 'build');
    }
    command.baseUrl = url.href;
  }
  if (values.out !== undefined) {
    if (!values.out) throw new UsageError('--out needs a file name', 'build');
    command.out = String(values.out);
  }
  if (command.split && (command.out === undefined || command.out === '-')) throw new UsageError('--split writes files: it needs --out FILE', 'build');
  if (values['default-lang'] !== undefined) {
    const lang = normalizeLang(String(values['default-lang']));
    if (!lang) throw new UsageError(`--default-lang must be a language tag such as en or nb, not "${values['default-lang']}"`, 'build');
    command.defaultLang = lang;
  }
  const organization = parseOrganization(values);
  if (organization) command.organization = organization;
  return command;
}

function parseOrganization(values: Record<string, string | boolean | undefined>): Organization | undefined {
  const [name, url, logo] = ['org-name', 'org-url', 'org-logo'].map((key) => (values[key] === undefined ? undefined : String(values[key]).trim()));
  if (name === undefined) {
    if (url !== undefined || logo !== undefined) throw new UsageError('--org-url and --org-logo need --org-name', 'build');
    return undefined;
  }
  if (!name) throw new UsageError('--org-name needs a name', 'build');
  if (url !== undefined && !/^https?:\/\/[^/]/.test(url)) throw new UsageError(`--org-url must be an absolute http(s) URL, not "${url}"`, 'build');
  if (logo !== undefined && !/^(https?:\/\/[^/]|\/[^/])/.test(logo)) {
    throw new UsageError(`--org-logo must be an http(s) URL or a site path such as /img/logo.svg, not "${logo}"`, 'build');
  }
  return { name, ...(url && { url }), ...(logo && { logo }) };
}

function parseValidate(args: string[]): Command {
  const { values, positionals } = parse(args, 'validate', { help: { type: 'boolean', short: 'h' } });
  if (values.help) return { command: 'help', text: VALIDATE_HELP };
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length ? 'validate takes one FEED.json' : 'validate needs a FEED.json', 'validate');
  }
  return { command: 'validate', feedFile: positionals[0] };
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse(
  args: string[],
  topic: 'build' | 'validate',
  options: Options,
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (error) {
    // Node's messages name the option; drop its advice about "--" that does not apply here.
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''), topic);
  }
}
