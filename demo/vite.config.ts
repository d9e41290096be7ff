/**
 * `npm run build:demo`: the designers' demo as static files in demo-dist/, for any static
 * server (relative URLs throughout). Apart from the library build: it changes nothing in
 * dist/, it reads it.
 *
 * The pages run the built widget, not a second build of its source: their
 * `<script src="/src/careers-widget.ts">` (what `npm start` serves from source) becomes
 * `widget/careers-widget.js`, a copy of dist/ with its lazy chunks. The demo's own modules
 * (gallery, knobs, playground with the CLI's page reader and the body renderer) are bundled
 * as usual.
 */
import { cp, mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const demo = dirname(fileURLToPath(import.meta.url));
const project = resolve(demo, '..');
const dist = join(project, 'dist');
const outDir = join(project, 'demo-dist');

const SOURCE_ENTRY = '<script type="module" src="/src/careers-widget.ts"></script>';
const BUILT_ENTRY = '<script type="module" src="./widget/careers-widget.js" vite-ignore></script>';

async function newestIn(folder: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

function builtWidget(): Plugin {
  return {
    name: 'careers-demo-built-widget',
    apply: 'build',
    async buildStart() {
      const built = await stat(join(dist, 'careers-widget.js')).catch(() => null);
      const manifest = await stat(join(dist, 'custom-elements.json')).catch(() => null);
      if (!built) this.error('dist/careers-widget.js is missing: run `npm run build` first');
      if (!manifest) this.error('dist/custom-elements.json is missing: run `npm run build:manifest` (npm run build:demo does)');
      if ((await newestIn(join(project, 'src'))) > built.mtimeMs) {
        this.warn('dist/ is older than src/: the demo shows the last build of the widget (run `npm run build` for the current one)');
      }
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, { filename }) {
        if (!html.includes(SOURCE_ENTRY)) throw new Error(`${filename} does not load the widget with ${SOURCE_ENTRY}`);
        return html.replace(SOURCE_ENTRY, BUILT_ENTRY);
      },
    },
    async writeBundle() {
      // The widget as published (ES module, its chunks and source maps; not the CLI), the feed and its images.
      await mkdir(join(outDir, 'widget'), { recursive: true });
      for (const entry of await readdir(dist, { withFileTypes: true })) {
        if (entry.isFile() && /\.js(\.map)?$/.test(entry.name)) await cp(join(dist, entry.name), join(outDir, 'widget', entry.name));
      }
      await cp(join(demo, 'feed.json'), join(outDir, 'feed.json'));
      await cp(join(demo, 'img'), join(outDir, 'img'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: demo,
  base: './',
  publicDir: false,
  logLevel: 'warn',
  plugins: [builtWidget()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { index: join(demo, 'index.html'), state: join(demo, 'state.html') },
    },
  },
});
