import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { setViewport } from '../support/viewport.js';
import { ENGINE } from '../support/engine.js';
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';
import { allElementsDefined } from '../support/elements.js';
import type { CareersWidget } from '../../src/careers-widget.js';
import { loadLocale } from '../../src/i18n/localization.js';
import { tokens } from '../../src/components/shared/tokens.js';

before(allElementsDefined);

const axe = (window as unknown as { axe: { run(context: Element, options: RunOptions): Promise<AxeResults> } }).axe;
const WCAG_AA: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
const BASIC = '/test/fixtures/feed-basic.json';

async function expectNoViolations(element: Element, state: string) {
  const { violations } = await axe.run(element, WCAG_AA);
  const summary = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(summary, state).to.deep.equal([]);
}

/** A host page shaped like a real one: a page heading, then the widget in a section. */
async function hostPage(attributes: { src: string; lang?: string; theme?: string; headingLevel?: number }) {
  const page = await fixture(html`<main>
    <h1>Careers</h1>
    <careers-widget
      routing="none"
      src=${attributes.src}
      lang=${attributes.lang ?? 'en'}
      theme=${attributes.theme ?? ''}
      heading-level=${attributes.headingLevel ?? 2}
    ></careers-widget>
  </main>`);
  return page.querySelector('careers-widget')!;
}

async function settle(widget: CareersWidget) {
  await waitFor(() => widget.shadowRoot!.querySelector('[part="list"], [part="error"], careers-job-posting') || widget.shadowRoot!.textContent!.includes('.'), 'widget did not settle');
  // Every element once: the widget's light DOM, then each shadow root's whole subtree.
  const pending: Element[] = [widget, ...widget.querySelectorAll('*')];
  for (let i = 0; i < pending.length; i++) {
    await (pending[i] as Partial<CareersWidget>).updateComplete;
    const root = pending[i].shadowRoot;
    if (root) pending.push(...root.querySelectorAll('*'));
  }
}

async function openFirstPosting(widget: CareersWidget) {
  widget.shadowRoot!.querySelector('careers-job-card')!.shadowRoot!.querySelector('a')!.click();
  await waitFor(() => widget.shadowRoot!.querySelector('careers-job-posting')?.shadowRoot?.querySelector('careers-accordion'), 'posting did not open');
  await settle(widget);
  return widget.shadowRoot!.querySelector('careers-job-posting')!;
}

describe('WCAG 2.2 AA (axe-core) in every state', () => {
  for (const [lang, theme] of [['en', 'light'], ['en', 'dark'], ['nb', ''], ['sv', ''], ['da', 'dark']] as const) {
    it(`has no violations in ${lang}${theme ? `, ${theme} theme` : ''}: list, posting, accordion, empty, error, loading`, async () => {
      const list = await hostPage({ src: BASIC, lang, theme });
      await loadLocale(lang);
      await settle(list);
      await expectNoViolations(list, 'list');

      const posting = await openFirstPosting(list);
      await expectNoViolations(list, 'posting');
      const accordion = posting.shadowRoot!.querySelector('careers-accordion')!;
      accordion.open = true;
      await accordion.updateComplete;
      await expectNoViolations(list, 'accordion open');

      for (const [state, src] of [['empty', '/test/fixtures/feed-empty.json'], ['error', '/api/status-500']]) {
        const widget = await hostPage({ src, lang, theme });
        await settle(widget);
        await expectNoViolations(widget, state);
      }
      const loading = await hostPage({ src: '/api/hold', lang, theme });
      await loading.updateComplete;
      await expectNoViolations(loading, 'loading');
    });
  }
});

describe('structure', () => {
  it('lists cards in a list, each titled by a heading at the configured level, and nests the posting below it', async () => {
    const widget = await hostPage({ src: BASIC, headingLevel: 3 });
    await settle(widget);
    const list = widget.shadowRoot!.querySelector('[part="list"]')!;
    expect(list.localName).to.equal('ul');
    const cards = [...list.querySelectorAll(':scope > li > careers-job-card')];
    expect(cards).to.have.length(3);
    for (const card of cards) {
      const heading = card.shadowRoot!.querySelector('[role="heading"]')!;
      expect(heading.getAttribute('aria-level')).to.equal('3');
      expect(heading.querySelector('a[href]')).to.not.equal(null);
    }
    const posting = await openFirstPosting(widget);
    expect(posting.shadowRoot!.querySelector('[part="title"]')!.getAttribute('aria-level')).to.equal('3');
    const bodyHeadingLevels = [...posting.shadowRoot!.querySelectorAll('[part="body"] :is(h1, h2, h3, h4, h5, h6)')].map((h) => Number(h.localName[1]));
    for (const level of bodyHeadingLevels) expect(level).to.be.greaterThan(3);
    const accordionLevel = posting.shadowRoot!.querySelector('careers-accordion')!.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level');
    expect(accordionLevel).to.equal('4');
  });
});

