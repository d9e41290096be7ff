/**
 * A build plugin that lets marked be tree-shaken (issue 8). marked's published bundle ends in a
 * default instance (`marked`, `parse`, `use`, …) built at load time, which keeps every class
 * alive; we use none of it. A posting needs only the Lexer (markdown-dom.ts builds DOM from its
 * tokens), and only bodies with raw HTML need the Parser and its HTML renderer (raw-html.ts).
 * - The default instance and the exports hanging on it are cut, so unused classes drop out.
 * - With `parserApart`, raw-html.ts gets a copy of marked of its own, so the Parser travels in
 *   the sanitiser's lazy chunk instead of in every posting (a module cannot span two chunks).
 * The cut must match exactly once: a marked upgrade that changes its bundle fails the build. Had
 * it moved something the classes need behind the default instance, the end-to-end tests (which
 * render Markdown and raw HTML with every built file) would fail instead.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const MARKED_FILE = /[\\/]node_modules[\\/]marked[\\/]lib[\\/]marked\.esm\.js$/;
const PARSER_COPY = '\0marked-for-raw-html';
const RAW_HTML_MODULE = /[\\/]src[\\/]content[\\/]raw-html\.ts$/;

/** marked's own classes and defaults: what our code may import. */
const KEPT_EXPORTS = new Set(['Hooks', 'Lexer', 'Marked', 'Parser', 'Renderer', 'TextRenderer', 'Tokenizer', 'defaults', 'getDefaults']);

/** `var v=new Marked;function marked(src,opt){return v.parse(…` … `export{…}`: the default instance, then the exports. */
const DEFAULT_INSTANCE = /var ([\w$]+)=new [\w$]+;function [\w$]+\([\w$]+,[\w$]+\)\{return \1\.parse\(/g;
const EXPORTS = /export\{([^}]*)\};?/g;

export function cutDefaultInstance(code: string): string {
  const instances = [...code.matchAll(DEFAULT_INSTANCE)];
  const exports = [...code.matchAll(EXPORTS)];
  if (instances.length !== 1 || exports.length !== 1 || exports[0].index < instances[0].index) {
    throw new Error(`marked: expected one default instance before one export list, found ${instances.length} and ${exports.length}`);
  }
  const kept = exports[0][1].split(',').filter((specifier) => KEPT_EXPORTS.has(specifier.split(' as ').pop()!.trim()));
  return `${code.slice(0, instances[0].index)}export{${kept.join(',')}};${code.slice(exports[0].index + exports[0][0].length)}`;
}

export function markedInParts({ parserApart }: { parserApart: boolean }): Plugin {
  let markedFile = '';
  return {
    name: 'marked-in-parts',
    apply: 'build',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!parserApart || source !== 'marked' || !importer || !RAW_HTML_MODULE.test(importer)) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      if (!resolved) return this.error(`marked-in-parts: cannot resolve marked from ${importer}`);
      markedFile = resolved.id;
      return PARSER_COPY;
    },
    load(id) {
      return id === PARSER_COPY ? readFileSync(markedFile, 'utf8') : null;
    },
    transform(code, id) {
      if (id !== PARSER_COPY && !MARKED_FILE.test(id)) return null;
      try {
        return { code: cutDefaultInstance(code), map: null };
      } catch (error) {
        return this.error((error as Error).message);
      }
    },
  };
}
