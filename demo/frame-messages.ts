/**
 * How the gallery and its tiles talk (window.postMessage, same origin only): a tile says it is
 * ready and how tall it is; the gallery sends it the theme knobs' custom properties.
 */

const SOURCE = 'careers-demo';
const TOKEN_NAME = /^--careers-[a-z0-9-]+$/;

export type Tokens = Record<string, string>;

export type TileMessageBody = { type: 'ready' } | { type: 'height'; height: number };
export type TileMessage = TileMessageBody & { source: typeof SOURCE };

export type GalleryMessage = { source: typeof SOURCE; type: 'tokens'; tokens: Tokens };

function isOurs(event: MessageEvent): boolean {
  return event.origin === location.origin && (event.data as { source?: unknown } | null)?.source === SOURCE;
}

/** Sets the given `--careers-*` properties on an element and removes the others it had. */
export function applyTokens(target: HTMLElement, tokens: Tokens): void {
  for (const name of [...target.style].filter((property) => TOKEN_NAME.test(property))) {
    if (!Object.hasOwn(tokens, name)) target.style.removeProperty(name);
  }
  for (const [name, value] of Object.entries(tokens)) {
    if (TOKEN_NAME.test(name) && typeof value === 'string') target.style.setProperty(name, value);
  }
}

// In a tile (state.html):

export function tellGallery(message: TileMessageBody): void {
  if (window.parent !== window) window.parent.postMessage({ ...message, source: SOURCE }, location.origin);
}

export function onTokensFromGallery(handle: (tokens: Tokens) => void): void {
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || !isOurs(event)) return;
    const message = event.data as GalleryMessage;
    if (message.type === 'tokens' && message.tokens && typeof message.tokens === 'object') handle(message.tokens);
  });
}

// In the gallery (index.html):

export function onTileMessage(handle: (message: TileMessage, from: MessageEventSource | null) => void): void {
  window.addEventListener('message', (event) => {
    if (isOurs(event)) handle(event.data as TileMessage, event.source);
  });
}

export function sendTokens(frame: Window, tokens: Tokens): void {
  const message: GalleryMessage = { source: SOURCE, type: 'tokens', tokens };
  frame.postMessage(message, location.origin);
}
