/**
 * A list-only feed (`careers-feed build --split`): the list shows from postings without bodies;
 * a posting's own file is fetched when the reader points at its card or opens it, once; its
 * relative URLs resolve against the feed's URL, as in a whole feed; a file that cannot be loaded
 * is said, in the posting, and the page goes on.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersWidget } from '../../src/careers-widget.js';

before(allElementsDefined);

const FEED = '/test/fixtures/split/board.json';
const fetchedFiles = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/split/board/')).map((entry) => new URL(entry.name).pathname);

function card(widget: CareersWidget, id: string) {
  return widget.shadowRoot!.querySelector<HTMLElement>(`careers-job-card[data-id="${id}"]`)!;
}

function postingBody(widget: CareersWidget) {
  return widget.shadowRoot!.querySelector('careers-job-posting')?.shadowRoot?.querySelector('[part="body"]');
}

describe('a list-only feed', () => {
  it('lists its postings without their files, fetches one when its card is pointed at, and shows it whole once', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget routing="none" lang="en" src=${FEED}></careers-widget>`);
    await waitFor(() => card(widget, 'pilot') && card(widget, 'missing'), 'no cards');
    expect(fetchedFiles()).to.deep.equal([]);
    card(widget, 'pilot').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitFor(() => fetchedFiles().length === 1, 'pointing at the card did not fetch its file');
    card(widget, 'pilot').shadowRoot!.querySelector('a')!.click();
    await waitFor(() => postingBody(widget)?.querySelector('strong'), 'the body did not show');
    expect(postingBody(widget)!.textContent).to.contain('fetched when it opens');
    // Relative to the feed, not to the posting's file.
    expect(postingBody(widget)!.querySelector('img')!.getAttribute('src')).to.equal(new URL('../img/people/kari.svg', new URL(FEED, location.href)).href);
    expect(fetchedFiles()).to.deep.equal(['/test/fixtures/split/board/pilot.json']);
  });

  it('says so in the posting when its file cannot be loaded, and asks again when it opens again', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...parts: unknown[]) => void warnings.push(parts.join(' '));
    try {
      const widget = await fixture<CareersWidget>(html`<careers-widget routing="none" lang="en" src=${FEED}></careers-widget>`);
      await waitFor(() => card(widget, 'missing'), 'no cards');
      card(widget, 'missing').shadowRoot!.querySelector('a')!.click();
      await waitFor(() => postingBody(widget)?.querySelector('[role="alert"]'), 'no failure shown');
      expect(postingBody(widget)!.getAttribute('aria-busy')).to.equal('false');
      expect(widget.shadowRoot!.querySelector('careers-job-posting')!.shadowRoot!.textContent).to.contain('A posting whose file is gone');
      expect(warnings.some((line) => line.includes('"missing" could not be loaded'))).to.equal(true);
      const before = fetchedFiles().filter((path) => path.endsWith('/missing.json')).length;
      widget.shadowRoot!.querySelector('careers-job-posting')!.shadowRoot!.querySelector<HTMLElement>('a[part="back"]')?.click();
      await waitFor(() => card(widget, 'missing'), 'no list');
      card(widget, 'missing').shadowRoot!.querySelector('a')!.click();
      await waitFor(() => fetchedFiles().filter((path) => path.endsWith('/missing.json')).length > before, 'not asked again');
    } finally {
      console.warn = warn;
    }
  });
});
