/**
 * A build plugin that keeps Lit's page-wide bookkeeping inside the bundle, so the widget adds
 * no global but its elements (issue 6):
 * - the version lists (`litHtmlVersions`, `litElementVersions`, `reactiveElementVersions`),
 *   which only serve to warn about several Lit copies, are dropped;
 * - `litPropertyMetadata`, shared by Lit's decorators and ReactiveElement, becomes a
 *   module of this bundle;
 * - Lit's `lit-html` Trusted Types policy comes from `sharedPolicy` (src/content/trusted-types.ts),
 *   so a second copy of the script reuses the first's instead of failing where the host's CSP
 *   has no 'allow-duplicates'.
 * Each rewrite must match exactly once in Lit's published (production) files: a Lit upgrade
 * that changes them fails the build here rather than silently leaking a global.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const METADATA_MODULE = '\0lit-property-metadata';
const TRUSTED_TYPES_MODULE = fileURLToPath(new URL('../src/content/trusted-types.ts', import.meta.url));

type Rewrite = [pattern: RegExp, replacement: string];

const dropVersions = (name: string): Rewrite => [new RegExp(`\\(\\w+\\.${name}\\?\\?=\\[\\]\\)\\.push\\("[^"]+"\\)`), 'void 0'];
const useBundleMetadata: Rewrite[] = [
  [/\w+\.litPropertyMetadata\?\?=new WeakMap/, 'void 0'],
  [/(?<![.\w])(?:globalThis\.)?litPropertyMetadata\b/g, '__litPropertyMetadata'],
];
const metadataImport = `import{litPropertyMetadata as __litPropertyMetadata}from${JSON.stringify(METADATA_MODULE)};`;

/** File (relative to node_modules) → its rewrites and the imports they need. */
const REWRITES: Record<string, { imports: string; rules: Rewrite[] }> = {
  'lit-html/lit-html.js': {
    imports: `import{sharedPolicy as __sharedPolicy}from${JSON.stringify(TRUSTED_TYPES_MODULE)};`,
    rules: [
      [/(\w+)\?\1\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\):void 0/, '__sharedPolicy("lit-html",$2)'],
      dropVersions('litHtmlVersions'),
    ],
  },
  'lit-element/lit-element.js': { imports: '', rules: [dropVersions('litElementVersions')] },
  '@lit/reactive-element/reactive-element.js': {
    imports: metadataImport,
    rules: [dropVersions('reactiveElementVersions'), ...useBundleMetadata],
  },
  '@lit/reactive-element/decorators/property.js': { imports: metadataImport, rules: [useBundleMetadata[1]!] },
};

export function litWithoutGlobals(): Plugin {
  const seen = new Set<string>();
  return {
    name: 'lit-without-globals',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      seen.clear();
    },
    resolveId(id) {
      return id === METADATA_MODULE ? id : null;
    },
    load(id) {
      return id === METADATA_MODULE ? 'export const litPropertyMetadata = new WeakMap();' : null;
    },
    transform(code, id) {
      const file = Object.keys(REWRITES).find((name) => id.replaceAll('\\', '/').endsWith(`/node_modules/${name}`));
      if (!file) return null;
      const { imports, rules } = REWRITES[file];
      let rewritten = code;
      for (const [pattern, replacement] of rules) {
        const matches = rewritten.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
        if (matches === 0 || (!pattern.global && matches !== 1)) this.error(`${file}: expected ${pattern} ${pattern.global ? 'at least once' : 'once'}, found ${matches}`);
        rewritten = rewritten.replace(pattern, replacement);
      }
      seen.add(file);
      return { code: imports + rewritten, map: null };
    },
    buildEnd(error) {
      const missing = Object.keys(REWRITES).filter((file) => !seen.has(file));
      if (!error && missing.length) this.error(`Lit files not seen (resolved elsewhere?): ${missing.join(', ')}`);
    },
  };
}
