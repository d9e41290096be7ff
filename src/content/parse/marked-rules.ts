/**
 * marked's lexing rules, made to run in linear time in WebKit with the same matches: Safari's regex
 * interpreter tried anchored rules at every position, and a 100 KB body took WebKit minutes.
 */
import type { Rules } from 'marked';

/** A `^`-anchored rule as a sticky pattern, tried at the start of each string it is given. */
class AnchoredRule extends RegExp {
  override exec(text: string) {
    this.lastIndex = 0;
    return super.exec(text);
  }
}

const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
const BLANK = /^\s*$/;

/**
 * Whether a line of `=` or `-` follows the text's first line before a blank line ends its
 * paragraph: what lheading needs (its text cannot pass a newline before a blank line).
 */
function mayHoldSetextUnderline(text: string): boolean {
  for (let start = text.indexOf('\n'); start !== -1; ) {
    const end = text.indexOf('\n', start + 1);
    const line = text.slice(start + 1, end === -1 ? undefined : end);
    if (UNDERLINE.test(line)) return true;
    if (end === -1 || BLANK.test(line)) return false;
    start = end;
  }
  return false;
}

class SetextHeadingRule extends AnchoredRule {
  override exec(text: string) {
    return mayHoldSetextUnderline(text) ? super.exec(text) : null;
  }
}

/** The pattern's top-level alternatives (`a|b|c`), outside groups and character classes. */
function alternatives(source: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) {
      found.push(source.slice(start, index));
      start = index + 1;
    }
  }
  found.push(source.slice(start));
  return found;
}

/** Whether `^` pins every alternative of `rule` to the start of the text, so sticky matching is the same. */
function isAnchored(rule: RegExp): boolean {
  return !/[gmy]/.test(rule.flags) && alternatives(rule.source).every((alternative) => alternative.startsWith('^'));
}

function fasterRule(name: string, rule: RegExp): RegExp {
  if (!isAnchored(rule)) return rule;
  const Rule = name === 'lheading' ? SetextHeadingRule : AnchoredRule;
  return new Rule(rule.source, `${rule.flags}y`);
}

type RuleGroup = Record<string, unknown>;

const fasterGroups = new WeakMap<RuleGroup, RuleGroup>();

/** One group of rules (block, inline, other), made once per group. */
function fasterGroup<T extends RuleGroup>(group: T): T {
  let faster = fasterGroups.get(group);
  if (!faster) {
    faster = Object.fromEntries(Object.entries(group).map(([name, rule]) => [name, rule instanceof RegExp ? fasterRule(name, rule) : rule]));
    fasterGroups.set(group, faster);
  }
  return faster as T;
}

/** `rules` (what marked's Lexer gave its tokenizer), linear in WebKit, matching as before. */
export function fasterRules(rules: Rules): Rules {
  return { other: fasterGroup(rules.other), block: fasterGroup(rules.block), inline: fasterGroup(rules.inline) };
}
