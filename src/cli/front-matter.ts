/**
 * Front matter as Hugo reads it: YAML between `---` lines, TOML between `+++` lines, or a
 * JSON object `{ ... }`, at the very start of the file (after optional blank space).
 * Keys are case-insensitive: they are lower-cased, and a key written twice in two casings
 * is one key (the later one wins; reported, because Hugo's own choice is not defined).
 * Pure: text in, data out; line numbers are those of the file.
 */
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import { parse as parseToml } from 'smol-toml';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

export interface Located {
  line: number;
  message: string;
}

export interface SplitPage {
  /** null when the file has no front matter. */
  format: FrontMatterFormat | null;
  /** The front matter text, without its delimiters. */
  raw: string;
  /** File line on which `raw` starts. */
  rawLine: number;
  /** The content after the front matter, as written. */
  body: string;
  /** File line on which `body` starts. */
  bodyLine: number;
}

export interface FrontMatterEntry {
  /** The key as written (the later one, for a key written in two casings). */
  key: string;
  value: unknown;
  line: number;
}

export interface FrontMatter {
  /** By lower-cased key. Nested maps have lower-cased keys too. */
  entries: Map<string, FrontMatterEntry>;
  /** Keys written more than once, in one casing or several (one entry per later occurrence). */
  duplicates: { key: string; earlier: string; earlierLine: number; line: number; sameValue: boolean }[];
}

/** 1-based line of `offset` in `text`. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Splits a page into front matter and content, or says on which line the front matter is broken. */
export function splitFrontMatter(text: string): SplitPage | { error: Located } {
  let start = 0;
  while (start < text.length && ' \t\r\n'.includes(text[start])) start++;
  const startLine = lineAt(text, start);
  const delimiter = text.slice(start, start + 3);
  if (delimiter === '---' || delimiter === '+++') {
    const format = delimiter === '---' ? 'yaml' : 'toml';
    const lineEnd = endOfLine(text, start);
    if (text.slice(start + 3, lineEnd).trim() !== '') {
      return { error: { line: startLine, message: `the front matter's opening "${delimiter}" must stand alone on its line` } };
    }
    // Hugo: the front matter ends at the first line that starts with the same delimiter.
    const rawStart = Math.min(lineEnd + 1, text.length);
    let close = rawStart;
    while (close < text.length && !text.startsWith(delimiter, close)) {
      const next = text.indexOf('\n', close);
      close = next < 0 ? text.length : next + 1;
    }
    if (close >= text.length) {
      return { error: { line: startLine, message: `the front matter opened with "${delimiter}" is never closed` } };
    }
    const bodyStart = Math.min(endOfLine(text, close) + 1, text.length);
    return {
      format,
      raw: text.slice(rawStart, close),
      rawLine: startLine + 1,
      body: text.slice(bodyStart),
      bodyLine: lineAt(text, bodyStart),
    };
  }
  if (text[start] === '{') {
    const end = endOfJsonObject(text, start);
    if (end < 0) return { error: { line: startLine, message: 'the JSON front matter\'s "{" is never closed' } };
    return {
      format: 'json',
      raw: text.slice(start, end),
      rawLine: startLine,
      body: text.slice(end),
      bodyLine: lineAt(text, end),
    };
  }
  return { format: null, raw: '', rawLine: 1, body: text, bodyLine: 1 };
}

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Offset just after the `}` that closes the object opened at `start` (strings respected), or -1. */
function endOfJsonObject(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Reads the front matter of a split page into case-insensitive entries, or says what is wrong and where. */
export function readFrontMatter(page: SplitPage): FrontMatter | { error: Located } {
  if (page.format === null) return { entries: new Map(), duplicates: [] };
  const read = page.format === 'yaml' ? readYaml : page.format === 'toml' ? readToml : readJson;
  const result = read(page.raw);
  if ('error' in result) return { error: { line: page.rawLine + result.error.line - 1, message: result.error.message } };
  const fileLine = (line: number) => page.rawLine + line - 1;
  const folded = foldKeys(result.keys.map((k) => ({ ...k, line: fileLine(k.line) })));
  for (const repeat of result.repeats ?? []) {
    folded.duplicates.push({ key: repeat.key, earlier: repeat.key, earlierLine: fileLine(repeat.earlierLine), line: fileLine(repeat.line), sameValue: repeat.sameValue });
  }
  folded.duplicates.sort((a, b) => a.line - b.line);
  return folded;
}

interface RawKey {
  key: string;
  value: unknown;
  /** Line within the front matter text. */
  line: number;
}
/** A key written again with the same spelling (YAML, JSON): the later value counts, as in Hugo. */
interface Repeat {
  key: string;
  line: number;
  earlierLine: number;
  sameValue: boolean;
}
type Read = { keys: RawKey[]; repeats?: Repeat[] } | { error: Located };

const notAMap = (found: string): Read => ({
  error: { line: 1, message: `the front matter must be a map of keys to values, not ${found}` },
});

/** Hugo reads YAML with YAML 1.1 scalars (yes/no/on/off are booleans), and dates as text. */
function readYaml(raw: string): Read {
  const lineCounter = new LineCounter();
  const document = parseDocument(raw, {
    version: '1.1',
    merge: true,
    // Hugo publishes a page whose front matter writes a key twice: the later value counts.
    uniqueKeys: false,
    lineCounter,
    customTags: (tags) =>
      tags.filter((tag) => {
        const { tag: name, format } = tag as { tag: string; format?: string };
        return !name.endsWith(':timestamp') && format !== 'TIME';
      }),
  });
  const [first] = document.errors;
  if (first) {
    const line = first.linePos?.[0].line ?? 1;
    const message = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { error: { line, message: `YAML: ${message}` } };
  }
  const { contents } = document;
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) return { keys: [] };
  if (!isMap(contents)) return notAMap(isScalar(contents) ? 'a single value' : 'a list');
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { error: { line: 1, message: `YAML: ${(error as Error).message}` } };
  }
  if (!isPlainObject(data)) return notAMap('a list');
  // Keys in document order, each with the line its value comes from (the last); merge keys (<<) add theirs at the end.
  const lines = new Map<string, { line: number; value: string }>();
  const repeats: Repeat[] = [];
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.range) {
      const key = String(pair.key.value);
      const line = lineCounter.linePos(pair.key.range[0]).line;
      const value = JSON.stringify((pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null);
      const earlier = lines.get(key);
      if (earlier) repeats.push({ key, line, earlierLine: earlier.line, sameValue: earlier.value === value });
      lines.set(key, { line, value });
    }
  }
  return { keys: Object.entries(data).map(([key, value]) => ({ key, value, line: lines.get(key)?.line ?? 1 })), repeats };
}

