/**
 * One gallery tile: state.html?state=list&lang=nb&theme=dark shows one state of the widget
 * (or one element alone) in one language and theme. The gallery shows it in an iframe, since
 * the widget's words follow one locale per page; the end-to-end test loads it on its own,
 * waits for <html data-ready>, runs axe and takes a screenshot.
 */
import type { CareersAccordion, Feed, Posting } from '../src/careers-widget.js';
import { languageName, LOCALES, type Locale } from '../src/i18n/locale.js';
import { DEFAULT_ROUTE_KEY, routeFragment } from '../src/routing/fragment.js';
import { writeKeep } from '../src/feed/keep.js';
import { installDemoNetwork, KEPT_URL, NEVER_URL, OFFLINE_URL } from './demo-network.js';
import { h, type Child } from './dom.js';
import { applyTokens, onTokensFromGallery, tellGallery } from './frame-messages.js';
import { deepQuery, settle, until } from './settle.js';
import { FEED_URL, LONG_TITLES_FEED, MINIMAL_FEED, POSTING_FOR_LANG } from './state-feeds.js';
import { isStateName, pick, STATE_DESCRIPTIONS, THEMES, type StateName, type Theme } from './states.js';

const params = new URLSearchParams(location.search);
const requestedState = params.get('state');
const state: StateName = isStateName(requestedState) ? requestedState : 'list';
const lang: Locale = pick(params.get('lang'), LOCALES, 'en');
const theme: Theme = pick(params.get('theme'), THEMES, 'light');
const inFrame = window.parent !== window;

const root = document.documentElement;
root.lang = lang;
root.dataset.theme = theme;
root.classList.toggle('in-frame', inFrame);
document.title = `${STATE_DESCRIPTIONS[state]} (${languageName(lang)}, ${theme}) – careers widget demo`;

// Theme knobs from the gallery (index.html) apply to the whole tile.
onTokensFromGallery((tokens) => applyTokens(root, tokens));

installDemoNetwork();
const stage = document.querySelector('main')!;
stage.append(
  h('h1', { class: 'state-title', lang: 'en' }, STATE_DESCRIPTIONS[state], h('span', { class: 'state-facts' }, ` · ${languageName(lang)} · ${theme}`)),
);

async function show(): Promise<void> {
  switch (state) {
    case 'list':
      return showWidget({ src: FEED_URL });
    case 'list-rows':
      return showWidget({ src: FEED_URL, layout: 'list' });
    case 'posting':
      return showWidget({ src: FEED_URL, open: POSTING_FOR_LANG[lang] });
    case 'accordion-open':
      return showWidget({ src: FEED_URL, open: await postingWithAccordion(), openAccordion: true });
    case 'loading':
      return showWidget({ src: NEVER_URL });
    case 'empty':
      return showWidget({ feed: { version: 1, postings: [] } });
    case 'error':
      return showWidget({ src: OFFLINE_URL });
    case 'kept':
      await keepEarlierVisit(KEPT_URL, 3 * 60 * 60 * 1000);
      return showWidget({ src: KEPT_URL });
    case 'long-titles':
      return showWidget({ feed: LONG_TITLES_FEED });
    case 'long-posting':
      return showWidget({ feed: LONG_TITLES_FEED, open: LONG_TITLES_FEED.postings[0].id });
    case 'minimal':
      return showWidget({ feed: MINIMAL_FEED });
    case 'minimal-posting':
      return showWidget({ feed: MINIMAL_FEED, open: MINIMAL_FEED.postings[0].id });
    case 'element-card':
      return showCards();
    case 'element-posting':
      return showPosting();
    case 'element-accordion':
      return showAccordions();
    case 'element-contact':
      return showContactCards();
    case 'element-apply':
      return showApplyButtons();
  }
}

// In the widget

interface WidgetSetup {
  src?: string;
  feed?: Feed;
  /** The posting to open, through the URL fragment the widget reads. */
  open?: string;
  openAccordion?: boolean;
  layout?: 'list';
}

