/**
 * The keep (src/feed/keep.ts): the last good feed of each feed URL, on the page's origin. A
 * repeat visit shows it at once, then the network's answer in place; a feed that cannot be
 * refreshed leaves the kept postings with an announced notice and a working Retry; what should
 * not show never does (postings past their validThrough, a keep past max-stale, one that no
 * longer validates, another src's); storage that is missing or refused changes nothing but the
 * keep. Feeds come from the test server's scripted route (test/support/test-server.mjs), told
 * what to answer; the widget's clock is injected (`.now`).
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersWidget } from '../../src/careers-widget.js';
import { KEEP_NAME, readKeep, writeKeep } from '../../src/feed/keep.js';

before(allElementsDefined);

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 10 March 2026, noon: the basic feed's postings are all open and none is new. */
const T0 = Date.UTC(2026, 2, 10, 12);
const BASIC_IDS = ['bravo', 'charlie', 'alpha'];
const MORE_IDS = ['delta', 'bravo', 'charlie', 'alpha'];

/** A scripted feed of this test's own: nothing is kept for it yet. */
function scriptedFeed() {
  const url = new URL(`/api/scripted?key=${crypto.randomUUID()}`, location.href).href;
  const ask = async (query: string) => {
    const response = await fetch(`${url}&${query}`);
    if (!response.ok) throw new Error(`${query}: ${response.status}`);
    return response;
  };
  return {
    url,
    serve: (script: string) => ask(`serve=${script}`),
    release: () => ask('release'),
    asked: async () => ((await (await ask('asked')).json()) as { asked: number }).asked,
    /** Each request's conditional headers and the status it was answered with. */
    requests: async () => ((await (await ask('asked')).json()) as { requests: Array<{ ifNoneMatch: string | null; ifModifiedSince: string | null; status: number | null }> }).requests,
    kept: () => readKeep(url),
  };
}
type ScriptedFeed = ReturnType<typeof scriptedFeed>;

const until = waitFor;

const shadow = (widget: CareersWidget) => widget.shadowRoot!;
const cardIds = (widget: CareersWidget) => [...shadow(widget).querySelectorAll('careers-job-card')].map((card) => card.getAttribute('data-id'));
const notice = (widget: CareersWidget) => shadow(widget).querySelector<HTMLElement>('[part="notice"]');
const cardLink = (widget: CareersWidget, id: string) => shadow(widget).querySelector(`careers-job-card[data-id="${id}"]`)!.shadowRoot!.querySelector('a')!;

function deepActiveElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Every careers-load and careers-error on the page, from the start of the test. */
const events: Array<{ type: string; target: EventTarget | null; detail: Record<string, unknown> }> = [];
const record = (event: Event) => events.push({ type: event.type, target: event.target, detail: (event as CustomEvent).detail });
const eventsOf = (widget: CareersWidget, type: 'careers-load' | 'careers-error') => events.filter((event) => event.target === widget && event.type === type).map((event) => event.detail);

/** What the widget showed, in order: `placeholders` (loading), `cards`, `error`; a state is listed again only after another. */
function watchStates(widget: CareersWidget) {
  const states: string[] = [];
  const note = () => {
    const root = shadow(widget);
    const state = root.querySelector('careers-job-card') ? 'cards' : root.querySelector('[part="error"]') ? 'error' : root.querySelector('.placeholders') ? 'placeholders' : null;
    if (state && states.at(-1) !== state) states.push(state);
  };
  new MutationObserver(note).observe(shadow(widget), { childList: true, subtree: true });
  return states;
}

const mounted: HTMLElement[] = [];

/**
 * A widget for `src`, its clock at `now`, its states watched from before its first render. It is
 * created and connected here, so that nothing it shows can come before the watching starts.
 */
function mount(src: string, { now = T0, attributes = {} }: { now?: number; attributes?: Record<string, string> } = {}) {
  const widget = document.createElement('careers-widget');
  widget.setAttribute('routing', 'none');
  widget.setAttribute('lang', 'en');
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  widget.src = src;
  widget.now = now;
  document.body.append(widget);
  mounted.push(widget);
  return { widget, states: watchStates(widget) };
}

