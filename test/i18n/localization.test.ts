import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersWidget, Posting } from '../../src/careers-widget.js';
import { loadLocale } from '../../src/i18n/localization.js';
import { languageName, matchLocale, resolveLocale } from '../../src/i18n/locale.js';

before(allElementsDefined);

const TRANSLATIONS = '/test/fixtures/feed-translations.json';
type Target = 'nb' | 'sv' | 'da';

// Parts that hold a posting's own text, written by the employer, not the widget.
const FEED_CONTENT = '[part="title"], [part="intro"], [part="body"]';

/** Every text of the widget's own a reader gets from a tree: text nodes and aria-labels, through shadow roots. */
function readerText(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) texts.push(node.textContent.trim());
    if (node instanceof Element) {
      if (node.matches(FEED_CONTENT)) return;
      const label = node.getAttribute('aria-label');
      if (label) texts.push(label);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return texts;
}

/** Waits until every element in a tree has rendered. */
async function settled(root: Element) {
  const pending = [root, ...root.querySelectorAll('*')];
  for (let i = 0; i < pending.length; i++) {
    const element = pending[i] as Partial<CareersWidget>;
    await element.updateComplete;
    if (element.shadowRoot) pending.push(...element.shadowRoot.querySelectorAll('*'));
  }
}

async function widgetIn(locale: string, src: string) {
  const wrapper = await fixture(html`<div lang=${locale}><careers-widget routing="none" src=${src}></careers-widget></div>`);
  const widget = wrapper.querySelector('careers-widget')!;
  await loadLocale(matchLocale(locale) ?? 'en');
  await waitFor(() => widget.shadowRoot!.querySelector('[part="list"], [part="error"], [part="status"]:not([role])'), 'widget did not settle');
  await settled(widget);
  return widget;
}

async function xliff(locale: Target) {
  const text = await (await fetch(`/locales/${locale}.xlf`)).text();
  const units = [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('trans-unit')];
  return units.map((unit) => ({ source: unit.querySelector('source')!.textContent!, target: unit.querySelector('target')?.textContent ?? null }));
}

function words(text: string) {
  return text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
}

/** The widget's injected clock: noon, local time (the widget counts days in the reader's time zone), on 10 January. */
const NOW = new Date(2026, 0, 10, 12).getTime();

function posting(id: string, datePosted: string, lang = 'nb'): Posting {
  return { id, lang, title: `Stilling ${id}`, datePosted, body: 'Tekst' };
}

