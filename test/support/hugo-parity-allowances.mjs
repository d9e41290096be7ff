/**
 * The only differences test/e2e/hugo-parity.test.mjs accepts between Hugo's page and the widget,
 * each with its reason. An entry `allows(difference, context)`: `difference` is `{ kind, side,
 * value }` (kind: text, link, heading, images, actions, frames; side: "hugo only", "widget only"
 * or "order"), `context` is `{ file, posting }`.
 */

import { readFileSync, readdirSync } from 'node:fs';

/**
 * The widget's own interface words, which are not the posting's, in every language it speaks
 * (an element inside a posting speaks the posting's): taken out of the widget's sentences and
 * link words before comparing. `{}` stands for a name (a host, a provider).
 */
const WIDGET_MESSAGES = [
  '(opens in a new tab)',
  'Open in a new tab',
  'Play video',
  'Show form',
  'Show content',
  'Video on {}',
  'Application form from {}',
  'Content from {}',
  'Nothing is loaded from {} until you choose to.',
];

const LOCALES = new URL('../../locales/', import.meta.url);
const placeholder = /<x id="\d+"[^>]*\/>/g;
const escapeRegExp = (text) => text.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
const unescapeXml = (text) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** Each message and its translations as a pattern of a whole sentence or link's words. */
export const WIDGET_WORDS = (() => {
  const texts = new Set(WIDGET_MESSAGES);
  for (const file of readdirSync(LOCALES).filter((name) => name.endsWith('.xlf'))) {
    const xliff = readFileSync(new URL(file, LOCALES), 'utf8');
    for (const [, source, target] of xliff.matchAll(/<source>(.*?)<\/source>\s*<target>(.*?)<\/target>/g)) {
      if (WIDGET_MESSAGES.includes(unescapeXml(source.replace(placeholder, '{}')))) texts.add(unescapeXml(target.replace(placeholder, '{}')));
    }
  }
  return [...texts].map((text) => new RegExp(`^${escapeRegExp(text).replaceAll('\\{\\}', '\\S+').replaceAll('{}', '\\S+')}$`));
})();

/**
 * What the site's stylesheet does to the layout that the reference site (no stylesheet) does
 * not: its buttons and contact links are boxes of their own, so their words do not run into
 * the words beside them. Added to Hugo's pages before they are read.
 */
export const SITE_STYLES = '.button, .text-button, #button, #text-button, .contact-link { display: inline-block }';

const phoneDigits = (text) => (/^\+?[\d\s().-]{6,}$/.test(text) ? text.replace(/\D/g, '') : null);
const wordsOf = (value) => value.replace(/^\d+ /, '');

export const ALLOWANCES = [
  {
    reason: "the site's contact template links the e-mail address with tel: (a template bug; the widget writes mailto:, as its action)",
    allows: ({ kind, side, value }, { hugo }) =>
      (kind === 'link' && side === 'hugo only' && /→ tel:[^@\s]+@/.test(value)) ||
      (kind === 'actions' && side === 'widget only' && value.startsWith('mailto:') && hugo.links.some((link) => link.href === value.replace('mailto:', 'tel:'))),
  },
  {
    reason: "the site's contact template puts /img/people/ before a picture that is already a site path (a template bug)",
    allows: ({ kind, value }, { hugo }) =>
      kind === 'images' && (value.includes('/img/people//') || hugo.images.includes(value.replace(/^(https?:\/\/[^/]+)(\/.*)$/, '$1/img/people/$2'))),
  },
  {
    reason: "the site's contact template carries a page script that spaces phone numbers out (+46 73-093 50 70); the widget shows them as written",
    allows: ({ kind, value }, { posting }) => {
      const digits = phoneDigits(kind === 'link' ? value.replace(/ → tel:.*$/, '') : value);
      return (kind === 'text' || (kind === 'link' && value.includes('→ tel:'))) && !!digits && posting.body.replace(/\D/g, '').includes(digits);
    },
  },
  {
    reason:
      "a heading inside an accordion stays below the accordion's title whatever its Markdown level; in Hugo's flat page a `###` there is the title's sibling",
    allows: ({ kind, value }, { widget }) => kind === 'heading' && widget.headings.some((heading) => heading.contained && heading.words === wordsOf(value)),
  },
];
