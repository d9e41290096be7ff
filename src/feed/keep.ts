/**
 * The last good feed of each feed URL, kept on the host page's origin, so that a repeat visit
 * shows it at once and an outage of the feed's host loses nothing. Cache Storage where the page
 * has it, else IndexedDB; nothing in it is ever sent anywhere. Every operation settles quietly:
 * storage that is missing, blocked, full or throwing leaves the widget as it is without a keep.
 */

/** A feed as it last arrived whole and valid from the network. */
export interface KeptFeed {
  /** The URL the widget asked for: the key. */
  url: string;
  /** The feed's JSON text, as it arrived. */
  text: string;
  /** The URL it came from after redirects: relative URLs in it resolve against this. */
  responseUrl: string;
  /** When the network last gave or confirmed it (ms since 1970). */
  keptAt: number;
  /** The server's validators, where the response lets the page read them. */
  etag?: string;
  lastModified?: string;
}

/** The name of the Cache Storage cache and of the IndexedDB database (docs/embedding.md, "What the widget keeps on your site"). */
export const KEEP_NAME = 'careers-widget-feeds';

/** The shape kept entries have; an entry of another shape (an older widget's) is dropped when read. */
const FORMAT = '1';
const STORE = 'feeds';

const HEADER = { format: 'x-careers-keep-format', keptAt: 'x-careers-kept-at', responseUrl: 'x-careers-response-url' } as const;

/** The keep, opened: one operation, then it is let go. */
interface Store {
  read(url: string): Promise<KeptFeed | undefined>;
  write(kept: KeptFeed): Promise<void>;
  drop(url: string): Promise<void>;
}

/** Cache Storage: one cache; each feed a response of its own, its facts in headers. */
function cacheStore(cache: Cache): Store {
  return {
    async read(url) {
      const response = await cache.match(url);
      if (!response) return undefined;
      const headers = response.headers;
      return {
        url,
        text: await response.text(),
        responseUrl: headers.get(HEADER.responseUrl) ?? url,
        keptAt: headers.get(HEADER.format) === FORMAT ? Number(headers.get(HEADER.keptAt)) : Number.NaN,
        etag: headers.get('etag') ?? undefined,
        lastModified: headers.get('last-modified') ?? undefined,
      };
    },
    async write({ url, text, responseUrl, keptAt, etag, lastModified }) {
      const headers = new Headers({ 'content-type': 'application/json', [HEADER.format]: FORMAT, [HEADER.keptAt]: String(keptAt), [HEADER.responseUrl]: responseUrl });
      if (etag) headers.set('etag', etag);
      if (lastModified) headers.set('last-modified', lastModified);
      await cache.put(url, new Response(text, { headers }));
    },
    async drop(url) {
      await cache.delete(url);
    },
  };
}

/** IndexedDB, where Cache Storage is missing (a page that is not a secure context) or refused. */
function indexedDbStore(db: IDBDatabase): Store {
  /** One request in a transaction of its own, settled when the transaction is; then the database is closed. */
  const inStore = <T>(mode: IDBTransactionMode, request: (store: IDBObjectStore) => IDBRequest) =>
    new Promise<T>((resolve, reject) => {
      try {
        const transaction = db.transaction(STORE, mode);
        const asked = request(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(asked.result as T);
        transaction.onerror = transaction.onabort = () => reject(transaction.error ?? asked.error);
      } finally {
        db.close(); // once the transaction has finished: close() waits for it
      }
    });
  return {
    async read(url) {
      const entry = await inStore<(KeptFeed & { format?: string }) | undefined>('readonly', (store) => store.get(url));
      if (!entry || typeof entry.text !== 'string') return undefined;
      return { ...entry, keptAt: entry.format === FORMAT ? entry.keptAt : Number.NaN };
    },
    async write(kept) {
      await inStore('readwrite', (store) => store.put({ ...kept, format: FORMAT }));
    },
    async drop(url) {
      await inStore('readwrite', (store) => store.delete(url));
    },
  };
}

function openDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const opening = indexedDB.open(KEEP_NAME, 1);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: 'url' });
    opening.onsuccess = () => resolve(opening.result);
    opening.onerror = () => reject(opening.error);
    opening.onblocked = () => reject(new Error('the keep is held open by another version'));
  });
}

/**
 * Opens Cache Storage's keep: undefined where the page has no Cache Storage; with `create`
 * false, null when there is no keep (nothing is created to read or forget nothing).
 */
async function openCaches(create: boolean): Promise<Store | null | undefined> {
  if (typeof caches !== 'object' || !caches) return undefined;
  if (!create && !(await caches.has(KEEP_NAME))) return null;
  return cacheStore(await caches.open(KEEP_NAME));
}

/** Opens IndexedDB's keep, as openCaches. Without databases() (Firefox before 126), opening is the only way to know. */
async function openIndexedDb(create: boolean): Promise<Store | null | undefined> {
  if (typeof indexedDB !== 'object' || !indexedDB) return undefined;
  if (!create && indexedDB.databases && !(await indexedDB.databases()).some((database) => database.name === KEEP_NAME)) return null;
  return indexedDbStore(await openDatabase());
}

/**
 * The keep's stores, in the order they are tried: Cache Storage, else IndexedDB. Reading
 * `caches` or `indexedDB` throws in a sandboxed frame, and opening them is refused in some
 * private modes: either way the next one is tried.
 */
const STORES = [openCaches, openIndexedDb];

/** The first store the page may use (null: it holds no keep), or undefined: none. */
async function firstStore(create: boolean): Promise<Store | null | undefined> {
  for (const open of STORES) {
    try {
      const store = await open(create);
      if (store !== undefined) return store;
    } catch {
      // Refused: the next store, if it answers.
    }
  }
  return undefined;
}

/**
 * The kept feed of `url`, or undefined (none, or no storage). An entry of another format comes
 * back with `keptAt` NaN: unusable, for the caller to drop.
 */
export async function readKeep(url: string): Promise<KeptFeed | undefined> {
  try {
    return await (await firstStore(false))?.read(url);
  } catch {
    return undefined;
  }
}

/** Keeps `kept` in place of the feed kept for its URL; a store that is full keeps nothing new. */
export async function writeKeep(kept: KeptFeed): Promise<void> {
  try {
    await (await firstStore(true))?.write(kept);
  } catch {
    // Quota exceeded, or the store went away: the widget works as it would without a keep.
  }
}

/** Forgets the feed kept for `url`, in every store that has a keep. */
export async function dropKeep(url: string): Promise<void> {
  for (const open of STORES) {
    try {
      await (await open(false))?.drop(url);
    } catch {
      // Nothing the widget can do more.
    }
  }
}

/** How long a kept feed may be shown after the network last gave it, unless `max-stale` says otherwise: 7 days. */
export const DEFAULT_MAX_STALE_MS = 7 * 24 * 60 * 60 * 1000;

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * A `max-stale` value in milliseconds: seconds, as HTTP's `Cache-Control: max-stale` counts, or a
 * number with a unit (`90s`, `30m`, `12h`, `7d`). Anything else is the default.
 */
export function parseMaxStale(value: string | null | undefined): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$/.exec(value ?? '');
  return match ? Number(match[1]) * UNIT_MS[(match[2] || 's') as keyof typeof UNIT_MS] : DEFAULT_MAX_STALE_MS;
}