function readToml(raw: string): Read {
  let data: Record<string, unknown>;
  try {
    data = parseToml(raw) as Record<string, unknown>;
  } catch (error) {
    const { line, message } = error as { line?: number; message: string };
    const reason = message.split('\n')[0].replace(/^Invalid TOML document: /, '');
    return { error: { line: line ?? 1, message: `TOML: ${reason}` } };
  }
  const lines = keyLines(raw, /^[ \t]*(?:"((?:[^"\\]|\\.)*)"|'([^']*)'|([A-Za-z0-9_-]+))[ \t]*[=.]/, /^[ \t]*\[/);
  return { keys: Object.entries(data).map(([key, value]) => ({ key, value, line: lines.get(key) ?? 1 })) };
}

function readJson(raw: string): Read {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    const lineMatch = /\(line (\d+) column \d+\)/.exec(message);
    const line = lineMatch ? Number(lineMatch[1]) : position ? lineAt(raw, Number(position[1])) : 1;
    return { error: { line, message: `JSON: ${message.replace(/ in JSON at position \d+.*$/, '')}` } };
  }
  if (!isPlainObject(data)) return notAMap(Array.isArray(data) ? 'a list' : 'a single value');
  // Top-level keys are the ones indented least; a simple scan finds their lines.
  const lines = keyLines(raw, /^[ \t]*\{?[ \t]*"((?:[^"\\]|\\.)*)"[ \t]*:/, null);
  return { keys: Object.entries(data).map(([key, value]) => ({ key, value, line: lines.get(key) ?? 1 })) };
}

/** First line of each key matched by `keyPattern`, up to the first line matching `stop`. */
function keyLines(raw: string, keyPattern: RegExp, stop: RegExp | null): Map<string, number> {
  const lines = new Map<string, number>();
  const all = raw.split('\n');
  for (let i = 0; i < all.length; i++) {
    if (stop?.test(all[i])) break;
    const match = keyPattern.exec(all[i]);
    if (!match) continue;
    const key = match[1] ?? match[2] ?? match[3];
    const unescaped = match[1] !== undefined ? safeJsonString(match[1]) : key;
    if (!lines.has(unescaped)) lines.set(unescaped, i + 1);
  }
  return lines;
}

function safeJsonString(inner: string): string {
  try {
    return JSON.parse(`"${inner}"`) as string;
  } catch {
    return inner;
  }
}

/** One entry per lower-cased key; the later one (by line) wins, and repeats are listed. */
function foldKeys(keys: RawKey[]): FrontMatter {
  const entries = new Map<string, FrontMatterEntry>();
  const duplicates: FrontMatter['duplicates'] = [];
  const ordered = keys.map((k, index) => ({ ...k, index })).sort((a, b) => a.line - b.line || a.index - b.index);
  for (const { key, value, line } of ordered) {
    const lower = key.toLowerCase();
    const earlier = entries.get(lower);
    const normalised = lowerKeys(value);
    if (earlier) {
      duplicates.push({
        key,
        earlier: earlier.key,
        earlierLine: earlier.line,
        line,
        sameValue: JSON.stringify(earlier.value) === JSON.stringify(normalised),
      });
    }
    entries.set(lower, { key, value: normalised, line });
  }
  return { entries, duplicates };
}

/** Nested maps get lower-cased keys too (Hugo's params are case-insensitive at every level). */
function lowerKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(lowerKeys);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key.toLowerCase()] = lowerKeys(inner);
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
