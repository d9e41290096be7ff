import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import MagicString from 'magic-string';
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
}

/**
 * Each build; `vite build --mode <name>` picks one. The module script and the chunks it loads on
 * demand come first (no mode); the classic script is made from that script (--mode classic).
 */
const BUILDS: Record<string, Build> = {
  module: { entry: 'src/careers-widget.ts', format: 'es', fileName: 'careers-widget.js' },
  classic: { entry: 'dist/careers-widget.js', format: 'iife', fileName: 'careers-widget.iife.js' },
};

const MODULE_SCRIPT = fileURLToPath(new URL('dist/careers-widget.js', import.meta.url));

/** What a classic script's imports resolve against: its own URL, read while it runs. */
const CLASSIC_SCRIPT_URL = '__careersScriptUrl';

/**
 * Where the script leaves what its chunks import from it: on its own `careers-widget` class, which
 * it defines before any chunk loads, rather than on the page's globals. A chunk cannot import the
 * script: the classic one is no module, and a second URL would be a second copy of Lit and of
 * every state.
 */
const SHARED_OWNER = 'customElements.get("careers-widget")';
const SHARED_KEY = 'Symbol.for("careers-widget:shared")';

/** `local as exported, …` of an export or import clause, as [local, exported] pairs. */
function specifiers(clause: string): [string, string][] {
  return clause
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [local, exported = local] = part.split(/\s+as\s+/);
      return [local, exported];
    });
}

/**
 * The module build, finished. The script is wrapped so that, where the elements are defined
 * already (a second copy of either embed), it calls its `mountOnly` export and returns before
 * the rest of its code runs (a function declaration is hoisted); what its chunks import from it
 * is handed over on the element's class (`SHARED_KEY`) instead of an export.
 */
function sharedThroughGlobal(scriptFile: string): Plugin {
  const fromScript = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["']\\./${scriptFile.replace('.', '\\.')}["'];?`, 'g');
  return {
    name: 'shared-through-global',
    renderChunk(code, chunk) {
      const edited = new MagicString(code);
      if (chunk.fileName === scriptFile) {
        if (/^\s*import\b/m.test(code)) this.error(`${scriptFile} imports a chunk: the list must be one file`);
        const exported = /^export\s*\{([^}]*)\};?\s*$/m.exec(code);
        const pairs = exported ? specifiers(exported[1]) : [];
        const mountOnly = pairs.find(([, name]) => name === 'mountOnly')?.[0];
        if (!exported || !mountOnly || /^export\b/m.test(code.slice(exported.index + exported[0].length))) {
          this.error(`${scriptFile} must export one clause, with mountOnly in it`);
        }
        const shared = pairs.filter(([, name]) => name !== 'mountOnly').map(([local, name]) => `${JSON.stringify(name)}: ${local}`);
        edited.overwrite(exported.index, exported.index + exported[0].length, `Object.defineProperty(${SHARED_OWNER}, ${SHARED_KEY}, { value: { ${shared.join(', ')} } });`);
        edited.prepend(`(() => {\nif (customElements.get("careers-widget")) return ${mountOnly}();\n`).append('\n})();\n');
      } else {
        for (const match of code.matchAll(fromScript)) {
          const names = specifiers(match[1]).map(([name, local]) => (name === local ? name : `${name}: ${local}`));
          edited.overwrite(match.index, match.index + match[0].length, `const { ${names.join(', ')} } = ${SHARED_OWNER}[${SHARED_KEY}];`);
        }
      }
      return edited.hasChanged() ? { code: edited.toString(), map: edited.generateMap({ hires: 'boundary' }) } : null;
    },
  };
}

/**
 * The classic script: the module script, as it was built (with its source map), run as a
 * classic script. Its chunks stay the module build's files, beside it; their URLs are made
 * absolute against the script's own URL, as a classic script from another origin would resolve
 * `import('./x.js')` against the page.
 */
function classicFromModule(): Plugin {
  return {
    name: 'classic-from-module',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer && source.startsWith('./')) return { id: source, external: true };
      return null;
    },
    load(id) {
      if (id !== MODULE_SCRIPT) return null;
      if (!existsSync(id)) this.error('the classic script is made from the module script: run `vite build` first');
      const code = readFileSync(id, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
      return { code, map: readFileSync(`${id}.map`, 'utf8') };
    },
    renderChunk(code) {
      const edited = new MagicString(code);
      for (const match of code.matchAll(/import\((["'`])\.\/([^"'`]+)\1\)/g)) {
        edited.overwrite(match.index, match.index + match[0].length, `import(new URL(${match[1]}./${match[2]}${match[1]}, ${CLASSIC_SCRIPT_URL}).href)`);
      }
      if (!edited.hasChanged() || /import\(["'`]\.\//.test(edited.toString())) this.error('classic-from-module: an import left relative, or none');
      return { code: edited.toString(), map: edited.generateMap({ hires: 'boundary' }) };
    },
  };
}

// `npm run build`: the three builds above (`vite build`, then `--mode module` and `--mode classic`).
// `npm start`: the designers' demo in demo/, served from source.
export default defineConfig(({ mode }) => {
  if (!(mode in BUILDS) && mode !== 'production' && mode !== 'development') throw new Error(`vite.config.ts: no build named "${mode}"`);
  const build = BUILDS[mode] ?? BUILDS.module;
  const classic = build.format === 'iife';
  return {
    plugins: [demoAtRoot, classic ? classicFromModule() : sharedThroughGlobal(build.fileName)],
    server: { port: 5173 },
    build: {
      outDir: 'dist',
      emptyOutDir: !classic,
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
        // What the list and a posting share stays in the script (it may export more than its own names):
        // the list is one file.
        preserveEntrySignatures: 'allow-extension',
        // Tree-shaking hints are spent once the bundle is built: none is left in what hosts download.
        output: {
          ...(classic && { intro: `const ${CLASSIC_SCRIPT_URL} = document.currentScript?.src;` }),
          minify: true,
          comments: { annotation: false },
          ...(!classic && { codeSplitting: { groups: [{ name: 'posting-elements', test: POSTING_MODULES, includeDependenciesRecursively: false }] } }),
        },
      },
    },
  };
});
