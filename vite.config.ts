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

/** A posting's elements and its renderer load together: one file. Raw HTML's sanitiser stays apart. */
const POSTING_MODULES = /node_modules[\\/]marked[\\/]|src[\\/](posting-elements|components[\\/](careers-(job-posting|accordion|contact-card|apply-button)|shared[\\/]icon)|content[\\/](?!raw-html|url-policy|trusted-types))/;

/** Each build's entry, format and file; `vite build --mode <name>` picks one (default: module). */
const BUILDS = {
  // The ES module: lazy chunks beside it.
  module: { entry: 'src/careers-widget.ts', format: 'es', fileName: 'careers-widget.js' },
  // One classic script with the one-tag embed: the list and Markdown postings in one file.
  classic: { entry: 'src/careers-widget.classic.ts', format: 'iife', fileName: 'careers-widget.iife.js' },
  // What the classic script fetches from beside itself for a body with raw HTML (raw-html-beside-script.ts).
  'classic-raw-html': { entry: 'src/content/raw-html.ts', format: 'es', fileName: 'careers-widget.raw-html.js' },
} as const;

// `npm run build`: the three builds above (`vite build`, then `--mode classic` and `--mode classic-raw-html`).
// `npm start`: the designers' demo in demo/, served from source.
export default defineConfig(({ mode }) => {
  const build = BUILDS[mode as keyof typeof BUILDS] ?? BUILDS.module;
  const modular = build === BUILDS.module;
  return {
    // The raw-HTML file holds no Lit: its checks would fail there.
    plugins: [demoAtRoot, build.entry.endsWith('raw-html.ts') ? [] : litWithoutGlobals(), markedInParts({ parserApart: modular }), minifyTemplates()],
    server: { port: 5173 },
    resolve: {
      alias: build === BUILDS.classic ? [{ find: './raw-html-loader.js', replacement: fileURLToPath(new URL('src/embed/raw-html-beside-script.ts', import.meta.url)) }] : [],
    },
    build: {
      outDir: 'dist',
      emptyOutDir: modular,
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
          ...(modular && { codeSplitting: { groups: [{ name: 'shared', test: SHARED_MODULES }, { name: 'posting-elements', test: POSTING_MODULES }] } }),
        },
      },
    },
  };
});
