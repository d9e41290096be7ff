/**
 * How deeply a Markdown text nests, measured before marked sees it: marked recurses per level and
 * its emphasis matching grows with the square of the nesting, so hostile nesting freezes a page.
 */

/** Levels of nesting a body may use; beyond either it is rendered as plain text. */
export const MAX_BLOCK_NESTING = 16;
export const MAX_INLINE_NESTING = 16;

// The container markers at the start of a line: `>` (no space needed) and list bullets or numbers.
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const CONTAINER_MARKER = />|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)/g;
const DELIMITER_RUN = /\*+|_+|~+/g;
const WHITESPACE = /\s/;

/**
 * Whether `markdown` nests deeper than MAX_BLOCK_NESTING or MAX_INLINE_NESTING.
 * 100,000 `>` or 5,000 nested `*` freeze a page for seconds, then overflow the stack; real postings
 * nest a handful of levels. One linear pass, an over-estimate on purpose (a false alarm costs
 * formatting, not text):
 *  - blocks: the `>` and list markers that open a line, plus one level per 4 columns of indent;
 *  - inline: per paragraph, `*`, `_` and `~` runs that can only open emphasis (or strikethrough)
 *    add their length, runs that can only close it subtract theirs.
 * Code is measured too: skipping what looks like code where marked sees none would let a body
 * hide its nesting.
 */
export function nestsTooDeep(markdown: string): boolean {
  let inlineDepth = 0;
  for (const line of markdown.split('\n')) {
    if (!line.trim()) {
      inlineDepth = 0; // emphasis never spans a blank line
      continue;
    }
    if (blockDepth(line) > MAX_BLOCK_NESTING) return true;
    inlineDepth = emphasisDepth(line, inlineDepth);
    if (inlineDepth > MAX_INLINE_NESTING) return true;
  }
  return false;
}

function blockDepth(line: string): number {
  const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
  const markers = prefix.match(CONTAINER_MARKER)?.length ?? 0;
  const whitespace = prefix.replace(CONTAINER_MARKER, '') + /^[ \t]*/.exec(line.slice(prefix.length))![0];
  // One space after each marker separates it; any more is indentation, which nests lists.
  const columns = [...whitespace].reduce((sum, c) => sum + (c === '\t' ? 4 : 1), 0) - markers;
  return markers + Math.max(0, Math.floor(columns / 4));
}

/** The open-emphasis count after `line`, starting from `depth`; Infinity once past the limit. */
function emphasisDepth(line: string, depth: number): number {
  for (const run of line.matchAll(DELIMITER_RUN)) {
    const before = line[run.index - 1] ?? ' ';
    const after = line[run.index + run[0].length] ?? ' ';
    const canOpen = !WHITESPACE.test(after);
    const canClose = !WHITESPACE.test(before);
    if (canOpen && !canClose) depth += run[0].length;
    else if (canClose && !canOpen) depth = Math.max(0, depth - run[0].length);
    if (depth > MAX_INLINE_NESTING) return Infinity;
  }
  return depth;
}
