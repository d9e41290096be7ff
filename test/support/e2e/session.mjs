/** The servers and the browser every end-to-end file starts before its tests and stops after them. */
import { after, before } from 'node:test';
import { launchChromium } from './browser.mjs';
import { startServers } from './servers.mjs';

/** Starts the servers (startServers' `options`) and Chromium; `stop` closes both. */
export async function startE2E(options) {
  const servers = await startServers(options);
  try {
    const browser = await launchChromium();
    return {
      servers,
      browser,
      stop: async () => {
        await browser.close();
        await servers.close();
      },
    };
  } catch (error) {
    // Chromium did not start: the servers must not keep the run alive.
    await servers.close();
    throw error;
  }
}

/**
 * One end-to-end file's servers and Chromium, started before its tests and stopped after them:
 * `servers` and `browser` of the returned object are there once the tests run.
 */
export function e2eSession(options) {
  const session = { servers: undefined, browser: undefined };
  let stop;
  before(async () => {
    ({ servers: session.servers, browser: session.browser, stop } = await startE2E(options));
  });
  after(() => stop?.());
  return session;
}
