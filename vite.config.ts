import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { litWithoutGlobals } from './scripts/lit-without-globals.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { markedInParts } from './scripts/marked-in-parts.js';

/** `npm start` opens on the demo: the project root has no page of its own. */
const demoAtRoot: Plugin = {
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/') return next();
      response.writeHead(302, { location: '/demo/' }).end();
    });
  },
};

/**
 * What the list and a posting both need (Lit, the i18n runtime and formats, the theme, events,
 * the URL policy, the decorator helper) goes into one shared chunk: the list view is then two
 * files, not five, and smaller for it (gzip shares one dictionary per file).
 */
const SHARED_MODULES =
  /node_modules[\\/](lit|lit-html|lit-element|@lit)[\\/]|[\\/]helpers[\\/](esm[\\/])?decorate\.js|src[\\/](i18n[\\/](format|locale|localization)|components[\\/]shared[\\/](?!icon)|events|content[\\/](url-policy|trusted-types))/;

/** A posting's elements and its renderer load together: one file. Raw HTML's sanitiser and the embed card stay apart. */
const POSTING_MODULES = /node_modules[\\/]marked[\\/]|src[\\/](posting-elements|components[\\/](careers-(job-posting|accordion|contact-card|apply-button)|shared[\\/]icon)|content[\\/](?!raw-html\.ts|url-policy|trusted-types|embeds))/;

interface Build {
  entry: string;
  format: 'es' | 'iife';
  fileName: string;
  /** Module build only: lazy chunks beside the entry. */
  chunked?: boolean;
  /** Whether Lit is in it (scripts/lit-without-globals.ts checks that each of its rewrites happened). */
  lit: boolean;
}

/** Each build; `vite build --mode <name>` picks one (no mode: the module). */
const BUILDS: Record<string, Build> = {
  module: { entry: 'src/careers-widget.ts', format: 'es', fileName: 'careers-widget.js', chunked: true, lit: true },
  // The one-tag embed: the list and Markdown postings in one file.
  classic: { entry: 'src/careers-widget.classic.ts', format: 'iife', fileName: 'careers-widget.iife.js', lit: true },
  // What the classic script fetches from beside itself for a body with raw HTML.
  'classic-raw-html': { entry: 'src/content/raw-html.ts', format: 'es', fileName: 'careers-widget.raw-html.js', lit: false },
};

const RAW_HTML_LOADER = fileURLToPath(new URL('src/content/raw-html-loader.ts', import.meta.url));
const RAW_HTML_BESIDE_SCRIPT = fileURLToPath(new URL('src/embed/raw-html-beside-script.ts', import.meta.url));

/** The classic script cannot have lazy chunks: it takes raw-html.ts from a file beside itself instead. */
const rawHtmlBesideScript: Plugin = {
  name: 'raw-html-beside-script',
  enforce: 'pre',
  async resolveId(source, importer, options) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    return resolved?.id === RAW_HTML_LOADER ? RAW_HTML_BESIDE_SCRIPT : null;
  },
};

// `npm run build`: the three builds above (`vite build`, then `--mode classic` and `--mode classic-raw-html`).
// `npm start`: the designers' demo in demo/, served from source.
export default defineConfig(({ mode }) => {
  if (!(mode in BUILDS) && mode !== 'production' && mode !== 'development') throw new Error(`vite.config.ts: no build named "${mode}"`);
  const build = BUILDS[mode] ?? BUILDS.module;
  return {
    plugins: [
      demoAtRoot,
      build.lit ? litWithoutGlobals() : [],
      markedInParts({ parserApart: !!build.chunked }),
      build.format === 'iife' ? rawHtmlBesideScript : [],
      minifyTemplates(),
    ],
    server: { port: 5173 },
    build: {
      outDir: 'dist',
      emptyOutDir: !!build.chunked,
      // The theme's light-dark() sets the floor (README, Browsers); below it, Lit's and marked's class
      // fields would be rewritten into helper calls for nothing.
      target: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
      sourcemap: true,
      lib: {
        entry: build.entry,
        // Vite insists on a name for an IIFE; the classic entry exports nothing, so none is assigned.
        name: 'CareersWidget',
        formats: [build.format],
        fileName: () => build.fileName,
      },
      rolldownOptions: {
        // Tree-shaking hints are spent once the bundle is built: none is left in what hosts download.
        output: {
          minify: true,
          comments: { annotation: false },
          ...(build.chunked && { codeSplitting: { groups: [{ name: 'shared', test: SHARED_MODULES }, { name: 'posting-elements', test: POSTING_MODULES }] } }),
        },
      },
    },
  };
});