async function showWidget({ src, feed, open, openAccordion = false, layout }: WidgetSetup): Promise<void> {
  await customElements.whenDefined('careers-widget');
  history.replaceState(null, '', open ? routeFragment(DEFAULT_ROUTE_KEY, open) : location.pathname + location.search);
  const widget = document.createElement('careers-widget');
  widget.setAttribute('lang', lang);
  widget.setAttribute('theme', theme);
  widget.setAttribute('heading-level', '2');
  if (layout) widget.setAttribute('layout', layout);
  if (state === 'loading') {
    widget.timeout = 2 ** 31 - 1; // stays loading for the screenshot and the designer
    // A viewport's height (the default) of a frame that grows to its page would grow to the cap.
    widget.style.setProperty('--careers-loading-block-size', '20rem');
  }
  const outcome = new Promise<string>((resolve) => {
    widget.addEventListener('careers-load', () => resolve('load'), { once: true });
    widget.addEventListener('careers-error', () => resolve('error'), { once: true });
  });
  if (src) widget.src = src;
  if (feed) widget.feed = feed;
  stage.append(widget);
  if (state === 'loading') {
    await until(() => widget.shadowRoot?.querySelector('[role="status"]'), 'the loading message');
    return settle(widget);
  }
  await outcome;
  if (state === 'kept') await until(() => widget.shadowRoot?.querySelector('[part="notice"]'), 'the notice over the kept postings');
  await settle(widget);
  if (!open) return;
  await until(() => widget.shadowRoot?.querySelector('careers-job-posting')?.shadowRoot?.querySelector('[part="title"]'), 'the open posting');
  await settle(widget);
  if (openAccordion) {
    const accordion = deepQuery<CareersAccordion>(widget, 'careers-accordion');
    if (!accordion) throw new Error('the posting has no accordion');
    accordion.open = true;
    await settle(widget);
    // Scroll this page only (never the gallery around it) so a tile shows the open accordion.
    document.scrollingElement!.scrollTop += accordion.getBoundingClientRect().top - 16;
  }
}

/** Keeps the demo feed for `url` as a visit `age` ms ago would have (src/feed/keep.ts), so the widget shows it when `url` fails. */
async function keepEarlierVisit(url: string, age: number): Promise<void> {
  const text = await (await fetch(FEED_URL)).text();
  const absolute = new URL(url, document.baseURI).href;
  await writeKeep({ url: absolute, text, responseUrl: FEED_URL, keptAt: Date.now() - age });
}

