import { defineConfig, type Plugin } from 'vite';
import { litWithoutGlobals } from './scripts/lit-without-globals.js';

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
 * The classic script only defines elements: a page loading it has no use for its exports, and
 * the widget must leave no global but its elements. Vite and rolldown insist on `lib.name` for
 * the IIFE and assign the exports to it (`var CareersWidget=…`); this blanks that assignment in
 * the finished file, with spaces of the same length so the source map still lines up.
 */
const classicScriptWithoutGlobal: Plugin = {
  name: 'classic-script-without-global',
  apply: 'build',
  generateBundle(options, bundle) {
    if (options.format !== 'iife') return;
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !chunk.isEntry) continue;
      const assignment = `var ${options.name}=`;
      if (!chunk.code.startsWith(assignment)) this.error(`${chunk.fileName} does not start with "${assignment}"`);
      chunk.code = ' '.repeat(assignment.length) + chunk.code.slice(assignment.length);
    }
  },
};

// `npm run build`: the library, as an ES module (lazy chunks beside it) and one classic
// script. `npm start`: the designers' demo in demo/, served from source.
export default defineConfig({
  plugins: [demoAtRoot, classicScriptWithoutGlobal, litWithoutGlobals()],
  server: { port: 5173 },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2021',
    sourcemap: true,
    lib: {
      entry: 'src/careers-widget.ts',
      name: 'CareersWidget',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'careers-widget.js' : 'careers-widget.iife.js'),
    },
    rolldownOptions: {
      output: { minify: true },
    },
  },
});
