/** The servers and the browser every end-to-end file starts before its tests and stops after them. */
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
