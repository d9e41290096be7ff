/**
 * Two feed URLs that only exist in the demo, so the loading and error states look the same
 * from `npm start`, from any static server and in the end-to-end test, without a server
 * that answers slowly or fails:
 *
 * - `demo-network/never.json` never answers (until the widget gives up or is removed);
 * - `demo-network/offline.json` fails as fetch does when the network is down;
 * - `demo-network/kept.json` fails the same way, for a feed an earlier visit kept (its own URL:
 *   the widget keeps feeds per URL, and the error state must find none kept).
 *
 * Every other request goes through untouched. Only the state page installs this.
 */
export const NEVER_URL = 'demo-network/never.json';
export const OFFLINE_URL = 'demo-network/offline.json';
export const KEPT_URL = 'demo-network/kept.json';

export function installDemoNetwork(): void {
  const realFetch = window.fetch.bind(window);
  const never = new URL(NEVER_URL, document.baseURI).href;
  const offline = [OFFLINE_URL, KEPT_URL].map((url) => new URL(url, document.baseURI).href);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    if (offline.includes(url)) return Promise.reject(new TypeError('Failed to fetch (the demo pretends the network is down)'));
    if (url === never) {
      return new Promise<Response>((_, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
      });
    }
    return realFetch(input, init);
  };
}
