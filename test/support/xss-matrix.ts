/**
 * The injection matrix, shared by test/security/xss-*.test.ts: every vector of the XSS corpus
 * in a field of a posting, rendered by the widget, every posting opened, every link and button
 * inside pressed. Passing means no detector call, no dialog, and nothing forbidden in the
 * rendered tree (see dom-audit.mjs). The feeds come from test-server.mjs (`/xss/feed.json`).
 */
import { expect } from '@open-wc/testing';
import { waitFor } from './wait.js';
import '../../src/careers-widget.js';
import type { CareersWidget } from '../../src/careers-widget.js';
import { VECTORS } from '../fixtures/xss/vectors.mjs';
import { FIELDS, feedFor } from '../fixtures/xss/injection.mjs';
import { auditDom } from './dom-audit.mjs';
import { pressables } from './pressables.mjs';
import { validateFeed } from '../../src/feed/validate.js';

/** Vectors per test: one widget, one feed, one posting per vector (bigger batches, fewer list renders). */
const BATCH = 128;
const startUrl = location.pathname + location.search;
let opened = 0;

declare global {
  interface Window {
    __xss(n: number): void;
  }
}

// What a payload could do, recorded instead of done.
const detected: number[] = [];
const dialogs: string[] = [];
window.__xss = (n) => void detected.push(n);
for (const name of ['alert', 'confirm', 'prompt', 'print', 'open'] as const) {
  (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => void dialogs.push(`${name}(${args.join(', ')})`);
}

// No request may leave this machine: images and media from elsewhere are blocked, scripts
// still run inline (so that an injected handler would call the detector rather than be masked).
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob: ws:";
document.head.prepend(csp);

// Pressing a link must not navigate the test page away. A surviving javascript: URL is let
// through, so that it would run and be detected.
window.addEventListener('click', (event) => {
  const link = event.composedPath().find((target): target is HTMLAnchorElement => target instanceof HTMLAnchorElement);
  if (!link?.href.toLowerCase().startsWith('javascript:')) event.preventDefault();
});
window.addEventListener('submit', (event) => event.preventDefault());

const shadow = (element: Element) => element.shadowRoot!;

/** Waits, a task at a time, until `done` holds (a poll every 20 ms would take minutes over a whole batch). */
const until = (done: () => unknown, what: string) => waitFor(done, `the ${what}`, { interval: 0 });

/**
 * The positive control for handlers that fire late (image errors above all): an image of our own
 * that fails to load, asked for after every posting's; once its error is heard, theirs were too.
 */
async function lateHandlersHadTheirTurn() {
  let failed = false;
  const image = new Image();
  image.addEventListener('error', () => (failed = true), { once: true });
  image.src = `/xss/late-control.png?${opened}`;
  await waitFor(() => failed, 'the control image did not fail');
}

function showMore(widget: CareersWidget) {
  return shadow(widget).querySelector<HTMLButtonElement>('button[part="show-more"]');
}

function openPosting(widget: CareersWidget) {
  return shadow(widget).querySelector('careers-job-posting');
}

/** The open posting once its body has rendered (not busy: a raw-HTML body waits for the sanitiser). */
function renderedPosting(widget: CareersWidget, id: string) {
  const posting = openPosting(widget);
  const body = posting?.shadowRoot?.querySelector('[part="body"]');
  return posting?.posting?.id === id && body?.getAttribute('aria-busy') === 'false' ? posting : null;
}

function expectClean(widget: CareersWidget, where: string) {
  expect(auditDom(widget), where).to.deep.equal([]);
}

/**
 * Renders one batch as a reader meets it: the whole list, then each posting in turn (the first by
 * its card's link, the others by their URL fragment, which spares re-rendering the list each
 * time), pressing every link and button of each, and finally the way back to the list.
 */
async function renderAndPressEverything(field: string, from: number, to: number) {
  const src = `/xss/feed.json?field=${encodeURIComponent(field)}&from=${from}&to=${to}`;
  // The feed as test-server.mjs builds it for `src`.
  const valid = validateFeed(feedFor(field, VECTORS.slice(from - 1, to))).feed.postings.length;
  const widget = document.createElement('careers-widget') as CareersWidget;
  widget.setAttribute('lang', 'en');
  // Hostile feeds are large: a loaded machine may take longer than the widget's usual 10 s to serve one.
  widget.setAttribute('timeout', '600000');
  widget.setAttribute('src', src);
  document.body.append(widget);
  try {
    await until(() => shadow(widget).querySelector('[part="list"], [part="error"]') || /no open positions/.test(shadow(widget).textContent ?? ''), 'list');
    await widget.updateComplete;
    // Long lists show a page of cards at a time: show them all, so every card is rendered and checked.
    for (let more = showMore(widget); more; more = showMore(widget)) {
      more.click();
      await widget.updateComplete;
    }
    expectClean(widget, `${field}: list`);
    const cards = [...shadow(widget).querySelectorAll('careers-job-card')];
    const error = shadow(widget).querySelector('[part="error"]')?.textContent?.trim();
    expect(cards.length, `a card for every posting the validator accepts${error ? ` (the widget says: ${error})` : ''}`).to.equal(valid);
    opened += cards.length;
    for (const [index, card] of cards.entries()) {
      const id = card.getAttribute('data-id')!;
      if (index === 0) shadow(card).querySelector<HTMLAnchorElement>('a[part="link"]')!.click();
      else location.replace(`#careers/${encodeURIComponent(id)}`);
      await until(() => renderedPosting(widget, id), `posting ${id}`);
      const posting = renderedPosting(widget, id)!;
      await posting.updateComplete;
      expectClean(widget, `${field}: posting ${id}`);
      for (const pressable of pressables(posting)) {
        if (pressable.isConnected && pressable.getAttribute('part') !== 'back') pressable.click();
      }
      await posting.updateComplete;
      expectClean(widget, `${field}: posting ${id} after pressing everything`);
    }
    if (cards.length) {
      shadow(openPosting(widget)!).querySelector<HTMLAnchorElement>('a[part="back"]')!.click();
      await until(() => shadow(widget).querySelector('[part="list"]'), 'list again');
      expectClean(widget, `${field}: list again`);
    }
  } finally {
    widget.remove();
    history.replaceState(null, '', startUrl);
  }
}

/** Defines the matrix's tests for `fields` (names of FIELDS in injection.mjs). */
export function describeInjection(fields: string[]) {
  const unknown = fields.filter((field) => !(field in FIELDS));
  if (unknown.length) throw new Error(`no such field: ${unknown.join(', ')}`);
  describe(`XSS corpus (${VECTORS.length} vectors) in ${fields.length} fields`, () => {
    const warn = console.warn;
    // Postings with a hostile id, language or date are skipped with a warning each: expected, not news.
    before(() => (console.warn = () => {}));
    after(() => {
      console.warn = warn;
      console.log(`XSS matrix: ${VECTORS.length} vectors × ${fields.length} fields, ${opened} postings opened, every link and button pressed`);
    });

    for (const field of fields) {
      for (let start = 0; start < VECTORS.length; start += BATCH) {
        const [from, to] = [start + 1, Math.min(start + BATCH, VECTORS.length)];
        it(`${field}: vectors ${from}–${to}`, async function () {
          // A batch is hundreds of steps, each waiting within its own ceiling (waitFor): a loaded
          // machine makes the batch slower, a hang still fails at the step that hangs.
          this.timeout(0);
          await renderAndPressEverything(field, from, to);
          await lateHandlersHadTheirTurn();
          expect(detected, 'detector calls').to.deep.equal([]);
          expect(dialogs, 'dialogs').to.deep.equal([]);
        });
      }
    }
  });
}
