import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { testServer } from './test/support/test-server.mjs';
import { CHROMIUM, FIREFOX, testBrowsers } from './test/support/browsers.mjs';
import { viewportCommand } from './test/support/viewport-command.mjs';
import { webkitLauncher } from './test/support/webkit-launcher.mjs';
import { fileTimesReporter } from './test/support/file-times-reporter.mjs';
import { defaultReporter } from '@web/test-runner';

const asRoot = process.getuid?.() === 0;

const LAUNCHERS = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        args: [
          ...(asRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX },
    }),
  // WebKit is the slowest of the three by far: two pages of its own, so that it ends near the others.
  webkit: () => webkitLauncher({ concurrency: 2 }),
};

export default {
  // The XSS matrix's files take longest: first, so that no browser ends on one of them alone.
  files: ['test/security/xss-*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testServer],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' }), viewportCommand],
  // CAREERS_BROWSERS (e.g. "chromium" for `npm run test:unit`) picks some; all three by default.
  browsers: testBrowsers().map((name) => LAUNCHERS[name]()),
  // All at once: by default two browsers run and the third (WebKit, the slowest) waits for one to finish.
  concurrentBrowsers: 3,
  reporters: [defaultReporter(), fileTimesReporter()],
  // Above waitFor's 30 s ceiling (test/support/wait.ts), so a hang fails with what never came.
  testFramework: { config: { timeout: 60000 } },
  // Two cores shared by three browsers: ceilings for a stuck browser, not for a slow one (the XSS
  // matrix's files take WebKit minutes when the machine is loaded).
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  testsFinishTimeout: 1800000,
};
