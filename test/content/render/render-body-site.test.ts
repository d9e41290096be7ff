/**
 * The body renderer reads postings as the company's Hugo site shows them (docs/hugo-parity.md):
 * parameters as the templates read them, typography, the outline of headings, references that
 * did not resolve, embedded frames, the posting's own button, broken tags, contact cards.
 * test/e2e/hugo-parity.test.mjs holds the same rules against Hugo's own output.
 */
import { expect } from '@open-wc/testing';
import { allElementsDefined } from '../../support/elements.js';
import { loadSanitizer, renderBody, type RenderOptions } from '../../../src/content/render/render-body.js';

before(allElementsDefined);
before(loadSanitizer);

const BASE = 'https://feeds.example/jobs/feed.json';
const PRIVATE_USE = /[\uE000-\uF8FF]/;

function render(body: string, options: Partial<RenderOptions> = {}) {
  const { fragment, warnings } = renderBody(body, { baseUrl: BASE, headingLevel: 2, ...options });
  const container = document.createElement('div');
  container.append(fragment);
  return { container, warnings };
}

/** Every text and attribute of the rendered body. */
function everything(container: Element): string {
  return [container.textContent ?? '', ...[...container.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((a) => a.value))].join('\n');
}

describe('renderBody: parameters as the site reads them', () => {
  it('reads localbutton by position (the form before 2024) and by name; site paths get a trailing slash', () => {
    const { container } = render(
      [
        '{{% localbutton "upload application" "https://upload.example/x" %}}',
        '{{% localbutton text="open the form" link="/apply/form" %}}',
        '{{% localbutton text="our team" linkref="/about#team" link="https://ignored.example/" %}}',
      ].join('\n\n'),
    );
    const actions = [...container.querySelectorAll('a.action--button')];
    expect(actions.map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['upload application', 'https://upload.example/x'],
      ['open the form', 'https://feeds.example/apply/form/'],
      ['our team', 'https://feeds.example/about/#team'],
    ]);
  });

  it("shows an icon block's description as words, where its template takes HTML", () => {
    const { container } = render('{{< icon-block-horisontal text="Apply" description="Send <b>your CV</b> &amp; a letter" link="https://x.example/" >}}');
    expect(container.querySelector('careers-apply-button')?.getAttribute('description')).to.equal('Send your CV & a letter');
  });
});

describe('renderBody: typography as Goldmark sets it', () => {
  it('in the Markdown, never in code or in the parameters the templates print as written', () => {
    const { container } = render(
      [
        "You're here -- and it's \"late\"... <<ja>>",
        '`don\'t "touch"`',
        '{{% accordion title="Don\'t panic" %}}\nIt\'s calm.\n{{% /accordion %}}',
        '{{% note "It\'s fine" %}}\nWe\'ve got coffee.\n{{% /note %}}',
      ].join('\n\n'),
    );
    expect(container.querySelector('p')?.textContent).to.equal('You’re here – and it’s “late”… «ja»');
    expect(container.querySelector('code')?.textContent).to.equal('don\'t "touch"');
    expect(container.querySelector('careers-accordion')?.getAttribute('heading')).to.equal("Don't panic");
    expect(container.querySelector('careers-accordion p')?.textContent).to.equal('It’s calm.');
    expect(container.querySelector('.note-title')?.textContent).to.equal("It's fine");
    expect(container.querySelector('.note p:not(.note-title)')?.textContent).to.equal('We’ve got coffee.');
  });

  it('counts an open quote on through an accordion of the same page, in source order', () => {
    const { container } = render('"Open\n\n{{% accordion title="x" %}}\nthen 5\'2" closes it.\n{{% /accordion %}}');
    expect(container.querySelector('careers-accordion p')?.textContent).to.equal('then 5\'2” closes it.');
  });

  it('links bare addresses by Goldmark\'s rules: not after a no-break space', () => {
    const { container } = render('Mail jobs@nordlys.example or\u00a0hr@nordlys.example.');
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:jobs@nordlys.example']);
  });
});

describe('renderBody: the outline of headings', () => {
  const depths = (container: Element) =>
    [...container.querySelectorAll('[data-heading-depth]')].map((element) => [
      element.localName,
      element.getAttribute('heading') ?? element.textContent,
      element.getAttribute('data-heading-depth'),
      element.getAttribute('heading-level') ?? element.localName.slice(1),
    ]);

  it("puts an accordion's and a card's title where the site's templates put them: an h3, one below a ## section", () => {
    const { container } = render(
      [
        '## FAQ',
        '{{% accordion title="Can I work remotely?" %}}\n#### Yes, mostly\nSome days.\n\n## A section inside\nStill inside.\n{{% /accordion %}}',
        '### Your team',
        '{{< horisontal-card cardtitle="Got questions?" link="mailto:a@b.example" text="Ask." >}}',
        '##### Skipped levels',
      ].join('\n\n'),
      { headingLevel: 2 },
    );
    expect(depths(container)).to.deep.equal([
      ['h3', 'FAQ', '1', '3'],
      ['careers-accordion', 'Can I work remotely?', '2', '4'],
      ['h5', 'Yes, mostly', '3', '5'],
      // A heading inside an accordion stays below its title, whatever the Markdown says.
      ['h5', 'A section inside', '3', '5'],
      ['h4', 'Your team', '2', '4'],
      ['careers-contact-card', 'Got questions?', '2', '4'],
      ['h5', 'Skipped levels', '3', '5'],
    ]);
  });

  it('nests an accordion at the top of a body under the posting title, one level below it', () => {
    const { container } = render('{{% accordion title="Before you apply" %}}\nRead this.\n{{% /accordion %}}', { headingLevel: 3 });
    expect(depths(container)).to.deep.equal([['careers-accordion', 'Before you apply', '1', '4']]);
  });
});

