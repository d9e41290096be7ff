import { defineConfig } from 'vite';

// `npm run build`: the library, as an ES module (lazy chunks beside it) and one classic
// script. `npm start`: the designers' demo in demo/, served from source.
export default defineConfig(({ command }) => ({
  root: command === 'serve' ? 'demo' : undefined,
  server: { port: 5173, open: false },
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
}));