describe('locale resolution', () => {
  it('maps regional and related tags', () => {
    expect(['nb-NO', 'no', 'nn', 'NB', 'sv-FI', 'da-DK', 'en-GB', 'de', ''].map(matchLocale)).to.deep.equal([
      'nb', 'nb', 'nb', 'nb', 'sv', 'da', 'en', null, null,
    ]);
  });

  it('takes the element’s lang, then the nearest ancestor’s, then <html lang>, then the browser, then English', async () => {
    const tree = await fixture(html`<section lang="sv-FI"><div><careers-widget lang="da-DK"></careers-widget><careers-widget></careers-widget></div></section>`);
    const [own, inherited] = tree.querySelectorAll('careers-widget');
    expect(resolveLocale(own)).to.equal('da');
    expect(resolveLocale(inherited)).to.equal('sv');

    const detached = document.createElement('careers-widget');
    const htmlLang = document.documentElement.getAttribute('lang');
    try {
      document.documentElement.setAttribute('lang', 'nb-NO');
      document.body.append(detached);
      expect(resolveLocale(detached)).to.equal('nb');
      document.documentElement.removeAttribute('lang');
      const fromBrowser = navigator.languages.map(matchLocale).find(Boolean) ?? 'en';
      expect(resolveLocale(detached)).to.equal(fromBrowser);
    } finally {
      detached.remove();
      if (htmlLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', htmlLang);
    }
  });

  it('crosses shadow roots to find the nearest lang', async () => {
    const host = await fixture(html`<div lang="da"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    const card = document.createElement('careers-job-card');
    inner.append(card);
    expect(resolveLocale(card)).to.equal('da');
  });

  it('names each language in itself', () => {
    expect(['en', 'nb', 'sv', 'da', 'no'].map(languageName)).to.deep.equal(['English', 'Norsk', 'Svenska', 'Dansk', 'Norsk']);
  });
});

describe('translations files', () => {
  for (const locale of ['nb', 'sv', 'da'] as const) {
    it(`${locale}.xlf translates every message`, async () => {
      const units = await xliff(locale);
      expect(units.length).to.be.greaterThan(15);
      for (const { source, target } of units) {
        expect(target, source).to.be.a('string').and.not.equal('');
        expect(target, source).to.not.equal(source);
      }
    });
  }
});

const EXPECTED: Record<Target, { one: string; two: string; yesterday: string; apply: string; back: string }> = {
  nb: { one: '1 ledig stilling', two: '2 ledige stillinger', yesterday: 'Publisert i går', apply: 'Søk på stillingen', back: 'Alle stillinger' },
  sv: { one: '1 ledig tjänst', two: '2 lediga tjänster', yesterday: 'Publicerad i går', apply: 'Sök tjänsten', back: 'Alla tjänster' },
  da: { one: '1 ledig stilling', two: '2 ledige stillinger', yesterday: 'Opslået i går', apply: 'Søg stillingen', back: 'Alle stillinger' },
};

for (const locale of ['nb', 'sv', 'da'] as const) {
  describe(`the widget in ${locale}`, () => {
    it('says every word of its own in the locale, in every state', async () => {
      const texts: string[] = [];
      const collect = (element: Element, ...skip: string[]) =>
        texts.push(...readerText(element.shadowRoot!).filter((text) => !skip.some((content) => text.includes(content))));

      // Loading: caught before the slow feed answers.
      const loading = (await fixture(html`<div lang=${locale}><careers-widget src="/api/hold"></careers-widget></div>`)).firstElementChild!;
      await loadLocale(locale);
      await settled(loading);
      collect(loading);
      loading.remove();

      // List and cards; feed content (titles, teams, places) is the postings' own and left out.
      const list = await widgetIn(locale, TRANSLATIONS);
      const feed = await (await fetch(TRANSLATIONS)).json();
      const content: string[] = feed.postings.flatMap((p: Posting) => [p.team ?? '@', p.location ?? '@']);
      collect(list, ...content);

      // The posting: back link, language switch, apply button (no label in the feed: the widget's own word).
      list.shadowRoot!.querySelector<HTMLElement>('careers-job-card[data-id="driftsingenior"], careers-job-card')!.shadowRoot!.querySelector('a')!.click();
      await waitFor(() => list.shadowRoot!.querySelector('careers-job-posting')?.shadowRoot?.querySelector('[part="body"] h3'), 'posting did not open');
      await settled(list);
      collect(list, ...content, 'English');

      for (const src of ['/test/fixtures/feed-empty.json', '/api/status-500', '/api/not-json', '/api/network-error', '/test/fixtures/feed-bad-version.json', '']) {
        collect(await widgetIn(locale, src));
      }

      const english = new Set((await xliff(locale)).flatMap((unit) => words(unit.source)));
      const cognates = new Set((await xliff(locale)).flatMap((unit) => words(unit.target ?? '')));
      const leaks = texts.flatMap(words).filter((word) => english.has(word) && !cognates.has(word));
      expect(leaks, texts.join(' | ')).to.deep.equal([]);
      expect(texts.length).to.be.greaterThan(15);
    });

    it('writes counts with plural rules and recent dates in words', async () => {
      const one = await fixture<CareersWidget>(html`<careers-widget lang=${locale} .now=${NOW} .feed=${{ version: 1, postings: [posting('a', '2026-01-09')] }}></careers-widget>`);
      await loadLocale(locale);
      await waitFor(() => one.shadowRoot!.querySelector('[part="count"]'), 'no list');
      await settled(one);
      expect(one.shadowRoot!.querySelector('[part="count"]')?.textContent).to.equal(EXPECTED[locale].one);
      const card = one.shadowRoot!.querySelector('careers-job-card')!;
      expect(card.shadowRoot!.querySelector('time')?.textContent).to.equal(EXPECTED[locale].yesterday);

      const two = await fixture<CareersWidget>(html`<careers-widget lang=${locale} .now=${Date.UTC(2026, 6, 1)} .feed=${{ version: 1, postings: [posting('a', '2026-01-05'), posting('b', '2026-01-06')] }}></careers-widget>`);
      await waitFor(() => two.shadowRoot!.querySelector('[part="count"]'), 'no list');
      await settled(two);
      expect(two.shadowRoot!.querySelector('[part="count"]')?.textContent).to.equal(EXPECTED[locale].two);
      const longAgo = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-01-06'));
      expect(two.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('time')?.textContent).to.contain(longAgo);
    });

    it('labels the apply button and the back link in the locale', async () => {
      const widget = await widgetIn(locale, TRANSLATIONS);
      widget.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('a')!.click();
      await waitFor(() => widget.shadowRoot!.querySelector('careers-job-posting'), 'posting did not open');
      await settled(widget);
      const posting = widget.shadowRoot!.querySelector('careers-job-posting')!;
      expect(posting.shadowRoot!.querySelector('[part="back"]')?.textContent).to.equal(EXPECTED[locale].back);
      const wrapper = await fixture(html`<p lang=${locale}><careers-apply-button href="https://jobs.example/a"></careers-apply-button></p>`);
      const button = wrapper.querySelector('careers-apply-button')!;
      await waitFor(() => button.shadowRoot!.querySelector('[part="label"]')?.textContent === EXPECTED[locale].apply, 'apply label');
      expect(button.shadowRoot!.querySelector('.visually-hidden')?.textContent).to.match(/^\((åpnes|öppnas|åbner) i en ny (fane|flik)\)$/);
    });
  });
}

describe('switching language at runtime', () => {
  it('re-renders the widget and everything in it when its lang changes, and only it', async () => {
    const widget = await widgetIn('en', TRANSLATIONS);
    const other = await widgetIn('en', TRANSLATIONS);
    const card = widget.shadowRoot!.querySelector('careers-job-card')!;
    expect(widget.shadowRoot!.querySelector('[part="count"]')?.textContent).to.equal('2 open positions');
    widget.setAttribute('lang', 'sv');
    await waitFor(() => widget.shadowRoot!.querySelector('[part="count"]')?.textContent === '2 lediga tjänster', 'widget did not switch');
    await waitFor(() => card.shadowRoot!.querySelector('.label')?.textContent === 'Avdelning:', 'its cards did not switch');
    expect(other.shadowRoot!.querySelector('[part="count"]')?.textContent, 'another widget keeps its language').to.equal('2 open positions');
  });

  it('lets two widgets on one page speak different languages', async () => {
    const page = await fixture(html`<div>
      <careers-widget lang="nb" routing="none" src=${TRANSLATIONS}></careers-widget>
      <careers-widget lang="da" routing="none" src=${TRANSLATIONS}></careers-widget>
    </div>`);
    const [nb, da] = page.querySelectorAll('careers-widget');
    await waitFor(() => nb.shadowRoot!.querySelector('[part="count"]')?.textContent === '2 ledige stillinger', 'nb');
    await waitFor(() => da.shadowRoot!.querySelector('[part="count"]')?.textContent === '2 ledige stillinger', 'da');
    await waitFor(() => nb.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('.label')?.textContent === 'Avdeling:', 'nb label');
    await waitFor(() => da.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('.label')?.textContent === 'Afdeling:', 'da label');
  });

  it('follows a change of <html lang> in every element that inherits it', async () => {
    const previous = document.documentElement.getAttribute('lang');
    const button = await fixture(html`<careers-apply-button href="https://jobs.example/a"></careers-apply-button>`);
    try {
      document.documentElement.setAttribute('lang', 'da');
      await waitFor(() => button.shadowRoot!.querySelector('[part="label"]')?.textContent === 'Søg stillingen', 'did not follow <html lang>');
    } finally {
      if (previous === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', previous);
    }
  });
});

describe('translations of postings', () => {
  it('shows one card per translation group, in the reader’s language when there is one', async () => {
    const nb = await widgetIn('nb', TRANSLATIONS);
    const ids = [...nb.shadowRoot!.querySelectorAll('careers-job-card')].map((card) => card.getAttribute('data-id'));
    expect(ids).to.deep.equal(['driftsingenior', 'saljare']);
    const da = await widgetIn('da', TRANSLATIONS);
    expect([...da.shadowRoot!.querySelectorAll('careers-job-card')].map((card) => card.getAttribute('data-id'))).to.deep.equal(['drift-engineer', 'saljare']);
  });

  it('offers the other languages, each named in itself, and switching keeps a working URL', async () => {
    const wrapper = await fixture(html`<div lang="nb"><careers-widget src=${TRANSLATIONS}></careers-widget></div>`);
    const widget = wrapper.querySelector('careers-widget')!;
    await waitFor(() => widget.shadowRoot!.querySelector('careers-job-card'), 'no cards');
    await settled(widget);
    widget.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('a')!.click();
    const openPosting = () => widget.shadowRoot!.querySelector('careers-job-posting')!;
    await waitFor(() => openPosting()?.shadowRoot?.querySelector('[part="translations"] a'), 'no language switch');
    const link = openPosting().shadowRoot!.querySelector<HTMLAnchorElement>('[part="translations"] a')!;
    expect(link.textContent).to.equal('English');
    expect(link.getAttribute('hreflang')).to.equal('en');
    expect(openPosting().shadowRoot!.querySelector('[part="translations"]')?.getAttribute('aria-label')).to.equal('Andre språk');
    link.click();
    await waitFor(() => openPosting()?.posting?.id === 'drift-engineer', 'did not switch to English');
    expect(location.hash).to.equal('#careers/drift-engineer');
    history.replaceState(null, '', location.pathname + location.search);
  });
});

describe('the lang property', () => {
  it('switches the widget like the attribute does', async () => {
    const widget = await widgetIn('en', TRANSLATIONS);
    widget.lang = 'da';
    expect(widget.getAttribute('lang')).to.equal('da');
    await waitFor(() => widget.shadowRoot!.querySelector('[part="count"]')?.textContent === '2 ledige stillinger', 'did not switch');
  });
});