/** A first visit: the feed loads from the network and is kept (at `now`); the widget then leaves the page. */
async function firstVisit(feed: ScriptedFeed, now = T0) {
  const { widget } = mount(feed.url, { now });
  await until(() => eventsOf(widget, 'careers-load').length, 'the first visit did not load');
  await until(async () => (await feed.kept())?.keptAt === now, 'the feed was not kept');
  widget.remove();
}

/** careers-load as the keep decides it: how many postings, from where, how old (its `cards` is careers-widget.test.ts'). */
const loads = (widget: CareersWidget) =>
  eventsOf(widget, 'careers-load').map(({ count, source, age }) => ({ count, source, age }));

describe('the keep: the last good feed of each feed URL', function () {
  // Several page loads each; the machine may be slow.
  this.timeout(120_000);

  beforeEach(() => {
    events.length = 0;
    document.addEventListener('careers-load', record);
    document.addEventListener('careers-error', record);
  });

  afterEach(() => {
    document.removeEventListener('careers-load', record);
    document.removeEventListener('careers-error', record);
    for (const widget of mounted.splice(0)) widget.remove();
  });

  it('shows the kept postings at once on a repeat visit, then the network’s in place: no flash, focus kept, the new count announced', async () => {
    const feed = scriptedFeed();
    await firstVisit(feed);
    await feed.serve('held');
    const { widget, states } = mount(feed.url, { now: T0 + 3 * HOUR });
    await until(() => loads(widget).length === 1, () => `the kept postings were not shown: ${JSON.stringify(loads(widget))}`);
    expect(loads(widget)).to.deep.equal([{ count: 3, source: 'keep', age: 3 * HOUR }]);
    await widget.updateComplete;
    expect(cardIds(widget)).to.deep.equal(BASIC_IDS);
    // The network's answer is held at the server: the kept list did not wait for it.
    await until(async () => (await feed.asked()) === 2, 'the repeat visit did not ask the network');
    expect(loads(widget)).to.have.length(1);
    expect(notice(widget)).to.equal(null);

    const count = shadow(widget).querySelector('[part="count"]')!;
    expect(count.textContent).to.contain('3 open positions');
    const link = cardLink(widget, 'charlie');
    link.focus();
    expect(deepActiveElement()).to.equal(link);
    const scrolled = window.scrollY;

    await feed.release();
    await until(() => loads(widget).length === 2, () => `the network’s answer was not shown: ${JSON.stringify(loads(widget))}`);
    expect(loads(widget)[1]).to.deep.equal({ count: 4, source: 'network', age: 0 });
    await widget.updateComplete;
    expect(cardIds(widget)).to.deep.equal(MORE_IDS);
    // The same polite live region, its words changed: a screen reader says the new count.
    expect(shadow(widget).querySelector('[part="count"]')).to.equal(count);
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.textContent).to.contain('4 open positions');
    expect(deepActiveElement()).to.equal(link);
    expect(window.scrollY).to.equal(scrolled);
    // Placeholders first (so the watch sees them), cards after, and never placeholders again.
    expect(states).to.deep.equal(['placeholders', 'cards']);
    expect(eventsOf(widget, 'careers-error')).to.deep.equal([]);
    await until(async () => (await feed.kept())?.keptAt === T0 + 3 * HOUR, 'the network’s feed was not kept');
    expect(JSON.parse((await feed.kept())!.text).postings).to.have.length(4);
  });

  it('revalidates the kept feed with a conditional request: unchanged, a 304 confirms the kept postings in place', async () => {
    const feed = scriptedFeed();
    await feed.serve('validated');
    await firstVisit(feed);
    expect(await feed.kept()).to.include({ etag: '"basic-1"', lastModified: 'Tue, 10 Mar 2026 08:00:00 GMT' });
    const { widget, states } = mount(feed.url, { now: T0 + 3 * HOUR });
    await until(() => loads(widget).length === 2, () => `the network did not confirm the kept postings: ${JSON.stringify(loads(widget))}`);
    expect(loads(widget)).to.deep.equal([
      { count: 3, source: 'keep', age: 3 * HOUR },
      { count: 3, source: 'network', age: 0 },
    ]);
    // The first visit asked plainly and got the feed (the positive control); the second asked conditionally.
    expect(await feed.requests()).to.deep.equal([
      { ifNoneMatch: null, ifModifiedSince: null, status: 200 },
      { ifNoneMatch: '"basic-1"', ifModifiedSince: 'Tue, 10 Mar 2026 08:00:00 GMT', status: 304 },
    ]);
    await widget.updateComplete;
    expect(cardIds(widget)).to.deep.equal(BASIC_IDS);
    expect(notice(widget)).to.equal(null);
    expect(states).to.deep.equal(['placeholders', 'cards']);
    expect(eventsOf(widget, 'careers-error')).to.deep.equal([]);
    // max-stale counts from the last confirmation: the keep's time moves on, its validators stay.
    await until(async () => (await feed.kept())?.keptAt === T0 + 3 * HOUR, 'the confirmation was not kept');
    expect(await feed.kept()).to.include({ etag: '"basic-1"' });
  });

  it('says the age of the kept postings in minutes, hours or days, in the widget’s language', async () => {
    const { describeAge } = await import('../../src/components/careers-widget/kept-notice.js');
    const said = (age: number) => describeAge(T0 - age, T0, 'en');
    expect(said(0)).to.equal('This list was last updated 1 minute ago.');
    expect(said(59 * 60_000)).to.equal('This list was last updated 59 minutes ago.');
    expect(said(HOUR)).to.equal('This list was last updated 1 hour ago.');
    expect(said(23 * HOUR + 59 * 60_000)).to.equal('This list was last updated 23 hours ago.');
    expect(said(DAY)).to.equal('This list was last updated 1 day ago.');
    expect(said(9 * DAY)).to.equal('This list was last updated 9 days ago.');
  });

  const OUTAGES: Array<[script: string, code: string, attributes?: Record<string, string>]> = [
    ['status-500', 'http'],
    ['status-404', 'http'],
    ['status-410', 'http'],
    ['dropped-connection', 'network'],
    ['hang', 'timeout', { timeout: '1000' }],
    ['invalid-json', 'not-json'],
    ['truncated', 'not-json'],
    ['version-2', 'unsupported-version'],
  ];
  for (const [script, code, attributes] of OUTAGES) {
    it(`after a good load, ${script}: the kept postings, an announced notice of their age, careers-error, and a Retry that works`, async () => {
      const feed = scriptedFeed();
      await firstVisit(feed);
      await feed.serve(script);
      const { widget, states } = mount(feed.url, { now: T0 + 2 * HOUR, attributes });
      await until(() => eventsOf(widget, 'careers-error').length, 'no careers-error');
      expect(eventsOf(widget, 'careers-error').map((error) => error.code)).to.deep.equal([code]);
      expect(loads(widget)).to.deep.equal([{ count: 3, source: 'keep', age: 2 * HOUR }]);
      await widget.updateComplete;
      expect(cardIds(widget)).to.deep.equal(BASIC_IDS);
      expect(shadow(widget).querySelector('[role="alert"]')).to.equal(null);
      expect(states).to.deep.equal(['placeholders', 'cards']);
      const shown = notice(widget)!;
      expect(shown.parentElement!.getAttribute('aria-live')).to.equal('polite');
      expect(shown.querySelector('p')!.textContent).to.equal('This list was last updated 2 hours ago. It could not be refreshed just now.');
      await expect(widget).to.be.accessible();

      await feed.serve('more');
      const retry = shown.querySelector<HTMLButtonElement>('button[part="retry"]')!;
      retry.focus();
      retry.click();
      await until(() => loads(widget).length === 2, () => `Retry did not load: ${JSON.stringify(loads(widget))}`);
      expect(loads(widget)[1]).to.deep.equal({ count: 4, source: 'network', age: 0 });
      await widget.updateComplete;
      expect(notice(widget)).to.equal(null);
      expect(cardIds(widget)).to.deep.equal(MORE_IDS);
      // Its button gone, focus goes to the first card rather than to the page.
      await until(() => deepActiveElement() === cardLink(widget, 'delta'), 'focus did not move to the first card');
      expect(states).to.deep.equal(['placeholders', 'cards']);
    });
  }

  it('says "Refreshing" while a Retry is on its way, and the notice again when it fails again', async () => {
    const feed = scriptedFeed();
    await firstVisit(feed);
    await feed.serve('status-500');
    const { widget } = mount(feed.url, { now: T0 + 2 * DAY });
    await until(() => notice(widget), 'no notice');
    // Every text the live region held, as the DOM changed.
    const said: string[] = [];
    const region = notice(widget)!.parentElement!;
    new MutationObserver(() => said.push(region.textContent!.replace(/\s+/g, ' ').trim())).observe(region, { childList: true, subtree: true, characterData: true });
    expect(region.textContent).to.contain('This list was last updated 2 days ago.');
    await feed.serve('dropped-connection');
    notice(widget)!.querySelector('button')!.click();
    await until(() => eventsOf(widget, 'careers-error').length === 2, 'the second failure was not reported');
    expect(eventsOf(widget, 'careers-error')[1].code).to.equal('network');
    await widget.updateComplete;
    expect(said).to.deep.equal([
      'Refreshing the list… Try again',
      'This list was last updated 2 days ago. It could not be refreshed just now. Try again',
    ]);
    expect(cardIds(widget)).to.deep.equal(BASIC_IDS);
  });

  it('keeps the error state for a feed that was never kept', async () => {
    const feed = scriptedFeed();
    await feed.serve('status-500');
    const { widget, states } = mount(feed.url);
    await until(() => eventsOf(widget, 'careers-error').length, 'no careers-error');
    await widget.updateComplete;
    expect(states).to.deep.equal(['placeholders', 'error']);
    expect(shadow(widget).querySelector('[role="alert"]')!.textContent).to.contain('server answered 500');
    expect(notice(widget)).to.equal(null);
    expect(loads(widget)).to.deep.equal([]);
  });

  it('filters postings whose validThrough has passed, from the keep as from the network', async () => {
    const feed = scriptedFeed();
    await feed.serve('expiring');
    await firstVisit(feed);
    expect(JSON.parse((await feed.kept())!.text).postings.map((posting: { id: string }) => posting.id)).to.include('alpha');
    await feed.serve('status-500');
    // alpha is open until the end of 1 April; the keep is three weeks old by then.
    const attributes = { 'max-stale': '60d' };
    const before = mount(feed.url, { now: Date.UTC(2026, 3, 1, 12), attributes }).widget;
    const after = mount(feed.url, { now: Date.UTC(2026, 3, 2, 12), attributes }).widget;
    await until(() => notice(before) && notice(after), 'the kept postings were not shown');
    expect(cardIds(before)).to.deep.equal(BASIC_IDS);
    expect(cardIds(after)).to.deep.equal(['bravo', 'charlie']);

    await feed.serve('expiring');
    const fresh = mount(feed.url, { now: Date.UTC(2026, 3, 2, 12), attributes: { cache: 'none' } }).widget;
    await until(() => loads(fresh).length, 'the network feed was not shown');
    expect(loads(fresh)[0].source).to.equal('network');
    await fresh.updateComplete;
    expect(cardIds(fresh)).to.deep.equal(['bravo', 'charlie']);
  });

  it('does not show a keep older than max-stale (7 days unless set), and forgets it', async () => {
    const feed = scriptedFeed();
    await firstVisit(feed);
    await feed.serve('status-500');
    const young = mount(feed.url, { now: T0 + 7 * DAY - HOUR }).widget;
    await until(() => notice(young), 'a keep of under 7 days was not shown');
    const set = mount(feed.url, { now: T0 + 2 * HOUR, attributes: { 'max-stale': '1h' } }).widget;
    await until(() => eventsOf(set, 'careers-error').length, 'no careers-error');
    await set.updateComplete;
    expect(shadow(set).querySelector('[role="alert"]')).to.not.equal(null);
    expect(cardIds(set)).to.deep.equal([]);
    await until(async () => !(await feed.kept()), 'the stale keep was not forgotten');

    const again = scriptedFeed();
    await firstVisit(again);
    await again.serve('status-500');
    const old = mount(again.url, { now: T0 + 7 * DAY + HOUR }).widget;
    await until(() => eventsOf(old, 'careers-error').length, 'no careers-error');
    await old.updateComplete;
    expect(shadow(old).querySelector('[role="alert"]')).to.not.equal(null);
    expect(loads(old)).to.deep.equal([]);
    await until(async () => !(await again.kept()), 'the stale keep was not forgotten');
  });

  it('reads max-stale as seconds, or with a unit', async () => {
    const { parseMaxStale, DEFAULT_MAX_STALE_MS } = await import('../../src/feed/keep.js');
    expect(parseMaxStale('3600')).to.equal(HOUR);
    expect(parseMaxStale('90s')).to.equal(90_000);
    expect(parseMaxStale('30m')).to.equal(HOUR / 2);
    expect(parseMaxStale('12h')).to.equal(12 * HOUR);
    expect(parseMaxStale(' 2d ')).to.equal(2 * DAY);
    expect(parseMaxStale('0')).to.equal(0);
    for (const value of ['', null, 'soon', '-1', '1w']) expect(parseMaxStale(value)).to.equal(DEFAULT_MAX_STALE_MS);
    expect(DEFAULT_MAX_STALE_MS).to.equal(7 * DAY);
  });

  it('keeps each src apart: two widgets show their own kept postings, a third src sees none', async () => {
    const basic = scriptedFeed();
    const more = scriptedFeed();
    await more.serve('more');
    await Promise.all([firstVisit(basic), firstVisit(more)]);
    const never = scriptedFeed();
    for (const feed of [basic, more, never]) await feed.serve('status-500');
    const a = mount(basic.url).widget;
    const b = mount(more.url).widget;
    const c = mount(never.url).widget;
    await until(() => [a, b, c].every((widget) => eventsOf(widget, 'careers-error').length), 'not every widget failed');
    await Promise.all([a, b, c].map((widget) => widget.updateComplete));
    expect(cardIds(a)).to.deep.equal(BASIC_IDS);
    expect(cardIds(b)).to.deep.equal(MORE_IDS);
    expect(cardIds(c)).to.deep.equal([]);
    expect(shadow(c).querySelector('[role="alert"]')).to.not.equal(null);
  });

  it('never shows the old src’s postings after src changes', async () => {
    const first = scriptedFeed();
    const second = scriptedFeed();
    await firstVisit(first);
    await second.serve('held');
    const { widget, states } = mount(first.url);
    await until(() => loads(widget).length === 2, () => `the first src did not load from keep and network: ${JSON.stringify(loads(widget))}`);
    expect(loads(widget).map((load) => load.source)).to.deep.equal(['keep', 'network']);
    const cardSets: string[][] = [];
    new MutationObserver(() => {
      const ids = cardIds(widget) as string[];
      if (ids.length) cardSets.push(ids);
    }).observe(shadow(widget), { childList: true, subtree: true });

    widget.src = second.url;
    await until(() => states.at(-1) === 'placeholders', 'the widget did not start afresh');
    await until(async () => (await second.asked()) === 1, 'the new src was not asked for');
    expect(cardIds(widget)).to.deep.equal([]);
    await second.release();
    await until(() => loads(widget).length === 3, () => `the new src was not shown: ${JSON.stringify(loads(widget))}`);
    expect(loads(widget)[2]).to.deep.include({ source: 'network', count: 4 });
    await widget.updateComplete;
    // Every list shown after the change was the new feed's (delta is only there).
    expect(cardSets.length).to.be.greaterThan(0);
    expect(cardSets.filter((ids) => !ids.includes('delta'))).to.deep.equal([]);
    expect(states).to.deep.equal(['placeholders', 'cards', 'placeholders', 'cards']);
  });

  it('drops a kept feed that no longer validates, or was kept in another format', async () => {
    const invalid = scriptedFeed();
    await writeKeep({ url: invalid.url, text: '{ "version": 1, "postings": "none" }', responseUrl: invalid.url, keptAt: T0 });
    const otherFormat = scriptedFeed();
    await firstVisit(otherFormat);
    const cache = await caches.open(KEEP_NAME);
    const entry = (await cache.match(otherFormat.url))!;
    const headers = new Headers(entry.headers);
    headers.set('x-careers-keep-format', '0');
    await cache.put(otherFormat.url, new Response(await entry.text(), { headers }));
    expect(await invalid.kept()).to.not.equal(undefined);

    for (const feed of [invalid, otherFormat]) {
      await feed.serve('status-500');
      const { widget, states } = mount(feed.url, { now: T0 + HOUR });
      await until(() => eventsOf(widget, 'careers-error').length, 'no careers-error');
      await until(async () => !(await feed.kept()), 'the keep was not dropped');
      await widget.updateComplete;
      expect(states).to.deep.equal(['placeholders', 'error']);
      expect(loads(widget)).to.deep.equal([]);
    }
  });

  it('with cache="none" reads and keeps nothing, and forgets what was kept', async () => {
    const kept = scriptedFeed();
    await firstVisit(kept);
    await kept.serve('status-500');
    const off = mount(kept.url, { attributes: { cache: 'none' } }).widget;
    await until(() => eventsOf(off, 'careers-error').length, 'no careers-error');
    await off.updateComplete;
    expect(shadow(off).querySelector('[role="alert"]')).to.not.equal(null);
    await until(async () => !(await kept.kept()), 'the kept feed was not forgotten');

    // Loaded side by side, the one with the keep on is kept; the other is not.
    const on = scriptedFeed();
    const never = scriptedFeed();
    const widgets = [mount(on.url).widget, mount(never.url, { attributes: { cache: 'none' } }).widget];
    await until(() => widgets.every((widget) => loads(widget).length), 'not both loaded');
    await until(async () => await on.kept(), 'the feed with the keep on was not kept');
    expect(await never.kept()).to.equal(undefined);
    expect(loads(widgets[1])).to.deep.equal([{ count: 3, source: 'network', age: 0 }]);
  });

  it('keeps the list of a list-only feed; opening a posting still fetches its file', async () => {
    const feed = scriptedFeed();
    await feed.serve('split');
    await firstVisit(feed);
    await feed.serve('status-500');
    const { widget } = mount(feed.url);
    await until(() => notice(widget), 'the kept list was not shown');
    expect(cardIds(widget)).to.deep.equal(['pilot', 'missing']);
    expect(JSON.parse((await feed.kept())!.text).postings.every((posting: { body?: string }) => posting.body === undefined)).to.equal(true);
    cardLink(widget, 'pilot').click();
    const body = () => shadow(widget).querySelector('careers-job-posting')?.shadowRoot?.querySelector('[part="body"]');
    await until(() => body()?.textContent?.includes('fetched when it opens'), 'the posting file did not show');
    expect(notice(widget)).to.not.equal(null);
  });

  describe('where storage is unavailable', () => {
    const saved = new Map<string, PropertyDescriptor | undefined>();
    /** Replaces a global (`caches`, `indexedDB`) with `getter` until the test ends. */
    const replace = (name: 'caches' | 'indexedDB', getter: () => unknown) => {
      if (!saved.has(name)) saved.set(name, Object.getOwnPropertyDescriptor(window, name));
      Object.defineProperty(window, name, { get: getter, configurable: true });
    };
    const restores: Array<() => void> = [];
    const unhandled: string[] = [];
    const onRejection = (event: PromiseRejectionEvent) => unhandled.push(String(event.reason));
    const onError = (event: ErrorEvent) => unhandled.push(event.message);

    beforeEach(() => {
      unhandled.length = 0;
      window.addEventListener('unhandledrejection', onRejection);
      window.addEventListener('error', onError);
    });

    const restoreGlobals = () => {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(window, name, descriptor);
        else delete (window as unknown as Record<string, unknown>)[name];
      }
      saved.clear();
    };

    afterEach(() => {
      restoreGlobals();
      for (const restore of restores.splice(0)) restore();
      window.removeEventListener('unhandledrejection', onRejection);
      window.removeEventListener('error', onError);
    });

    it('where caches and indexedDB throw (a sandboxed frame), works as without a keep, with no error', async () => {
      const asked = { caches: 0, indexedDB: 0 };
      const refuse = (name: keyof typeof asked) => () => {
        asked[name]++;
        throw new DOMException(`${name} is not allowed here`, 'SecurityError');
      };
      replace('caches', refuse('caches'));
      replace('indexedDB', refuse('indexedDB'));
      const feed = scriptedFeed();
      const { widget, states } = mount(feed.url);
      await until(() => loads(widget).length, 'the network feed was not shown');
      expect(loads(widget)).to.deep.equal([{ count: 3, source: 'network', age: 0 }]);
      // Both were tried for reading and then for keeping: the keep's attempts have all been made.
      await until(() => asked.caches >= 2 && asked.indexedDB >= 2, 'the keep was not attempted');
      await feed.serve('status-500');
      const again = mount(feed.url).widget;
      await until(() => eventsOf(again, 'careers-error').length, 'no careers-error');
      await again.updateComplete;
      expect(shadow(again).querySelector('[role="alert"]')).to.not.equal(null);
      expect(states).to.deep.equal(['placeholders', 'cards']);
      expect(unhandled).to.deep.equal([]);
    });

    it('without Cache Storage (a page that is not a secure context), keeps the feed in IndexedDB', async () => {
      replace('caches', () => undefined);
      const feed = scriptedFeed();
      await firstVisit(feed);
      await feed.serve('status-500');
      const { widget } = mount(feed.url, { now: T0 + HOUR });
      await until(() => notice(widget), 'the kept postings were not shown');
      expect(cardIds(widget)).to.deep.equal(BASIC_IDS);
      expect(loads(widget)).to.deep.equal([{ count: 3, source: 'keep', age: HOUR }]);
      expect(unhandled).to.deep.equal([]);
      restoreGlobals();
      expect(await (await caches.open(KEEP_NAME)).match(feed.url)).to.equal(undefined);
    });

    it('where Cache Storage refuses every operation (a private mode), keeps the feed in IndexedDB', async () => {
      const prototype = CacheStorage.prototype as unknown as Record<string, unknown>;
      for (const name of ['has', 'open', 'match', 'delete', 'keys']) {
        const original = prototype[name];
        prototype[name] = () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
        restores.push(() => (prototype[name] = original));
      }
      const feed = scriptedFeed();
      await firstVisit(feed);
      await feed.serve('dropped-connection');
      const { widget } = mount(feed.url);
      await until(() => notice(widget), 'the kept postings were not shown');
      expect(cardIds(widget)).to.deep.equal(BASIC_IDS);
      expect(unhandled).to.deep.equal([]);
    });

    it('when the store is full, keeps nothing new and says nothing', async () => {
      const put = Cache.prototype.put;
      let tried = 0;
      Cache.prototype.put = function () {
        tried++;
        return Promise.reject(new DOMException('Quota exceeded.', 'QuotaExceededError'));
      };
      restores.push(() => (Cache.prototype.put = put));
      const feed = scriptedFeed();
      const { widget } = mount(feed.url);
      await until(() => loads(widget).length, 'the network feed was not shown');
      await until(() => tried === 1, 'the feed was not offered to the keep');
      expect(await feed.kept()).to.equal(undefined);
      expect(unhandled).to.deep.equal([]);
    });
  });
});
