import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersWidget, Feed, Posting } from '../../src/careers-widget.js';

before(allElementsDefined);

const NOW = Date.parse('2026-11-28T12:00:00Z');

function posting(id: string, fields: Partial<Posting>): Posting {
  return { id, lang: 'en', title: `Title ${id}`, datePosted: '2026-10-01', body: `## About ${id}\n\nText.`, ...fields };
}

const FEED: Feed = {
  version: 1,
  organization: { name: 'Nordlys Cloud', url: 'https://nordlys.example' },
  postings: [
    posting('platform-oslo', { team: 'Platform', location: 'Oslo', datePosted: '2026-11-20', title: 'Platform Engineer', intro: 'Kubernetes for the Nordics' }),
    posting('network-remote', { team: 'Network', location: 'Remote in Europe', datePosted: '2026-10-02', title: 'Network Engineer', intro: 'BGP and IPv6' }),
    posting('sales-stockholm', { team: 'Sales', location: 'Stockholm', lang: 'sv', datePosted: '2026-10-20', title: 'Säljare' }),
    posting('finance-kbh', { team: 'Finance', location: 'København', lang: 'da', datePosted: '2026-08-27', title: 'Controller' }),
    posting('platform-bergen', { team: 'Platform', location: 'Bergen', datePosted: '2026-09-14', title: 'Site Reliability Engineer' }),
    posting('gone', { team: 'Platform', location: 'Oslo', datePosted: '2026-06-01', validThrough: '2026-11-01', title: 'Expired role' }),
  ],
};

const root = (widget: CareersWidget) => widget.shadowRoot!;
const cardIds = (widget: CareersWidget) => [...root(widget).querySelectorAll('careers-job-card')].map((card) => card.getAttribute('data-id'));
const count = (widget: CareersWidget) => root(widget).querySelector('[part="count"]')?.textContent;

async function widgetWith(attributes = '', feed: Feed = FEED) {
  const wrapper = await fixture(html`<div lang="en"></div>`);
  // Attributes as a host page writes them, parsed by the browser.
  wrapper.innerHTML = `<careers-widget ${attributes}></careers-widget>`;
  const widget = wrapper.firstElementChild as CareersWidget;
  widget.now = NOW;
  widget.feed = feed;
  await waitFor(() => root(widget).querySelector('careers-job-card, [part="no-match"], careers-job-posting'), 'widget did not render');
  return widget;
}

async function choose(widget: CareersWidget, label: string, value: string) {
  const select = [...root(widget).querySelectorAll('label')].find((l) => l.textContent?.includes(label))!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await widget.updateComplete;
}

async function search(widget: CareersWidget, words: string) {
  const input = root(widget).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = words;
  input.dispatchEvent(new Event('input'));
  await widget.updateComplete;
}

