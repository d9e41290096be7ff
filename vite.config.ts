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

// `npm run build`: the library, as an ES module (lazy chunks beside it) and one classic
// script. `npm start`: the designers' demo in demo/, served from source.
export default defineConfig({
  plugins: [demoAtRoot],
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