describe('renderBody: what Hugo would link, embed and show', () => {
  it('keeps the words of a link whose address is a ref the CLI did not resolve, and no marker reaches the page', () => {
    const { container, warnings } = render('Our [research group]({{% relref "/about/research.md" %}}) and {{< ref "x" >}} more.');
    const link = container.querySelector('a')!;
    expect(link.textContent).to.equal('research group');
    expect(link.hasAttribute('href')).to.equal(false);
    expect(container.textContent).to.equal('Our research group and  more.');
    expect(everything(container)).not.to.match(PRIVATE_USE);
    expect(warnings.join('\n')).to.contain('relref "/about/research.md" was not resolved');
  });

  it('never lets a private-use character through, written in the body or made by the renderer', () => {
    const { container } = render('Icons \uF0E0 \uE001 and {{< inline "a\uE000b" >}} [x](\uE000/y) ![p](\uF8FF.png) <span title="\uE123">t</span>');
    expect(everything(container)).not.to.match(PRIVATE_USE);
  });

  it('embeds videos and raw frames as careers-embed cards, never as frames', () => {
    const { container } = render(
      [
        '{{< youtube M7lc1UVf-VE >}}',
        '{{< vimeo id="76979871" title="Boats" thumbnail="/img/boats.jpg" >}}',
        '<iframe src="https://forms.example/apply" title="Apply here" onload="x()"></iframe>',
        '{{< youtube "bad id!" >}}',
        '<iframe src="javascript:alert(1)"></iframe>',
      ].join('\n\n'),
      { frames: 'none' },
    );
    expect(container.querySelector('iframe')).to.equal(null);
    const embeds = [...container.querySelectorAll('careers-embed')];
    expect(embeds.map((e) => [e.getAttribute('src'), e.getAttribute('frame-title'), e.getAttribute('frames'), e.getAttribute('thumbnail')])).to.deep.equal([
      ['https://www.youtube.com/embed/M7lc1UVf-VE', null, 'none', null],
      // A preview image only where the posting gives one: none is fetched from the video's site.
      ['https://player.vimeo.com/video/76979871', 'Boats', 'none', 'https://feeds.example/img/boats.jpg'],
      ['https://forms.example/apply', 'Apply here', 'none', null],
    ]);
  });

  it("shows the posting's own button where the body asks for it", () => {
    const withButton = render('Apply:\n\n{{% button %}}', { button: { url: 'https://jobs.example/x', label: 'Apply now', icon: 'fa-arrow-up-right-from-square' } });
    const action = withButton.container.querySelector('a.action--button')!;
    expect([action.textContent, action.getAttribute('href')]).to.deep.equal(['Apply now', 'https://jobs.example/x']);
    expect(action.querySelector('svg.icon')).to.not.equal(null);
    const without = render('Apply:\n\n{{% button %}}');
    expect(without.container.querySelector('a')).to.equal(null);
    expect(without.warnings.join()).to.contain("this posting has none");
  });

  it('reads a quote left open at the end of the line as closed; drops what stays broken, keeping its words', () => {
    const { container } = render(
      [
        '{{< icon-block-horisontal text="Apply here" link="https://apply.example/x>}}',
        'Before {{< localbutton text="Go there" link="https://x.example/\nAfter.',
        'Also {{< note "Unclosed',
      ].join('\n\n'),
    );
    expect(container.querySelector('careers-apply-button')?.getAttribute('href')).to.equal('https://apply.example/x');
    expect(container.textContent).to.contain('Before Go there').and.to.contain('After.').and.to.contain('Also Unclosed');
    expect(container.textContent).not.to.match(/\{\{|\}\}|https:/);
  });

  it('gives a contact card the name as text, a bare picture name from /img/people/, and e-mail addresses that break only at @ and dots', () => {
    const { container } = render(
      [
        '{{< contact picture="kari.webp" name="Kari Nordmann" email="kari@nordlys.example" >}}',
        '{{< horisontal-card cardtitle="Questions?" text="Write to kari.nordmann@stations.nordlys.example today." link="mailto:kari@nordlys.example" >}}',
      ].join('\n\n'),
    );
    const [contact, card] = container.querySelectorAll('careers-contact-card');
    expect(contact.getAttribute('image')).to.equal('https://feeds.example/img/people/kari.webp');
    expect(contact.getAttribute('name')).to.equal('Kari Nordmann');
    expect(contact.hasAttribute('heading')).to.equal(false);
    const address = card.querySelector('span.email')!;
    expect(address.textContent).to.equal('kari.nordmann@stations.nordlys.example');
    expect(address.innerHTML).to.equal('<span>kari</span><wbr><span>.nordmann@</span><wbr><span>stations</span><wbr><span>.nordlys</span><wbr><span>.example</span>');
  });
});