describe('finding the right job', () => {
  const startUrl = location.pathname + location.search;
  afterEach(() => history.replaceState(null, '', startUrl));

  describe('a page’s fixed slice', () => {
    it('team, location and posting-lang take comma lists', async () => {
      expect(cardIds(await widgetWith('team="Platform, Sales"'))).to.deep.equal(['platform-oslo', 'sales-stockholm', 'platform-bergen']);
      expect(cardIds(await widgetWith('location="oslo,københavn"'))).to.deep.equal(['platform-oslo', 'finance-kbh']);
      expect(cardIds(await widgetWith('posting-lang="sv, da-DK"'))).to.deep.equal(['sales-stockholm', 'finance-kbh']);
    });

    it('limit caps the cards', async () => {
      const widget = await widgetWith('limit="2"');
      expect(cardIds(widget)).to.deep.equal(['platform-oslo', 'sales-stockholm']);
      expect(count(widget)).to.equal('5 open positions');
    });

    it('never shows postings whose validThrough has passed', async () => {
      expect(cardIds(await widgetWith())).to.not.include('gone');
    });
  });

  describe('controls', () => {
    it('offers team, location and language only when there is a choice', async () => {
      const all = await widgetWith();
      const labels = [...root(all).querySelectorAll('[part="filters"] label')].map((l) => l.querySelector('.control-label')?.textContent);
      expect(labels).to.deep.equal(['Search', 'Team', 'Location', 'Language']);
      const platform = await widgetWith('team="Platform" posting-lang="en"');
      const platformLabels = [...root(platform).querySelectorAll('[part="filters"] label .control-label')].map((l) => l.textContent);
      expect(platformLabels).to.deep.equal(['Search', 'Location']);
    });

    it('filters by team, location and language, says how many match, and puts it in the URL', async () => {
      const widget = await widgetWith();
      await choose(widget, 'Team', 'Platform');
      expect(cardIds(widget)).to.deep.equal(['platform-oslo', 'platform-bergen']);
      expect(count(widget)).to.equal('2 open positions');
      expect(location.hash).to.equal('#careers?team=Platform');
      await choose(widget, 'Location', 'Bergen');
      expect(cardIds(widget)).to.deep.equal(['platform-bergen']);
      expect(count(widget)).to.equal('1 open position');
      expect(location.hash).to.equal('#careers?team=Platform&location=Bergen');
      await choose(widget, 'Team', '');
      await choose(widget, 'Location', '');
      await choose(widget, 'Language', 'sv');
      expect(cardIds(widget)).to.deep.equal(['sales-stockholm']);
      const languageOptions = [...root(widget).querySelectorAll('select')].at(-1)!.querySelectorAll('option');
      expect([...languageOptions].map((o) => o.textContent)).to.deep.equal(['All languages', 'Dansk', 'English', 'Svenska']);
    });

    it('searches title, intro, team and location, ignoring case and accents', async () => {
      const widget = await widgetWith();
      await search(widget, 'bgp');
      expect(cardIds(widget)).to.deep.equal(['network-remote']);
      await search(widget, 'KOBENHAVN');
      expect(cardIds(widget)).to.deep.equal(['finance-kbh']);
      expect(location.hash).to.equal('#careers?q=KOBENHAVN');
    });

    it('says when nothing matches and clears the filters', async () => {
      const widget = await widgetWith();
      await search(widget, 'astronaut');
      expect(cardIds(widget)).to.deep.equal([]);
      expect(root(widget).querySelector('[part="no-match"]')?.textContent).to.contain('No positions match your search.');
      root(widget).querySelector<HTMLButtonElement>('[part="clear"]')!.click();
      await widget.updateComplete;
      expect(cardIds(widget)).to.have.length(5);
      expect(location.hash).to.equal('');
      await expect(widget).to.be.accessible();
    });
  });

  describe('URL state', () => {
    it('opens a filtered list from a shared link, and keeps the filters through a posting and Back', async () => {
      history.replaceState(null, '', '#careers?team=Platform&q=site');
      const widget = await widgetWith();
      expect(cardIds(widget)).to.deep.equal(['platform-bergen']);
      expect(root(widget).querySelector<HTMLInputElement>('input[type="search"]')!.value).to.equal('site');

      root(widget).querySelector('careers-job-card')!.shadowRoot!.querySelector('a')!.click();
      await waitFor(() => root(widget).querySelector('careers-job-posting'), 'the posting did not open');
      expect(location.hash).to.equal('#careers/platform-bergen?team=Platform&q=site');

      history.back();
      await waitFor(() => cardIds(widget).length === 1, 'filtered list did not come back');
      expect(location.hash).to.equal('#careers?team=Platform&q=site');
    });
  });

  describe('grouping', () => {
    it('groups cards under headings by team, newest first within each', async () => {
      const widget = await widgetWith('group-by="team" heading-level="3"');
      const groups = [...root(widget).querySelectorAll('[part="group"]')].map((group) => [
        group.querySelector('[part="group-heading"]')!.textContent,
        group.querySelector('[part="group-heading"]')!.getAttribute('aria-level'),
        [...group.querySelectorAll('careers-job-card')].map((card) => card.getAttribute('data-id')),
      ]);
      expect(groups).to.deep.equal([
        ['Finance', '3', ['finance-kbh']],
        ['Network', '3', ['network-remote']],
        ['Platform', '3', ['platform-oslo', 'platform-bergen']],
        ['Sales', '3', ['sales-stockholm']],
      ]);
      expect(root(widget).querySelector('careers-job-card')!.getAttribute('heading-level')).to.equal('4');
      await expect(widget).to.be.accessible();
    });
  });

  describe('new badge', () => {
    it('marks postings under 14 days old, by the widget’s clock', async () => {
      const widget = await widgetWith();
      const badged = [...root(widget).querySelectorAll('careers-job-card')].filter((card) => card.shadowRoot!.querySelector('[part="badge"]'));
      expect(badged.map((card) => card.getAttribute('data-id'))).to.deep.equal(['platform-oslo']);
      expect(badged[0].shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('New');
      widget.now = Date.parse('2026-12-10T12:00:00Z');
      await widget.updateComplete;
      expect(root(widget).querySelector('careers-job-card')!.shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
    });
  });

  describe('long lists', () => {
    it('renders a page of cards at a time and shows more on request, moving focus to the first new card', async () => {
      const many = Array.from({ length: 60 }, (_, i) => posting(`job-${i}`, { datePosted: new Date(Date.UTC(2026, 9, 1) - i * 86_400_000).toISOString().slice(0, 10) }));
      const widget = await widgetWith('', { version: 1, postings: many });
      expect(cardIds(widget)).to.have.length(24);
      expect(count(widget)).to.equal('60 open positions');
      const more = root(widget).querySelector<HTMLButtonElement>('[part="show-more"]')!;
      expect(more.textContent!.trim()).to.equal('Show 24 more');
      more.click();
      await waitFor(() => root(widget).activeElement?.getAttribute('data-id') === 'job-24', 'focus did not move to the first new card');
      expect(cardIds(widget)).to.have.length(48);
      root(widget).querySelector<HTMLButtonElement>('[part="show-more"]')!.click();
      await waitFor(() => cardIds(widget).length === 60, 'the next cards did not show');
      expect(root(widget).querySelector('[part="show-more"]')).to.equal(null);
    });
  });

  describe('copy link', () => {
    it('copies the posting’s own link, or shows it to copy by hand', async () => {
      history.replaceState(null, '', '#careers/network-remote');
      const widget = await widgetWith();
      const postingElement = root(widget).querySelector('careers-job-posting')!;
      await postingElement.updateComplete;
      postingElement.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-link"]')!.click();
      const expected = new URL('#careers/network-remote', location.href).href;
      await waitFor(() => postingElement.shadowRoot!.querySelector('[part="share"]')!.textContent!.includes('copied') || postingElement.shadowRoot!.querySelector('[part="share-url"]'), 'neither copied nor shown');
      const manual = postingElement.shadowRoot!.querySelector<HTMLInputElement>('[part="share-url"]');
      if (manual) expect(manual.value).to.equal(expected);
      else expect(postingElement.shadowRoot!.querySelector('[part="share"] [role="status"]')!.textContent).to.equal('Link copied');
    });
  });
});
