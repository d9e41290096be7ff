import { expect } from '@open-wc/testing';
import { allElementsDefined } from '../../support/elements.js';
import { MAX_BODY_LENGTH, loadSanitizer, renderBody } from '../../../src/content/render/render-body.js';

before(allElementsDefined);
// Raw HTML in a body needs the sanitiser, which loads on demand (test/content/render/render-body-lazy.test.ts).
before(loadSanitizer);

const BASE = 'https://feeds.example/jobs/feed.json';

function render(body: string, options: { headingLevel?: number; postingId?: string } = {}) {
  const { fragment, warnings } = renderBody(body, { baseUrl: BASE, ...options });
  const container = document.createElement('div');
  container.append(fragment);
  return { container, warnings };
}

function expectNoShortcodeText(container: Element) {
  expect(container.textContent).not.to.match(/\{\{[<%]/);
}

describe('renderBody: Markdown', () => {
  it('renders headings, lists, emphasis and tables', () => {
    const { container } = render(
      '## Om rollen\n\nVi söker **dig** som gillar *öppen källkod*.\n\n- Ett\n- Två\n\n| Dag | Tid |\n|---|---|\n| Mån | 9 |\n',
    );
    expect(container.querySelector('h3')?.textContent).to.equal('Om rollen');
    expect(container.querySelector('strong')?.textContent).to.equal('dig');
    expect(container.querySelectorAll('li')).to.have.length(2);
    expect(container.querySelector('table td')?.textContent).to.equal('Mån');
  });

  it('nests body headings below the posting title, never skipping a level, and gives them Hugo ids', () => {
    const { container } = render('## Vill du bli vår nästa kollega?\n\n#### Detaljer\n\n## Vill du bli vår nästa kollega?', {
      headingLevel: 3,
    });
    const headings = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')];
    expect(headings.map((h) => h.localName)).to.deep.equal(['h4', 'h5', 'h4']);
    expect(headings.map((h) => h.getAttribute('data-heading-depth'))).to.deep.equal(['1', '2', '1']);
    expect(headings.map((h) => h.id)).to.deep.equal([
      'vill-du-bli-vår-nästa-kollega',
      'detaljer',
      'vill-du-bli-vår-nästa-kollega-1',
    ]);
  });

  it('resolves relative links and images against the feed URL, not the page', () => {
    const { container } = render('[Benefits](benefits.html) ![Team](../img/team.png)');
    expect(container.querySelector('a')?.getAttribute('href')).to.equal('https://feeds.example/jobs/benefits.html');
    expect(container.querySelector('img')?.getAttribute('src')).to.equal('https://feeds.example/img/team.png');
  });

  it('opens external links in a new tab without an opener and keeps fragment links in the posting', () => {
    const { container } = render('[Apply](https://ats.example/apply) and [the process](#process)');
    const [external, fragment] = container.querySelectorAll('a');
    expect(external.getAttribute('target')).to.equal('_blank');
    expect(external.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(fragment.getAttribute('href')).to.equal('#process');
    expect(fragment.hasAttribute('target')).to.equal(false);
  });

  it('drops unsafe URLs but keeps the text', () => {
    const { container } = render('[click me](javascript:alert(1)) ![x](data:image/png;base64,AAAA)');
    const link = container.querySelector('a');
    expect(link?.textContent).to.equal('click me');
    expect(link?.hasAttribute('href')).to.equal(false);
    expect(container.querySelector('img')?.hasAttribute('src')).to.not.equal(true);
  });

  it('sanitises raw HTML in the Markdown', () => {
    const { container } = render(
      '<script>window.__bad = 1</script><img src=x onerror="window.__bad=2"><iframe src="https://evil.example"></iframe><form><input></form>\n\n<b onclick="x()">bold</b>',
    );
    expect(container.querySelector('script, iframe, form, input')).to.equal(null);
    expect(container.querySelector('[onerror], [onclick]')).to.equal(null);
    expect(container.querySelector('b')?.textContent).to.equal('bold');
  });

  it('ignores a host page that changed the global marked or DOMPurify', async () => {
    const { container } = render('*plain emphasis*');
    expect(container.querySelector('em')?.textContent).to.equal('plain emphasis');
  });
});

describe('renderBody: shortcodes', () => {
  it('renders ingress as a lead block with Markdown inside', () => {
    const { container } = render('{{< ingress >}}\nWe build **open** clouds.\n{{< /ingress >}}\n\nBody.');
    const ingress = container.querySelector('.ingress');
    expect(ingress?.querySelector('strong')?.textContent).to.equal('open');
    expect(container.querySelector(':scope > p')?.textContent).to.equal('Body.');
  });

  it('renders accordion as careers-accordion, closed, with its id and Markdown content', () => {
    const { container } = render('{{% accordion title="Vår prosess" id="process" %}}\n1. Samtale\n1. Intervju\n{{% /accordion %}}');
    const accordion = container.querySelector('careers-accordion')!;
    expect(accordion.getAttribute('heading')).to.equal('Vår prosess');
    expect(accordion.id).to.equal('process');
    expect(accordion.open).to.equal(false);
    expect(accordion.querySelectorAll('ol > li')).to.have.length(2);
  });

  it('renders nothing for accordion-script and a spacer for distance', () => {
    const { container } = render('Text\n\n{{< accordion-script >}}\n\n{{< distance >}}');
    expect(container.querySelector('.distance')).to.not.equal(null);
    expect(container.textContent?.trim()).to.equal('Text');
  });

  it('renders icon-block-horisontal as careers-apply-button with the posting id', () => {
    const { container } = render(
      '{{< icon-block-horisontal color="#3C9BCD" icon="fa-solid fa-arrow-up-right-from-square" text="Søk her" description="Send CV-en din!" link="https://jobs.nordlys.example/apply/x" >}}',
      { postingId: 'plattform' },
    );
    const button = container.querySelector('careers-apply-button')!;
    expect(button.getAttribute('href')).to.equal('https://jobs.nordlys.example/apply/x');
    expect(button.getAttribute('label')).to.equal('Søk her');
    expect(button.getAttribute('description')).to.equal('Send CV-en din!');
    expect(button.getAttribute('icon')).to.equal('external');
    expect(button.getAttribute('posting-id')).to.equal('plattform');
  });

  it('renders horisontal-card (link or linkref) and contact as careers-contact-card', () => {
    const { container } = render(
      [
        '{{< horisontal-card image="/img/kari.webp" cardtitle="Spørsmål?" link="mailto:kari@nordlys.example" linktext="Send e-post" text="Kari svarer gjerne." alt="Kari" >}}',
        '{{< horisontal-card image="img/b.svg" cardtitle="Frågor?" linkref="tel:+4670000000" linktext="Ring" text="Ring oss." >}}',
        '{{< contact picture="img/p.svg" name="Maja Holm" title="Rekrytering" phone="+45 70 00 00 00" email="maja@nordlys.example" address="Strandgade 1" address-link="https://maps.example/?q=1" >}}',
      ].join('\n\n'),
    );
    const [card, second, contact] = container.querySelectorAll('careers-contact-card');
    expect(card.getAttribute('image')).to.equal('https://feeds.example/img/kari.webp');
    expect(card.getAttribute('image-alt')).to.equal('Kari');
    expect(card.getAttribute('href')).to.equal('mailto:kari@nordlys.example');
    expect(card.textContent?.trim()).to.equal('Kari svarer gjerne.');
    expect(second.getAttribute('href')).to.equal('tel:+4670000000');
    // The site prints a contact's name as text, not as a heading.
    expect(contact.hasAttribute('heading')).to.equal(false);
    expect(contact.getAttribute('name')).to.equal('Maja Holm');
    expect(contact.getAttribute('href')).to.equal('mailto:maja@nordlys.example');
    expect(contact.querySelector('a[href^="tel:"]')?.getAttribute('href')).to.equal('tel:+4570000000');
    expect(contact.querySelector('a[href^="https://maps"]')?.textContent).to.equal('Strandgade 1');
  });

  it('renders note with its title, positional or named, whatever the word', () => {
    const { container } = render(
      '{{% note "Kollektivavtal" %}}\nVi har **avtal**.\n{{% /note %}}\n\n{{% note title="Godt å vite" %}}\nTekst\n{{% /note %}}\n\n{{% note "info" %}}\nInfo text\n{{% /note %}}',
    );
    const notes = container.querySelectorAll('aside.note');
    expect(notes).to.have.length(3);
    expect(notes[0].querySelector('.note-title')?.textContent).to.equal('Kollektivavtal');
    expect(notes[0].querySelector('strong')?.textContent).to.equal('avtal');
    expect(notes[1].querySelector('.note-title')?.textContent).to.equal('Godt å vite');
    // The site's template shows `.Get 0` as the title: "info" too.
    expect(notes[2].querySelector('.note-title')?.textContent).to.equal('info');
  });

  it('renders inline as a run-in label inside list items', () => {
    const { container } = render('- {{< inline "Bygg:" >}} Du bygger API-er.\n- {{< inline "Drift:" >}} Du drifter dem.');
    const items = container.querySelectorAll('li');
    expect(items).to.have.length(2);
    expect(items[0].querySelector('strong.inline-label')?.textContent).to.equal('Bygg:');
    expect(items[0].textContent).to.equal('Bygg: Du bygger API-er.');
  });

  it('renders the button shortcodes as links styled as actions', () => {
    const { container } = render(
      [
        '{{% localbutton text="Last opp søknad" link="https://files.example/up" icon="fa-solid fa-arrow-right" %}}',
        '{{< localtextbutton "Les mer" "/om-oss/" >}}',
        '{{< 2calltoaction "Søk" "https://jobs.example/a" "Spør oss" "mailto:hr@nordlys.example" >}}',
        '{{< icon-block-small-container >}}\n    {{< icon-block-small icon="fa-solid fa-earth-europe" text="Read in Swedish" link="#svenska" color="#195F8C">}}\n{{< /icon-block-small-container >}}',
      ].join('\n\n'),
    );
    const actions = [...container.querySelectorAll('a.action')];
    expect(actions.map((a) => a.textContent?.trim())).to.deep.equal(['Last opp søknad', 'Les mer', 'Søk', 'Spør oss', 'Read in Swedish']);
    expect(actions.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://files.example/up',
      'https://feeds.example/om-oss/',
      'https://jobs.example/a',
      'mailto:hr@nordlys.example',
      '#svenska',
    ]);
    expect(actions[0].querySelector('svg.icon')).to.not.equal(null);
    expect(container.querySelector('.icon-row a.action--small')).to.not.equal(null);
    expect(container.querySelector('pre, code')).to.equal(null);
  });

  it('keeps the content of unknown shortcodes, drops their tags and warns', () => {
    const { container, warnings } = render(
      'Intro {{< gist abc >}} end.\n\n{{% highlight-box %}}\n**Viktig:** tekst\n{{% /highlight-box %}}',
    );
    expect(container.querySelector('strong')?.textContent).to.equal('Viktig:');
    expect(container.textContent).to.contain('Intro  end.');
    expect(warnings.join('\n')).to.contain('gist').and.to.contain('highlight-box');
    expectNoShortcodeText(container);
  });

  it('shows escaped shortcodes literally', () => {
    const { container } = render('Write `{{</* note */>}}` to make a note.');
    expect(container.querySelector('code')?.textContent).to.equal('{{< note >}}');
  });

  it('hoists block shortcodes out of paragraphs', () => {
    const { container } = render('Before\n{{< horisontal-card cardtitle="Hi" link="mailto:a@b.example" text="t" >}}\nAfter');
    const card = container.querySelector('careers-contact-card')!;
    expect(card.parentElement).to.equal(container);
    expect([...container.querySelectorAll('p')].map((p) => p.textContent?.trim())).to.deep.equal(['Before', 't', 'After']);
  });

  it('handles multi-line shortcodes with quotes, > and back-quoted values', () => {
    const { container } = render(
      '{{< icon-block-horisontal\n  text="Søk \\"nå\\""\n  description=`Svar innen > 2 uker`\n  link="https://jobs.example/x" >}}',
    );
    const button = container.querySelector('careers-apply-button')!;
    expect(button.getAttribute('label')).to.equal('Søk "nå"');
    expect(button.getAttribute('description')).to.equal('Svar innen > 2 uker');
  });

  it('drops unsafe URLs in shortcode parameters', () => {
    const { container } = render(
      '{{< icon-block-horisontal text="x" link="javascript:alert(1)" >}}\n\n{{< horisontal-card image="javascript:alert(1)" cardtitle="c" link="data:text/html,x" text="t" >}}\n\n{{% localbutton text="y" link="vbscript:x" %}}',
    );
    expect(container.querySelector('careers-apply-button')?.hasAttribute('href')).to.equal(false);
    const card = container.querySelector('careers-contact-card')!;
    expect(card.hasAttribute('image')).to.equal(false);
    expect(card.hasAttribute('href')).to.equal(false);
    expect(container.querySelector('a.action')?.hasAttribute('href')).to.equal(false);
    expect(container.querySelector('a.action')?.textContent).to.equal('y');
  });

  it('falls back to plain text for bodies over the size cap', () => {
    const { container, warnings } = render(`{{< ingress >}}${'x'.repeat(MAX_BODY_LENGTH)}{{< /ingress >}}`);
    expect(container.querySelector('.ingress')).to.equal(null);
    expect(container.textContent?.length).to.be.greaterThan(1000);
    expect(warnings[0]).to.contain('plain text');
    expectNoShortcodeText(container);
  });

  it('strips the private-use characters it uses as markers from the source', () => {
    const { container } = render('a\uE0000\uE001b {{< inline "L" >}}');
    expect(container.textContent?.trim()).to.equal('a0b L');
  });
});
