import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { testServer } from './test/support/test-server.mjs';

const asRoot = process.getuid?.() === 0;

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [testServer],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        args: [
          ...(asRoot ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
        ],
      },
    }),
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr' },
    }),
  ],
  // Above waitFor's 30 s ceiling (test/support/wait.ts), so a hang fails with what never came.
  testFramework: { config: { timeout: 60000 } },
  // Two cores shared by two browsers: give slow machines room before calling a run stuck.
  testsStartTimeout: 60000,
  testsFinishTimeout: 300000,
};
