import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../../support/wait.js';
import { allElementsDefined } from '../../support/elements.js';
import type { CareersJobPosting } from '../../../src/careers-widget.js';
import { loadSanitizer, renderBody } from '../../../src/content/render/render-body.js';

before(allElementsDefined);
// Raw HTML in a body needs the sanitiser, which loads on demand (test/content/render/render-body-lazy.test.ts).
before(loadSanitizer);

interface CorpusPage {
  file: string;
  source: string;
}

/** Just enough of a front-matter reader for this test: the CLI does the real thing. */
function splitPage(source: string) {
  const match = /^(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1\r?\n?([\s\S]*)$/.exec(source);
  const frontMatter = match?.[2] ?? '';
  const title = /^title\s*[:=]\s*"?(.*?)"?\s*$/im.exec(frontMatter)?.[1] ?? 'Untitled';
  return { title, body: match ? match[3] : source };
}

/** All text a reader can see, through every shadow root. */
function visibleText(root: Node): string {
  let text = '';
  for (const node of (root as ParentNode).childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
    else if (node instanceof Element) text += (node.shadowRoot ? visibleText(node.shadowRoot) : '') + visibleText(node);
  }
  return text;
}

describe('the real corpus (CAREERS_CORPUS, default ../shared/corpus/career)', function () {
  let pages: CorpusPage[] = [];

  before(async function () {
    const response = await fetch('/api/corpus');
    if (!response.ok) {
      console.log(`Skipping corpus tests: ${await response.text()}`);
      this.skip();
    }
    pages = await response.json();
  });

  it('has pages to test', () => {
    expect(pages.length).to.be.greaterThan(10);
  });

  it('renders every page with no raw shortcode text and every structural shortcode as an element', async function () {
    // Every page's render waits within its own ceiling (waitFor): the whole may take minutes on a loaded machine.
    this.timeout(0);
    for (const page of pages) {
      const { title, body } = splitPage(page.source);
      const posting = { id: 'corpus', lang: 'en', title, datePosted: '2026-01-01', body };
      const element = await fixture<CareersJobPosting>(html`<careers-job-posting .posting=${posting}></careers-job-posting>`);
      const bodyElement = await waitFor(() => element.shadowRoot!.querySelector('[part="body"][aria-busy="false"]'), `${page.file}: body did not render`);
      for (const child of bodyElement.querySelectorAll('*')) await (child as Partial<CareersJobPosting>).updateComplete;
      const text = visibleText(bodyElement);
      expect(text, page.file).not.to.match(/\{\{[<%]|[%>]\}\}/);
      const accordions = (body.match(/\{\{[<%]\s*accordion\s/g) ?? []).length;
      expect(bodyElement.querySelectorAll('careers-accordion').length, `${page.file}: accordions`).to.equal(accordions);
      const cards = (body.match(/\{\{<\s*(horisontal-card|contact)\s/g) ?? []).length;
      expect(bodyElement.querySelectorAll('careers-contact-card').length, `${page.file}: contact cards`).to.equal(cards);
    }
  });

  it('renders the heading anchors that in-page links of the corpus point to', () => {
    for (const page of pages) {
      const { body } = splitPage(page.source);
      const container = document.createElement('div');
      container.append(renderBody(body, { baseUrl: 'https://example.com/feed.json' }).fragment);
      for (const link of container.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
        const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
        if (!id) continue;
        expect(container.querySelector(`[id="${CSS.escape(id)}"]`), `${page.file}: #${id}`).to.not.equal(null);
      }
    }
  });
});
