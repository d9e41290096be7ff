/**
 * Bodies built to freeze or overflow the page: deep nesting of every kind, huge
 * bodies, a renderer failure. Each renders promptly, as formatted text or as plain text, and
 * never throws; a posting whose body cannot be rendered shows its text.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../../support/wait.js';
import { openOnlyPosting } from '../../support/one-posting.js';
import { MAX_BODY_LENGTH, MAX_ELEMENT_DEPTH, loadSanitizer, renderBody } from '../../../src/content/render/render-body.js';
import { MAX_BLOCK_NESTING, MAX_INLINE_NESTING, nestsTooDeep } from '../../../src/content/parse/nesting.js';
import { MAX_RAW_HTML_ELEMENTS } from '../../../src/content/render/raw-html.js';

const BASE = 'https://feeds.example/jobs/feed.json';

function depthOf(root: Node): number {
  let deepest = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let depth = 0;
    for (let up: Node | null = node; up && up !== root; up = up.parentNode) depth++;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

// No timing assertions (the machine's load decides timings): the test's own timeout is the
// guard against a freeze; `npm run bench` measures speed.
function renderInto(body: string) {
  const result = renderBody(body, { baseUrl: BASE });
  const container = document.createElement('div');
  container.append(result.fragment);
  return { ...result, container };
}

const HOSTILE: Record<string, string> = {
  '100k nested >': '>'.repeat(100_000) + ' deep quote',
  '50k nested "> "': '> '.repeat(50_000) + 'deep quote',
  '50k nested list markers': '- '.repeat(50_000) + 'deep item',
  '40k nested ordered markers': '1. '.repeat(40_000) + 'deep item',
  'lists nested by indentation': Array.from({ length: 400 }, (_, level) => '  '.repeat(level) + '- level').join('\n'),
  'a quote deeper on every line': Array.from({ length: 600 }, (_, level) => '>'.repeat(level + 1) + ' line').join('\n'),
  '99k * around a word': '*'.repeat(99_000) + 'word' + '*'.repeat(99_000),
  '30k nested emphasis': 'a *'.repeat(30_000) + 'word' + '* a'.repeat(30_000),
  '20k nested strong and em': '**a _'.repeat(20_000) + 'word',
  '30k nested strikethrough': '~~a '.repeat(30_000) + 'word',
  '18k nested <div>': '<div>'.repeat(18_000) + 'deep' + '</div>'.repeat(18_000),
  '16k nested <blockquote>': '<blockquote>'.repeat(16_000) + 'deep',
  '1000 nested <div>, each closed by a stray end tag': '<div></span>'.repeat(1_000) + 'deep',
  '20k nested <ul><li>': '<ul><li>'.repeat(20_000) + 'deep',
  '16k nested <div> in the text of an inline <pre>': 'x <pre> ' + '<div a=b"c>'.repeat(16_000),
  '60k unclosed <b>': 'text ' + '<b>'.repeat(60_000),
  '40k nested links': '['.repeat(40_000) + 'x](y)' + ']'.repeat(40_000),
  '7k nested shortcodes': '{{< note >}}'.repeat(7_000) + 'deep' + '{{< /note >}}'.repeat(7_000),
  '6k standalone shortcodes': '{{< accordion title="x" >}} text '.repeat(6_000),
  'a full-size body of mixed Markdown': ('## Role\n\n- **Build** things with [links](https://example.com/) and `code`\n\n> quote\n\n').repeat(2_300),
};

// Raw HTML in a body needs the sanitiser, which loads on demand (test/content/render/render-body-lazy.test.ts).
before(loadSanitizer);

describe('hostile bodies render promptly, as text when they nest too deeply', () => {
  for (const [name, body] of Object.entries(HOSTILE)) {
    it(name, () => {
      expect(body.length, 'the body fits the feed format').to.be.at.most(MAX_BODY_LENGTH);
      const { container } = renderInto(body);
      expect(depthOf(container), 'element depth').to.be.at.most(MAX_ELEMENT_DEPTH + 4);
      expect(container.textContent!.length, 'some text is shown').to.be.greaterThan(0);
    });
  }

  it('counts the elements opened in the text of a raw <pre>, which marked passes on as written', () => {
    // `<div a=b"c>` is no tag to marked (a quote in an unquoted value), but one to the browser.
    const { container, warnings } = renderInto('x <pre> ' + '<div a=b"c>'.repeat(MAX_RAW_HTML_ELEMENTS + 1));
    expect(warnings.join()).to.contain(`more than ${MAX_RAW_HTML_ELEMENTS} HTML elements`);
    expect(container.querySelector('div, pre')).to.equal(null);
  });

  it('shows a body over the size limit as plain text, cut at the limit', () => {
    const { container, warnings } = renderInto('**bold** '.repeat(40_000));
    expect(container.querySelector('strong')).to.equal(null);
    expect(container.textContent!.length).to.be.at.most(MAX_BODY_LENGTH);
    expect(warnings.join()).to.contain('longer than');
  });

  it('keeps formatting for ordinary nesting and measures it the way marked nests', () => {
    const ordinary = '> - a *quote* with a **list**\n>   - nested _twice_\n>     1. and ~~thrice~~\n\n' + '*'.repeat(30) + '\n\n2 * 3 = 6, snake_case_name, __init__';
    expect(nestsTooDeep(ordinary)).to.equal(false);
    expect(nestsTooDeep('> '.repeat(MAX_BLOCK_NESTING) + 'x')).to.equal(false);
    expect(nestsTooDeep('> '.repeat(MAX_BLOCK_NESTING + 1) + 'x')).to.equal(true);
    expect(nestsTooDeep('a *'.repeat(MAX_INLINE_NESTING) + 'x')).to.equal(false);
    expect(nestsTooDeep('a *'.repeat(MAX_INLINE_NESTING + 1) + 'x')).to.equal(true);
    expect(nestsTooDeep('a *'.repeat(10) + '\n\n' + 'a *'.repeat(10)), 'a blank line ends the emphasis').to.equal(false);
    const { container } = renderInto(ordinary);
    expect(container.querySelector('blockquote ul ul ol del')).to.not.equal(null);
  });

  it('shows nested quotes past the limit as text, not as 17 boxes', () => {
    const { container, warnings } = renderInto('> '.repeat(MAX_BLOCK_NESTING + 1) + 'deep');
    expect(container.querySelector('blockquote')).to.equal(null);
    expect(container.textContent).to.contain('deep');
    expect(warnings.join()).to.contain('too deeply');
  });
});

describe('a posting whose body is too deep to render', () => {
  it('shows deep-nested text in the widget, not a crash', async () => {
    const body = await openOnlyPosting({ id: 'deep', lang: 'en', title: 'Deep', datePosted: '2026-01-01', body: '> '.repeat(60_000) + 'still readable' });
    await waitFor(() => body()?.textContent?.includes('still readable'), 'the text was not shown');
  });
});