/** The posting in this language if it has an accordion, else the English one. */
async function postingWithAccordion(): Promise<string> {
  const postings = await feedPostings();
  const own = postings.find((posting) => posting.id === POSTING_FOR_LANG[lang]);
  return own && /\{\{[<%]\s*accordion\s/.test(own.body ?? '') ? own.id : POSTING_FOR_LANG.en;
}

// Elements alone

let postingsRequest: Promise<Posting[]> | undefined;
function feedPostings(): Promise<Posting[]> {
  postingsRequest ??= fetch(FEED_URL)
    .then((response) => response.json() as Promise<Feed>)
    .then((feed) => feed.postings);
  return postingsRequest;
}

async function samplePosting(): Promise<Posting> {
  const postings = await feedPostings();
  return postings.find((posting) => posting.id === POSTING_FOR_LANG[lang]) ?? postings[0];
}

/** One labelled example of an element on its own (the label is the demo's, in English). */
function variant(label: string, ...content: Child[]): HTMLElement {
  return h('section', { class: 'variant' }, h('h2', { class: 'variant-label', lang: 'en' }, label), ...content);
}

async function showElements(tags: string[], sections: HTMLElement[]): Promise<void> {
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  stage.append(...sections);
  await settle(stage);
}

async function showCards(): Promise<void> {
  const card = (posting: Posting) => {
    const element = h('careers-job-card', { href: `#${posting.id}`, 'heading-level': 3 });
    element.posting = posting;
    return element;
  };
  const sample = await samplePosting();
  return showElements(
    ['careers-job-card'],
    [
      h(
        'div',
        { class: 'variant-grid' },
        variant('Complete', card(sample)),
        variant('Long title, long facts', card(LONG_TITLES_FEED.postings[0])),
        variant('Only the required fields', card(MINIMAL_FEED.postings[0])),
      ),
    ],
  );
}

async function showPosting(): Promise<void> {
  const postings = await feedPostings();
  const posting = await samplePosting();
  const element = h('careers-job-posting', { 'base-url': FEED_URL, 'back-href': '#list', 'heading-level': 2 });
  element.posting = posting;
  element.translations = postings
    .filter((other) => other !== posting && posting.translationKey && other.translationKey === posting.translationKey)
    .map((other) => ({ id: other.id, lang: other.lang, href: `#${other.id}` }));
  return showElements(['careers-job-posting'], [element]);
}

const SAMPLE_TEXT: Record<Locale, { hiring: string; steps: string[]; contact: string; contactText: string; mail: string; call: string; apply: string; applyMore: string; readMore: string }> = {
  en: {
    hiring: 'How we hire',
    steps: ['A short call with the recruiter', 'A conversation with the team', 'An offer, or honest feedback'],
    contact: 'Got questions?',
    contactText: 'Sigrid leads recruiting and answers within a working day.',
    mail: 'Send an e-mail',
    call: 'Call Jonas',
    apply: 'Apply now',
    applyMore: 'It takes about five minutes',
    readMore: 'Read about the team',
  },
  nb: {
    hiring: 'Slik foregår rekrutteringen',
    steps: ['En kort samtale med rekruttereren', 'En samtale med teamet', 'Et tilbud, eller ærlige tilbakemeldinger'],
    contact: 'Har du spørsmål?',
    contactText: 'Sigrid leder rekrutteringen og svarer innen en arbeidsdag.',
    mail: 'Send e-post',
    call: 'Ring Jonas',
    apply: 'Søk nå',
    applyMore: 'Det tar omtrent fem minutter',
    readMore: 'Les om teamet',
  },
  sv: {
    hiring: 'Så går rekryteringen till',
    steps: ['Ett kort samtal med rekryteraren', 'Ett samtal med teamet', 'Ett erbjudande, eller ärlig återkoppling'],
    contact: 'Har du frågor?',
    contactText: 'Sigrid leder rekryteringen och svarar inom en arbetsdag.',
    mail: 'Skicka e-post',
    call: 'Ring Jonas',
    apply: 'Sök nu',
    applyMore: 'Det tar ungefär fem minuter',
    readMore: 'Läs om teamet',
  },
  da: {
    hiring: 'Sådan foregår rekrutteringen',
    steps: ['En kort samtale med rekruttereren', 'En samtale med teamet', 'Et tilbud eller ærlig feedback'],
    contact: 'Har du spørgsmål?',
    contactText: 'Sigrid leder rekrutteringen og svarer inden for en arbejdsdag.',
    mail: 'Send en e-mail',
    call: 'Ring til Jonas',
    apply: 'Søg nu',
    applyMore: 'Det tager omkring fem minutter',
    readMore: 'Læs om teamet',
  },
};
const text = SAMPLE_TEXT[lang];

function showAccordions(): Promise<void> {
  const steps = () => h('ol', {}, ...text.steps.map((step) => h('li', {}, step)));
  return showElements(
    ['careers-accordion'],
    [
      variant('Closed', h('careers-accordion', { heading: text.hiring, 'heading-level': 3 }, steps())),
      variant('Open', h('careers-accordion', { heading: text.hiring, 'heading-level': 3, open: true }, steps())),
    ],
  );
}

function showContactCards(): Promise<void> {
  return showElements(
    ['careers-contact-card'],
    [
      variant(
        'With a photo and an e-mail link',
        h(
          'careers-contact-card',
          { image: 'img/people/sigrid.svg', heading: text.contact, href: 'mailto:sigrid.halvorsen@nordlys.example', 'link-label': text.mail, 'heading-level': 3 },
          h('p', {}, text.contactText),
        ),
      ),
      variant(
        'Without a photo, with a phone number',
        h('careers-contact-card', { heading: 'Jonas Berg', href: 'tel:+4722000000', 'link-label': text.call, 'heading-level': 3 }, h('p', {}, '+47 22 00 00 00')),
      ),
      variant('Text only', h('careers-contact-card', {}, h('p', {}, text.contactText))),
    ],
  );
}

function showApplyButtons(): Promise<void> {
  return showElements(
    ['careers-apply-button'],
    [
      variant(
        'With a description, to another site',
        h('careers-apply-button', { href: 'https://jobs.nordlys.example/apply/demo', label: text.apply, description: text.applyMore, icon: 'external', 'posting-id': 'demo' }),
      ),
      variant('Label only, on this site', h('careers-apply-button', { href: '#apply', label: text.readMore, icon: 'arrow' })),
      variant('Without a usable link (shown as text)', h('careers-apply-button', { label: text.apply })),
    ],
  );
}

// Size, for the gallery's frame

function reportHeight() {
  let last = 0;
  // The page's own height, not scrollHeight: that is never less than the frame, so a frame could grow but never shrink to its state.
  const report = () => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height !== last) tellGallery({ type: 'height', height: (last = height) });
  };
  new ResizeObserver(report).observe(document.body);
  report();
}

// Last, once every constant above is initialised.
void show()
  .then(() => {
    root.dataset.ready = 'true';
  })
  .catch((error: Error) => {
    root.dataset.ready = 'failed';
    stage.append(h('p', { class: 'state-failure', role: 'alert', lang: 'en' }, `This state could not be shown: ${error.message}`));
    console.error(error);
  })
  .finally(() => {
    tellGallery({ type: 'ready' });
    reportHeight();
  });
