import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersWidget } from '../../src/careers-widget.js';
import type { CareersJobPosting } from '../../src/components/careers-job-posting/careers-job-posting.js';

before(allElementsDefined);

const BASIC = '/test/fixtures/feed-basic.json';

function shadow(widget: CareersWidget) {
  return widget.shadowRoot!;
}

function cards(widget: CareersWidget) {
  return [...shadow(widget).querySelectorAll('careers-job-card')];
}

/** Waits until the widget shows its list, a posting, the empty sentence or an error. */
async function loaded(widget: CareersWidget) {
  const settled = () =>
    shadow(widget).querySelector('[part="list"], [part="error"], careers-job-posting') ||
    shadow(widget).textContent?.includes('no open positions');
  await waitFor(settled, 'widget did not settle');
  await widget.updateComplete;
}

function openPosting(widget: CareersWidget) {
  return shadow(widget).querySelector('careers-job-posting') as CareersJobPosting | null;
}

function cardLink(widget: CareersWidget, id: string) {
  const card = shadow(widget).querySelector(`careers-job-card[data-id="${id}"]`)!;
  return card.shadowRoot!.querySelector('a')!;
}

describe('careers-widget', () => {
  const startUrl = location.pathname + location.search;

  afterEach(() => {
    history.replaceState(null, '', startUrl);
  });

  it('shows a loading state, then lists postings newest first as cards', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    expect(shadow(widget).querySelector('[role="status"]')?.textContent).to.contain('Loading');
    const event = await oneEvent(widget, 'careers-load');
    expect(event.detail.count).to.equal(3);
    await widget.updateComplete;
    expect(cards(widget).map((card) => card.getAttribute('data-id'))).to.deep.equal(['bravo', 'charlie', 'alpha']);
    expect(shadow(widget).querySelector('ul[part="list"] > li > careers-job-card')).to.not.equal(null);
    await expect(widget).to.be.accessible();
  });

  it('says in careers-load how many postings the feed gave and how many cards the reader sees', async () => {
    const feed = {
      version: 1,
      postings: [
        { id: 'a', lang: 'en', title: 'A', datePosted: '2026-03-01', translationKey: 'a', body: 'x' },
        { id: 'a.nb', lang: 'nb', title: 'A nb', datePosted: '2026-03-01', translationKey: 'a', body: 'x' },
        { id: 'b', lang: 'en', title: 'B', datePosted: '2026-02-01', body: 'x' },
        { id: 'hidden', lang: 'en', title: 'Hidden', datePosted: '2026-01-01', listed: false, body: 'Only by its link.' },
      ],
    };
    const widget = await fixture<CareersWidget>(html`<careers-widget lang="en" .feed=${feed}></careers-widget>`);
    const event = await oneEvent(widget, 'careers-load');
    expect(event.detail).to.deep.equal({ count: 4, cards: 2, source: 'inline', age: 0 });
    await loaded(widget);
    expect(cards(widget).map((card) => card.getAttribute('data-id'))).to.deep.equal(['a', 'b']);
    // A posting the site lists nowhere still opens by its own link.
    location.hash = '#careers/hidden';
    await waitFor(() => openPosting(widget)?.posting?.id === 'hidden', 'the unlisted posting opens');
  });

  it('keeps a viewport of space while loading (or room for `limit` cards), so the host below stays put', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src="/api/hold"></careers-widget>`);
    const placeholders = shadow(widget).querySelector<HTMLElement>('.placeholders')!;
    expect(placeholders.getBoundingClientRect().height).to.be.closeTo(window.innerHeight, 1);
    widget.style.setProperty('--careers-loading-block-size', '12rem');
    expect(placeholders.getBoundingClientRect().height).to.be.closeTo(12 * parseFloat(getComputedStyle(document.documentElement).fontSize), 1);

    const limited = await fixture<CareersWidget>(html`<careers-widget src="/api/hold" limit="2"></careers-widget>`);
    const cardSpace = shadow(limited).querySelector('.placeholders')!;
    expect(cardSpace.children.length).to.equal(2);
    expect(cardSpace.getBoundingClientRect().height).to.be.lessThan(window.innerHeight);
  });

  it('opens a posting in place on click, gives it a URL fragment, and Back returns to the list', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    const views = oneEvent(widget, 'careers-view');
    cardLink(widget, 'alpha').click();
    expect((await views).detail.id).to.equal('alpha');
    await widget.updateComplete;
    expect(location.hash).to.equal('#careers/alpha');
    const posting = openPosting(widget)!;
    expect(posting.posting?.id).to.equal('alpha');
    await waitFor(() => posting.shadowRoot!.querySelector('careers-accordion'), 'body did not render');
    expect(posting.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
    await expect(posting).to.be.accessible();

    history.back();
    await waitFor(() => cards(widget).length === 3, 'list did not come back');
    expect(location.hash).to.equal('');
    await waitFor(() => shadow(widget).activeElement?.getAttribute('data-id') === 'alpha', 'focus did not return to the card');
  });

  it('returns to the list with the posting’s back link', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    cardLink(widget, 'bravo').click();
    await widget.updateComplete;
    const back = openPosting(widget)!.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="back"]')!;
    back.click();
    await waitFor(() => cards(widget).length === 3, 'list did not come back');
    expect(location.hash).to.equal('');
  });

  it('opens the posting named by the URL when loaded afresh (deep link)', async () => {
    history.replaceState(null, '', '#careers/charlie');
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    await waitFor(() => openPosting(widget), 'posting did not open');
    expect(openPosting(widget)!.posting?.id).to.equal('charlie');
  });

  it('says so when a deep-linked posting is gone, and shows the list', async () => {
    history.replaceState(null, '', '#careers/no-such-job');
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    expect(cards(widget)).to.have.length(3);
    expect(shadow(widget).querySelector('[role="status"]')?.textContent).to.contain('no longer open');
  });

  it('uses its id as the fragment key, so other fragments are left alone', async () => {
    history.replaceState(null, '', '#careers/alpha');
    const widget = await fixture<CareersWidget>(html`<careers-widget id="jobs" src=${BASIC}></careers-widget>`);
    await loaded(widget);
    expect(openPosting(widget)).to.equal(null);
    cardLink(widget, 'alpha').click();
    await widget.updateComplete;
    expect(location.hash).to.equal('#jobs/alpha');
  });

  it('opens postings without touching the URL when routing="none"', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget routing="none" src=${BASIC}></careers-widget>`);
    await loaded(widget);
    cardLink(widget, 'alpha').click();
    await widget.updateComplete;
    expect(openPosting(widget)).to.not.equal(null);
    expect(location.hash).to.equal('');
  });

  it('keeps card links real links to the posting URL', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    expect(cardLink(widget, 'alpha').href).to.equal(new URL(`${startUrl}#careers/alpha`, location.href).href);
  });

  it('shows a sentence when the feed has no postings', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src="/test/fixtures/feed-empty.json"></careers-widget>`);
    await loaded(widget);
    expect(shadow(widget).textContent).to.contain('There are no open positions right now.');
    await expect(widget).to.be.accessible();
  });

  it('skips a posting that breaks the schema with a warning naming it, and shows the rest', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const widget = await fixture<CareersWidget>(html`<careers-widget src="/test/fixtures/feed-one-invalid.json"></careers-widget>`);
      await loaded(widget);
      expect(cards(widget)).to.have.length(2);
    } finally {
      console.warn = original;
    }
    expect(warnings.join('\n')).to.contain('"broken"').and.to.contain('datePosted');
  });

  const failures: Array<[string, string, string]> = [
    ['an HTTP error', '/api/status-500', 'server answered 500'],
    ['a response that is not JSON', '/api/not-json', 'damaged'],
    ['a dropped connection', '/api/network-error', 'could not reach'],
    ['a feed of an unknown version', '/test/fixtures/feed-bad-version.json', 'newer format'],
    ['a missing feed URL', '', 'No job feed'],
  ];
  for (const [name, src, words] of failures) {
    it(`shows an announced error with a Retry button for ${name}`, async () => {
      // Listen from the start: without a src the error comes before the fixture resolves.
      let reportError: (event: CustomEvent) => void = () => {};
      const errored = new Promise<CustomEvent>((resolve) => (reportError = resolve));
      const widget = await fixture<CareersWidget>(html`<careers-widget src=${src} @careers-error=${reportError}></careers-widget>`);
      const error = await errored;
      expect(error.detail.code).to.be.a('string');
      await widget.updateComplete;
      const alert = shadow(widget).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain(words);
      expect(alert.querySelector('button')?.textContent).to.contain('Try again');
      await expect(widget).to.be.accessible();
    });
  }

  it('gives up on a feed that takes longer than its timeout, and says so', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src="/api/hold" timeout="200"></careers-widget>`);
    const error = await oneEvent(widget, 'careers-error');
    expect(error.detail.code).to.equal('timeout');
    await widget.updateComplete;
    expect(shadow(widget).querySelector('[role="alert"]')?.textContent).to.contain('taking too long');
  });

  it('recovers with Retry once the cause is gone', async () => {
    const widget = await fixture<CareersWidget>(html`<careers-widget src="/api/flaky?key=${Math.random()}"></careers-widget>`);
    await oneEvent(widget, 'careers-error');
    await widget.updateComplete;
    shadow(widget).querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
    await oneEvent(widget, 'careers-load');
    await widget.updateComplete;
    expect(cards(widget)).to.have.length(3);
    expect(shadow(widget).querySelector('[role="alert"]')).to.equal(null);
  });

  it('uses a feed given as a property instead of fetching', async () => {
    const feed = await (await fetch(BASIC)).json();
    const widget = await fixture<CareersWidget>(html`<careers-widget .feed=${feed}></careers-widget>`);
    await loaded(widget);
    expect(cards(widget)).to.have.length(3);
  });

  it('fires careers-apply with the posting id when an apply button is followed', async () => {
    history.replaceState(null, '', '#careers/alpha');
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    const posting = openPosting(widget)!;
    await posting.updateComplete;
    const button = posting.shadowRoot!.querySelector('careers-apply-button')!;
    await button.updateComplete;
    const link = button.shadowRoot!.querySelector('a')!;
    // Keep the test page where it is: the event is what is under test.
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const apply = oneEvent(document, 'careers-apply');
    link.click();
    expect((await apply).detail).to.deep.equal({ postingId: 'alpha', url: 'https://jobs.nordlys.example/apply/alpha' });
  });

  it('opens an accordion named by a #id link inside the posting without leaving it', async () => {
    history.replaceState(null, '', '#careers/alpha');
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    const posting = openPosting(widget)!;
    await waitFor(() => posting.shadowRoot!.querySelector('careers-accordion'), 'body did not render');
    const accordion = posting.shadowRoot!.querySelector('careers-accordion')!;
    expect(accordion.open).to.equal(false);
    posting.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#alpha-process"]')!.click();
    await accordion.updateComplete;
    expect(accordion.open).to.equal(true);
    expect(location.hash).to.equal('#careers/alpha');
    expect(openPosting(widget)).to.equal(posting);
  });

  it('resolves relative URLs in the feed against the feed URL', async () => {
    history.replaceState(null, '', '#careers/alpha');
    const widget = await fixture<CareersWidget>(html`<careers-widget src=${BASIC}></careers-widget>`);
    await loaded(widget);
    const posting = openPosting(widget)!;
    await waitFor(() => posting.shadowRoot!.querySelector('careers-contact-card'), 'body did not render');
    const card = posting.shadowRoot!.querySelector('careers-contact-card')!;
    expect(card.getAttribute('image')).to.equal(new URL('/test/fixtures/img/people/sigrid.svg', location.href).href);
  });
});
