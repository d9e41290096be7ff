// Builds the careers-feed CLI (src/cli/main.ts and what it imports, libraries included)
// into one Node ES module, dist/cli/careers-feed.js, kept apart from the widget bundle.
// Run by `npm run build` (after vite, whose build empties dist/) and by `prepare` (so that
// `npm ci` leaves a working `npx careers-feed`); bin/careers-feed.js runs what it builds.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = new URL('../', import.meta.url);
export const CLI_ENTRY = fileURLToPath(new URL('src/cli/main.ts', root));
export const CLI_OUTPUT = fileURLToPath(new URL('dist/cli/careers-feed.js', root));

/** Builds the CLI; false when esbuild is not installed (a production install). */
export async function buildCli() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return false;
  }
  const result = await esbuild.build({
    entryPoints: [CLI_ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: CLI_OUTPUT,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
    banner: {
      // yaml's Node build is CommonJS and requires Node built-ins.
      js: [
        '// Built from src/cli/ by scripts/build-cli.mjs: do not edit.',
        "import { createRequire as __createRequire } from 'node:module';",
        'const require = __createRequire(import.meta.url);',
      ].join('\n'),
    },
  });
  mkdirSync(new URL('dist/cli/', root), { recursive: true });
  for (const file of result.outputFiles) {
    // Through a rename, so that a bin started meanwhile never imports half a file.
    const temporary = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temporary, file.contents);
    renameSync(temporary, file.path);
  }
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!(await buildCli())) console.warn('build-cli: esbuild is not installed; the careers-feed CLI was not built');
}
