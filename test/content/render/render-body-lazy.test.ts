/**
 * The sanitiser loads only for bodies that hold raw HTML (render-body.ts): everything else is
 * built from marked's tokens (markdown-dom.ts). In order, in a page of its own: plain Markdown
 * first, with DOMPurify never requested; then raw HTML, which waits for it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../../support/wait.js';
import { allElementsDefined } from '../../support/elements.js';
import { renderBody } from '../../../src/content/render/render-body.js';
import type { CareersJobPosting } from '../../../src/careers-widget.js';

const BASE = 'https://jobs.example/feeds/feed.json';
// The sanitiser's own module, not raw-html-tokens.ts (which finds raw HTML and is always there).
const sanitizerRequested = () => performance.getEntriesByType('resource').some((entry) => /dompurify|purify|\/raw-html\.(ts|js)\b/i.test(entry.name));

const MARKDOWN = [
  '# Role &amp; team',
  'Text with &copy; 2026, AT&amp;T, &#x2603;, &lt;b&gt;not bold&lt;/b&gt;, \\*not emphasis\\* and `a <b> & c`.',
  '1. one\n2. **two** [link](../apply "Apply &amp; more")\n3. ![A &amp; B](../img/team.png)',
  '- tight *item*\n- ~~gone~~',
  '> quoted',
  '| a | b |\n|:--|--:|\n| 1 | 2 |',
  '```\n<script>x()</script>\n```',
  '[bad](javascript:alert(1)) ![bad](javascript:alert(1))',
  '{{< accordion title="More" >}}\nInside **bold**\n{{< /accordion >}}',
].join('\n\n');

describe('posting bodies without raw HTML', () => {
  before(allElementsDefined);

  it('render from tokens, as before, without ever loading the sanitiser', () => {
    const { fragment, warnings, pending } = renderBody(MARKDOWN, { baseUrl: BASE, headingLevel: 2 });
    expect(pending).to.equal(undefined);
    expect(warnings).to.deep.equal([]);
    const root = document.createElement('div');
    root.append(fragment);
    expect(root.querySelector('h3')?.textContent).to.equal('Role & team');
    // Hugo's id of `# Role &amp; team`, made from the heading's source: role-amp-team.
    expect(root.querySelector('h3')?.id).to.equal('role-amp-team');
    const text = root.querySelector('p')!;
    expect(text.textContent).to.equal('Text with © 2026, AT&T, ☃, <b>not bold</b>, *not emphasis* and a <b> & c.');
    expect(text.querySelector('b, em')).to.equal(null);
    expect(text.querySelector('code')?.textContent).to.equal('a <b> & c');
    const link = root.querySelector('ol a')!;
    expect(link.getAttribute('href')).to.equal('https://jobs.example/apply');
    expect(link.getAttribute('title')).to.equal('Apply & more');
    expect(root.querySelector('ol li:nth-child(2) strong')?.textContent).to.equal('two');
    const image = root.querySelector('img')!;
    expect([image.getAttribute('src'), image.alt, image.loading]).to.deep.equal(['https://jobs.example/img/team.png', 'A & B', 'lazy']);
    expect(root.querySelector('ul li em')?.textContent).to.equal('item');
    expect(root.querySelector('ul li del')?.textContent).to.equal('gone');
    expect(root.querySelector('blockquote p')?.textContent).to.equal('quoted');
    expect([...root.querySelectorAll('th, td')].map((cell) => `${cell.localName}:${cell.getAttribute('align')}:${cell.textContent}`)).to.deep.equal([
      'th:left:a',
      'th:right:b',
      'td:left:1',
      'td:right:2',
    ]);
    expect(root.querySelector('pre code')?.textContent).to.equal('<script>x()</script>\n');
    expect(root.querySelector('script')).to.equal(null);
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.not.include('javascript:alert(1)');
    expect(root.textContent).to.contain('bad');
    expect(root.querySelector('careers-accordion strong')?.textContent).to.equal('bold');
    expect(sanitizerRequested(), 'DOMPurify was requested').to.equal(false);
  });

  it('show in a posting at once, not busy', async () => {
    const posting = await fixture<CareersJobPosting>(
      html`<careers-job-posting .posting=${{ id: 'p', lang: 'en', title: 'P', datePosted: '2026-01-01', body: MARKDOWN }}></careers-job-posting>`,
    );
    const body = posting.shadowRoot!.querySelector('[part="body"]')!;
    expect(body.getAttribute('aria-busy')).to.equal('false');
    expect(body.querySelector('careers-accordion')).to.not.equal(null);
    expect(sanitizerRequested()).to.equal(false);
  });
});

describe('posting bodies with raw HTML', () => {
  const RAW = 'Intro.\n\n<div id="down" onclick="x()" style="color:red">Raw <b>bold</b><img src=x onerror=alert(1)></div>\n\n[Down](#down)';

  it('wait for the sanitiser, then render sanitised', async () => {
    const first = renderBody(RAW, { baseUrl: BASE });
    expect(first.pending, 'a pending sanitiser').to.be.instanceOf(Promise);
    expect(first.fragment.childNodes.length).to.equal(0);
    await first.pending;
    expect(sanitizerRequested()).to.equal(true);
    const { fragment, pending } = renderBody(RAW, { baseUrl: BASE });
    expect(pending).to.equal(undefined);
    const root = document.createElement('div');
    root.append(fragment);
    const div = root.querySelector('div#down')!;
    expect(div.querySelector('b')?.textContent).to.equal('bold');
    expect(root.querySelector('[onclick], [onerror], [style]')).to.equal(null);
  });

  it('show in a posting once the sanitiser is there, busy until then', async () => {
    const posting = await fixture<CareersJobPosting>(
      html`<careers-job-posting .posting=${{ id: 'raw', lang: 'en', title: 'Raw', datePosted: '2026-01-01', body: RAW }}></careers-job-posting>`,
    );
    const body = () => posting.shadowRoot!.querySelector('[part="body"]')!;
    await waitFor(() => body().getAttribute('aria-busy') === 'false', 'the body stayed busy');
    expect(body().querySelector('div#down b')).to.not.equal(null);
  });
});
