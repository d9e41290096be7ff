import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

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
 * A posting's elements (the embed card too) and its renderer load together: one file. Raw HTML's
 * sanitiser stays apart. A lazy chunk of its own that uses Lit (the embed card was one) makes
 * rolldown split Lit and the i18n runtime out of the list's file: the size test says so.
 */
const POSTING_MODULES = /node_modules[\\/]marked[\\/]|src[\\/](posting-elements|components[\\/](careers-(job-posting|accordion|contact-card|apply-button|embed))|content[\\/](?!render[\\/](raw-html|icons)\.ts)|security[\\/](link-attributes|trusted-types)\.ts)/;

interface Build {
  entry: string;
  format: 'es' | 'iife';
  fileName: string;
  /** The elements: lazy chunks beside the entry, and the manifest the embed scripts are built from. */
  elements?: boolean;
}

/** Each build; `vite build --mode <name>` picks one (no mode: the elements, which the other two need). */
const BUILDS: Record<string, Build> = {
  // The elements and everything they load on demand; hashed names, so that a CDN may cache them for ever.
  elements: { entry: 'src/elements.ts', format: 'es', fileName: 'careers-elements-[hash].js', elements: true },
  // The two embed scripts: a few hundred bytes each, under names that stay.
  module: { entry: 'src/careers-widget.ts', format: 'es', fileName: 'careers-widget.js' },
  classic: { entry: 'src/careers-widget.classic.ts', format: 'iife', fileName: 'careers-widget.iife.js' },
};

const MANIFEST = fileURLToPath(new URL('dist/.vite/manifest.json', import.meta.url));
const ROOT = fileURLToPath(new URL('.', import.meta.url));

/** What a classic script's imports resolve against: its own URL, read while it runs. */
const CLASSIC_SCRIPT_URL = '__careersScriptUrl';

/**
 * The embed scripts import the elements' code and their words as the elements build wrote them
 * (dist/.vite/manifest.json): each such import becomes the hashed file beside the script. In the
 * classic script those imports are made absolute, against the script's own URL: a classic script
 * from another origin resolves `import('./x.js')` against about:blank.
 */
function fromElementsBuild({ classic }: { classic: boolean }): Plugin {
  let manifest: Record<string, { file: string }> = {};
  return {
    name: 'from-elements-build',
    enforce: 'pre',
    buildStart() {
      if (!existsSync(MANIFEST)) this.error('the embed scripts are built after the elements: run `vite build` first');
      manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    },
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const built = resolved && manifest[relative(ROOT, resolved.id).replaceAll('\\', '/')];
      return built ? { id: `./${built.file}`, external: true } : null;
    },
    renderChunk(code) {
      if (!classic) return null;
      const files = new Set(Object.values(manifest).map(({ file }) => file));
      let anchored = 0;
      const absolute = code.replace(/import\((["'`])\.\/([^"'`]+)\1\)/g, (call, quote: string, file: string) => {
        if (!files.has(file)) return call;
        anchored++;
        return `import(new URL(${quote}./${file}${quote}, ${CLASSIC_SCRIPT_URL}).href)`;
      });
      if (!anchored || /import\(["'`]\.\//.test(absolute)) this.error('from-elements-build: the classic script has an import left relative, or none');
      return { code: absolute, map: null };
    },
  };
}

// `npm run build`: the three builds above (`vite build`, then `--mode module` and `--mode classic`).
// `npm start`: the designers' demo in demo/, served from source.
export default defineConfig(({ mode }) => {
  if (!(mode in BUILDS) && mode !== 'production' && mode !== 'development') throw new Error(`vite.config.ts: no build named "${mode}"`);
  const build = BUILDS[mode] ?? BUILDS.elements;
  return {
    plugins: [demoAtRoot, build.elements ? [] : fromElementsBuild({ classic: build.format === 'iife' })],
    server: { port: 5173 },
    build: {
      outDir: 'dist',
      emptyOutDir: !!build.elements,
      manifest: !!build.elements,
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
        // What the list and a posting share stays in the elements' file (it may export more than its own names):
        // the list is one file.
        preserveEntrySignatures: 'allow-extension',
        // Tree-shaking hints are spent once the bundle is built: none is left in what hosts download.
        output: {
          ...(build.format === 'iife' && { intro: `const ${CLASSIC_SCRIPT_URL} = document.currentScript?.src;` }),
          minify: true,
          comments: { annotation: false },
          ...(build.elements && { codeSplitting: { groups: [{ name: 'posting-elements', test: POSTING_MODULES, includeDependenciesRecursively: false }] } }),
        },
      },
    },
  };
});
