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

// `npm run build`: the library, as an ES module (lazy chunks beside it; `vite build`) and as one
// classic script (`vite build --mode classic`, which adds the one-tag embed). `npm start`: the
// designers' demo in demo/, served from source.
export default defineConfig(({ mode }) => {
  const classic = mode === 'classic';
  return {
    plugins: [demoAtRoot, litWithoutGlobals(), markedInParts({ parserApart: !classic }), minifyTemplates()],
    server: { port: 5173 },
    build: {
      outDir: 'dist',
      emptyOutDir: !classic,
      // The theme's light-dark() sets the floor (README, Browsers); below it, Lit's and marked's class
      // fields would be rewritten into helper calls for nothing.
      target: ['chrome123', 'edge123', 'firefox120', 'safari17.5'],
      sourcemap: true,
      lib: {
        entry: classic ? 'src/careers-widget.classic.ts' : 'src/careers-widget.ts',
        // Vite insists on a name for an IIFE; the classic entry exports nothing, so none is assigned.
        name: 'CareersWidget',
        formats: [classic ? 'iife' : 'es'],
        fileName: () => (classic ? 'careers-widget.iife.js' : 'careers-widget.js'),
      },
      rolldownOptions: {
        // Tree-shaking hints are spent once the bundle is built: none is left in what hosts download.
        output: {
          minify: true,
          comments: { annotation: false },
          ...(!classic && { codeSplitting: { groups: [{ name: 'shared', test: SHARED_MODULES }, { name: 'posting-elements', test: POSTING_MODULES }] } }),
        },
      },
    },
  };
});