describe('focus', () => {
  function outlineOf(element: Element) {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  }

  it('shows a visible focus indicator on every control, reached by keyboard', async () => {
    const page = await fixture(html`<main>
      <h1>Careers</h1>
      <button id="before">before</button>
      <careers-widget routing="none" src=${BASIC} lang="en"></careers-widget>
    </main>`);
    const widget = page.querySelector('careers-widget')!;
    await waitFor(() => widget.shadowRoot!.querySelector('careers-job-card'), 'no cards');
    const card = widget.shadowRoot!.querySelector('careers-job-card')!;
    await card.updateComplete;
    const link = card.shadowRoot!.querySelector('a')!;
    // Tab from the control before the widget, through the search and filters, to the first card.
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const stops: string[] = [];
    for (let tab = 0; tab < 10 && card.shadowRoot!.activeElement !== link; tab++) {
      await sendKeys({ press: 'Tab' });
      stops.push(widget.shadowRoot!.activeElement?.getAttribute('part') ?? widget.shadowRoot!.activeElement?.localName ?? 'outside');
    }
    expect(stops).to.deep.equal(['search', 'filter', 'filter', 'filter', 'card']);
    expect(card.shadowRoot!.activeElement === link, 'the card link has focus').to.equal(true);
    expect(outlineOf(link).style).to.not.equal('none');
    expect(outlineOf(link).width).to.be.at.least(2);

    await sendKeys({ press: 'Enter' });
    await waitFor(() => widget.shadowRoot!.querySelector('careers-job-posting')?.shadowRoot?.querySelector('careers-accordion'), 'posting did not open');
    const posting = widget.shadowRoot!.querySelector('careers-job-posting')!;
    await waitFor(() => posting.shadowRoot!.activeElement?.getAttribute('part') === 'title', 'focus did not move to the posting title');

    const accordion = posting.shadowRoot!.querySelector('careers-accordion')!;
    const apply = posting.shadowRoot!.querySelector('careers-apply-button')!;
    await accordion.updateComplete;
    await apply.updateComplete;
    const controls: HTMLElement[] = [
      posting.shadowRoot!.querySelector<HTMLElement>('[part="back"]')!,
      accordion.shadowRoot!.querySelector('button')!,
      apply.shadowRoot!.querySelector('a')!,
      posting.shadowRoot!.querySelector<HTMLElement>('[part="body"] a[href]')!,
    ];
    for (const control of controls) {
      control.focus();
      expect(outlineOf(control).style, control.outerHTML).to.not.equal('none');
    }

    posting.shadowRoot!.querySelector<HTMLAnchorElement>('[part="back"]')!.click();
    await waitFor(() => widget.shadowRoot!.activeElement?.localName === 'careers-job-card', 'focus did not return to the card');
  });
});

describe('colour contrast of the default theme', () => {
  function hexes(token: { cssText: string }) {
    const [light, dark] = token.cssText.match(/#[0-9a-f]{6}/gi)!;
    return { light, dark };
  }
  function luminance(hex: string) {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }
  function contrast(a: string, b: string) {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }
  const text = { text: tokens.text, muted: tokens.muted, accent: tokens.accent, danger: tokens.danger };
  const surfaces = { background: tokens.background, surface: tokens.surface, subtle: tokens.subtle };

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: text ≥ 4.5:1 on every surface, UI parts ≥ 3:1`, () => {
      for (const [name, colour] of Object.entries(text)) {
        for (const [surfaceName, surface] of Object.entries(surfaces)) {
          expect(contrast(hexes(colour)[scheme], hexes(surface)[scheme]), `${name} on ${surfaceName}`).to.be.at.least(4.5);
        }
      }
      expect(contrast(hexes(tokens.accentText)[scheme], hexes(tokens.accent)[scheme]), 'button text').to.be.at.least(4.5);
      for (const [name, part] of Object.entries({ border: tokens.border, focus: tokens.focus })) {
        for (const [surfaceName, surface] of Object.entries(surfaces)) {
          expect(contrast(hexes(part)[scheme], hexes(surface)[scheme]), `${name} on ${surfaceName}`).to.be.at.least(3);
        }
      }
    });
  }
});

// Media emulation goes through CDP, which only Chromium has here (Firefox is driven over WebDriver
// BiDi, WebKit over WebDriver: neither protocol emulates media yet).
const canEmulateMedia = ENGINE === 'chromium';

function skipWithoutMediaEmulation(context: Mocha.Context) {
  if (canEmulateMedia) return;
  console.log(`Skipping in ${ENGINE}: media emulation needs CDP (a gap of the test tools, not of the engine).`);
  context.skip();
}

describe('layout and motion', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    if (canEmulateMedia) await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('fits 320 CSS px (400 % zoom of 1280) without horizontal scrolling, list and posting', async function () {
    if (ENGINE === 'webkit') {
      // Not the engine: WebKitGTK's MiniBrowser keeps its window at least 447 px wide (its toolbar).
      console.log('Skipping in webkit: MiniBrowser cannot make a viewport narrower than 447 px (a gap of the test tools, not of the engine).');
      this.skip();
    }
    await setViewport({ width: 320, height: 640 });
    const widget = await hostPage({ src: '/demo/feed.json' });
    await settle(widget);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await openFirstPosting(widget).catch(() => undefined);
    await settle(widget);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });

  it('honours prefers-reduced-motion', async function () {
    skipWithoutMediaEmulation(this);
    await emulateMedia({ reducedMotion: 'reduce' });
    const accordion = await fixture(html`<careers-accordion heading="x">y</careers-accordion>`);
    const chevron = accordion.shadowRoot!.querySelector('.chevron')!;
    expect(getComputedStyle(chevron).transitionDuration).to.equal('0s');
  });

  it('follows the reader’s dark setting with theme="auto", and the page’s scheme without a theme', async function () {
    skipWithoutMediaEmulation(this);
    await emulateMedia({ colorScheme: 'dark' });
    const auto = await hostPage({ src: BASIC, theme: 'auto' });
    const plain = await hostPage({ src: BASIC });
    await settle(auto);
    await settle(plain);
    const colourOf = (widget: Element) => getComputedStyle(widget).color;
    expect(colourOf(auto)).to.equal('rgb(232, 234, 237)');
    expect(colourOf(plain)).to.equal('rgb(27, 31, 36)');
  });
});
