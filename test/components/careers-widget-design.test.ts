/**
 * The design's rules, measured in the browser: heading sizes by role, the reading measure,
 * equal card heights, the list layout, the narrow widget's Filters button, dates in our own
 * words, Copy link's icon and confirmation, and focus staying on Try again.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { setViewport } from '../support/viewport.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersJobCard, CareersJobPosting, CareersWidget, Posting } from '../../src/careers-widget.js';
import { loadLocale } from '../../src/i18n/localization.js';
import { describePosted } from '../../src/components/shared/posting-facts.js';
import { withLocale } from '../../src/i18n/localization.js';

before(allElementsDefined);
afterEach(() => setViewport({ width: 800, height: 600 }));

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-11-25T11:00:00Z');
const daysAgo = (days: number) => new Date(NOW - days * DAY).toISOString().slice(0, 10);

const LONG_TEXT = 'Lines of running text should stay short enough to read without losing the next line. '.repeat(8);
const BODY = `## Section\n\n${LONG_TEXT}\n\n### Subsection\n\nText.\n\n#### Minor\n\nText.\n\n| a | b |\n| --- | --- |\n| ${'wide cell '.repeat(12)} | ${'wide cell '.repeat(12)} |\n`;

function posting(id: string, fields: Partial<Posting> = {}): Posting {
  return { id, lang: 'en', title: `Title ${id}`, datePosted: daysAgo(30), body: BODY, ...fields };
}

async function settled(root: Element) {
  const pending: Element[] = [root];
  for (let i = 0; i < pending.length; i++) {
    await (pending[i] as Partial<CareersWidget>).updateComplete;
    pending.push(...(pending[i].shadowRoot?.querySelectorAll('*') ?? []), ...pending[i].children);
  }
}

async function openPosting(headingLevel: number) {
  const element = await fixture<CareersJobPosting>(html`<careers-job-posting .posting=${posting('p')} heading-level=${headingLevel}></careers-job-posting>`);
  await waitFor(() => element.shadowRoot!.querySelector('[part="body"][aria-busy="false"] h6, [part="body"][aria-busy="false"] h5, [part="body"][aria-busy="false"] h4'), 'the body did not render');
  return element.shadowRoot!;
}

const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

describe('type scale', () => {
  it('sizes body headings by their role below the title, whatever heading-level makes their tags', async () => {
    const sizes: number[][] = [];
    for (const level of [2, 3, 4]) {
      const root = await openPosting(level);
      const [section, subsection, minor] = ['Section', 'Subsection', 'Minor'].map(
        (text) => [...root.querySelectorAll('[part="body"] :is(h1, h2, h3, h4, h5, h6)')].find((heading) => heading.textContent === text)!,
      );
      const body = px(root.querySelector('[part="body"] p')!);
      expect(section.localName, `heading-level ${level}`).to.equal(`h${level + 1}`);
      expect(px(section)).to.be.greaterThan(px(subsection));
      expect(px(subsection)).to.be.at.least(px(minor));
      expect(px(minor)).to.be.greaterThan(body);
      expect(px(root.querySelector('[part="title"]')!)).to.be.greaterThan(px(section));
      sizes.push([section, subsection].map(px));
    }
    expect(sizes[1], 'heading-level 3 sizes as 2').to.deep.equal(sizes[0]);
    expect(sizes[2], 'heading-level 4 sizes as 2').to.deep.equal(sizes[0]);
  });

  it('follows the theme tokens', async () => {
    const root = await openPosting(2);
    const section = root.querySelector('[part="body"] h3')!;
    (root.host as HTMLElement).style.setProperty('--careers-section-heading-size', '40px');
    expect(px(section)).to.equal(40);
  });
});

describe('reading measure', () => {
  it('caps running text at --careers-measure on a wide screen; tables may be wider', async () => {
    await setViewport({ width: 1280, height: 800 });
    const root = await openPosting(2);
    const paragraph = [...root.querySelectorAll('[part="body"] p')].find((p) => p.textContent!.length > 200)!;
    const ch = (() => {
      const probe = document.createElement('span');
      probe.style.cssText = 'position:absolute;width:55ch';
      paragraph.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    })();
    expect(paragraph.getBoundingClientRect().width).to.be.closeTo(ch, 1);
    expect(root.querySelector('[part="body"] table')!.getBoundingClientRect().width).to.be.greaterThan(ch);
  });
});

describe('card grid', () => {
  const FEED = {
    version: 1,
    postings: [
      posting('a', { intro: 'Short.', team: 'A', datePosted: daysAgo(0) }),
      posting('b', { title: 'A much longer title that wraps over several lines in a narrow card column', intro: 'An intro that is long enough to wrap over a few lines in a card of the grid.', team: 'Team B', location: 'Somewhere far away', employmentType: 'Full time', datePosted: daysAgo(1) }),
      posting('c', { datePosted: daysAgo(20) }),
    ],
  };

  async function widget(attributes = '') {
    const wrapper = await fixture(html`<div style="width: 960px"><careers-widget routing="none" lang="en" .feed=${FEED} .now=${NOW}></careers-widget></div>`);
    const element = wrapper.querySelector('careers-widget')!;
    if (attributes) element.setAttribute('layout', attributes);
    await waitFor(() => element.shadowRoot!.querySelectorAll('careers-job-card').length === 3, 'no cards');
    await settled(element);
    return element;
  }

  it('makes the cards of a row equally tall, with the New badge at the same place', async () => {
    const element = await widget();
    const cards = [...element.shadowRoot!.querySelectorAll<CareersJobCard>('careers-job-card')];
    const boxes = cards.map((card) => card.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect());
    expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'one row').to.equal(1);
    expect(new Set(boxes.map((box) => Math.round(box.height))).size, 'one height').to.equal(1);
    const badges = cards.slice(0, 2).map((card) => card.shadowRoot!.querySelector('[part="badge"]')!.getBoundingClientRect());
    expect(badges[0].bottom).to.be.closeTo(badges[1].bottom, 1);
    expect(boxes[0].right - badges[0].right).to.be.closeTo(boxes[1].right - badges[1].right, 1);
  });

  it('shows every fact the same way: an icon and the value, the label for screen readers', async () => {
    const element = await widget();
    const card = element.shadowRoot!.querySelector<CareersJobCard>('careers-job-card[data-id="b"]')!;
    const facts = [...card.shadowRoot!.querySelectorAll('[part="meta"] li')];
    expect(facts.map((fact) => fact.querySelectorAll('svg[aria-hidden="true"]').length)).to.deep.equal([1, 1, 1]);
    expect(facts.map((fact) => fact.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Team: Team B', 'Location: Somewhere far away', 'Full time']);
    for (const label of card.shadowRoot!.querySelectorAll('.label')) expect(label.getBoundingClientRect().width).to.be.at.most(1);
    const footer = card.shadowRoot!.querySelector('[part="footer"]')!;
    expect(footer.querySelector('time')!.textContent).to.equal('Posted yesterday');
  });

  it('lays one row per posting out with layout="list": title, facts, date; no intro', async () => {
    const element = await widget('list');
    const cards = [...element.shadowRoot!.querySelectorAll<CareersJobCard>('careers-job-card')];
    expect(cards.map((card) => card.getAttribute('layout'))).to.deep.equal(['list', 'list', 'list']);
    const boxes = cards.map((card) => card.getBoundingClientRect());
    for (const box of boxes) expect(box.width).to.be.closeTo(boxes[0].width, 1);
    expect(boxes[1].top).to.be.at.least(boxes[0].bottom - 1);
    expect(cards[1].shadowRoot!.querySelector('[part="intro"]')).to.equal(null);
    expect(cards[1].shadowRoot!.querySelector('[part="title"] a')).to.not.equal(null);
    expect(cards[1].shadowRoot!.querySelector('[part="footer"] time')).to.not.equal(null);
  });
});

describe('a narrow widget', () => {
  const FEED = {
    version: 1,
    postings: [posting('a', { team: 'Platform', location: 'Oslo' }), posting('b', { team: 'Network', location: 'Bergen' })],
  };

  it('shows search and one Filters button with the number of filters set; the button shows and hides the selects', async () => {
    const wrapper = await fixture(html`<div style="width: 360px"><careers-widget routing="none" lang="en" .feed=${FEED}></careers-widget></div>`);
    const element = wrapper.querySelector('careers-widget')!;
    await waitFor(() => element.shadowRoot!.querySelector('[part="filters-toggle"]'), 'no Filters button');
    const root = element.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('[part="filters-toggle"]')!;
    const select = () => [...root.querySelectorAll<HTMLSelectElement>('[part="filter"]')].find((candidate) => candidate.textContent!.includes('Oslo'))!;
    expect(toggle.checkVisibility()).to.equal(true);
    expect(root.querySelector('[part="search"]')!.checkVisibility()).to.equal(true);
    expect(select().checkVisibility(), 'selects folded').to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(select().checkVisibility()).to.equal(true);
    select().value = 'Oslo';
    select().dispatchEvent(new Event('change'));
    await element.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Filters (1)');
    const first = root.querySelector('careers-job-card')!;
    expect(first.getBoundingClientRect().top - element.getBoundingClientRect().top).to.be.lessThan(400);
  });

  it('keeps every select in view without the button when the widget is wide', async () => {
    const wrapper = await fixture(html`<div style="width: 760px"><careers-widget routing="none" lang="en" .feed=${FEED}></careers-widget></div>`);
    const element = wrapper.querySelector('careers-widget')!;
    await waitFor(() => element.shadowRoot!.querySelector('[part="filter"]'), 'no filters');
    expect(element.shadowRoot!.querySelector<HTMLElement>('[part="filters-toggle"]')!.checkVisibility()).to.equal(false);
    expect(element.shadowRoot!.querySelector<HTMLElement>('[part="filter"]')!.checkVisibility()).to.equal(true);
  });
});

describe('dates in our own words', () => {
  const say = (locale: 'en' | 'nb' | 'sv' | 'da', days: number) => withLocale(locale, () => describePosted(daysAgo(days), locale, NOW));

  it('says today, yesterday and n days ago with the plural rules, then the date from two weeks on', async () => {
    await Promise.all((['nb', 'sv', 'da'] as const).map(loadLocale));
    expect([0, 1, 7, 13].map((days) => say('en', days))).to.deep.equal(['Posted today', 'Posted yesterday', 'Posted 7 days ago', 'Posted 13 days ago']);
    expect([0, 1, 7].map((days) => say('nb', days))).to.deep.equal(['Publisert i dag', 'Publisert i går', 'Publisert for 7 dager siden']);
    expect(say('sv', 7)).to.equal('Publicerad för 7 dagar sedan');
    expect(say('da', 7)).to.equal('Opslået for 7 dage siden');
    const date = new Intl.DateTimeFormat('nb', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(daysAgo(14)));
    expect(say('nb', 14)).to.equal(`Publisert ${date}`);
    const future = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(daysAgo(-2)));
    expect(say('en', -2), 'a date still to come is written out').to.equal(`Posted ${future}`);
  });
});

describe('wording', () => {
  it('puts no "here are the current ones" above "there are none" when a deep-linked posting is gone', async () => {
    history.replaceState(null, '', '#careers/gone');
    try {
      const element = await fixture<CareersWidget>(html`<careers-widget lang="en" .feed=${{ version: 1, postings: [] }}></careers-widget>`);
      await waitFor(() => element.shadowRoot!.querySelector('[part="status"].empty'), 'no empty message');
      const texts = [...element.shadowRoot!.querySelectorAll('[part="status"]')].map((status) => status.textContent);
      expect(texts).to.deep.equal(['There are no open positions right now.']);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('keeps "…" on the line of the word before it in Norwegian, Swedish and Danish', async () => {
    for (const lang of ['nb', 'sv', 'da'] as const) {
      await loadLocale(lang);
      const element = await fixture<CareersWidget>(html`<careers-widget lang=${lang} src="/api/hold"></careers-widget>`);
      await waitFor(() => element.shadowRoot!.querySelector('[role="status"]'), 'no status');
      expect(element.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(/\S\u00a0…$/);
    }
  });
});

describe('Copy link', () => {
  it('has a link icon of its own (not the apply button\'s) and announces "Link copied"', async () => {
    const element = await fixture<CareersJobPosting>(
      html`<careers-job-posting .posting=${posting('p', { apply: { url: 'https://jobs.example/a' } })} share-url="https://jobs.example/#careers/p"></careers-job-posting>`,
    );
    const root = element.shadowRoot!;
    const apply = root.querySelector('careers-apply-button')!;
    await apply.updateComplete;
    const copyIcon = root.querySelector('[part="copy-link"] svg path')!.getAttribute('d');
    expect(copyIcon).to.not.equal(apply.shadowRoot!.querySelector('svg path')!.getAttribute('d'));
    const status = root.querySelector('[part="copy-status"]')!;
    expect(status.getAttribute('role')).to.equal('status');
  });
});

describe('Try again', () => {
  it('keeps focus on the button when the feed fails again', async () => {
    const element = await fixture<CareersWidget>(html`<careers-widget lang="en" src="/api/status-500"></careers-widget>`);
    await oneEvent(element, 'careers-error');
    await element.updateComplete;
    const button = element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    button.focus();
    const failedAgain = oneEvent(element, 'careers-error');
    button.click();
    await failedAgain;
    await element.updateComplete;
    const retry = element.shadowRoot!.querySelector('[part="retry"]');
    expect(retry, 'the error was shown afresh').to.not.equal(button);
    expect(element.shadowRoot!.activeElement).to.equal(retry);
    expect(document.activeElement).to.equal(element);
  });
});
