/**
 * A build plugin that drops the indentation and comments inside our `html` and `css` tagged
 * templates: the minifier leaves template text alone, and it is about a tenth of the widget's
 * own code. What it removes is never meaningful: runs of white space around a line break
 * (HTML and CSS read any run as one space, or none between rules), and CSS comments. Line
 * breaks are kept, so a stack trace's line numbers still match the source map.
 */
import { parseAst } from 'rolldown/parseAst';
import type { Plugin } from 'vite';

interface TemplateElement {
  start: number;
  end: number;
  value: { raw: string };
}

type Node = { type?: string; [key: string]: unknown };

const TAGS = new Set(['html', 'css']);

/** The template text with indentation (and, for CSS, comments) gone; each line break stays. */
export function minifyTemplateText(tag: 'html' | 'css', raw: string): string {
  const text = tag === 'css' ? raw.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, '')) : raw;
  return text.replace(/[ \t]*\n\s*/g, (space) => '\n'.repeat(space.split('\n').length - 1));
}

function* templates(node: unknown): Generator<{ tag: 'html' | 'css'; quasis: TemplateElement[] }> {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) yield* templates(child);
    return;
  }
  const { type, tag, quasi } = node as Node & { tag?: Node & { name?: string }; quasi?: { quasis: TemplateElement[] } };
  if (type === 'TaggedTemplateExpression' && tag?.type === 'Identifier' && TAGS.has(tag.name!)) {
    yield { tag: tag.name as 'html' | 'css', quasis: quasi!.quasis };
  }
  for (const value of Object.values(node)) if (value && typeof value === 'object') yield* templates(value);
}

export function minifyTemplates(): Plugin {
  return {
    name: 'minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id.replaceAll('\\', '/')) || !/(html|css)`/.test(code)) return null;
      const edits: Array<[start: number, end: number, text: string]> = [];
      for (const { tag, quasis } of templates(parseAst(code))) {
        for (const quasi of quasis) edits.push([quasi.start, quasi.end, minifyTemplateText(tag, quasi.value.raw)]);
      }
      let minified = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) minified = minified.slice(0, start) + text + minified.slice(end);
      return { code: minified, map: null };
    },
  };
}
