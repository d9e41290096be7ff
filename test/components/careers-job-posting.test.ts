import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersJobPosting, Posting } from '../../src/careers-widget.js';

before(allElementsDefined);

const posting: Posting = {
  id: 'kontroller',
  lang: 'da',
  title: 'Controller til vores økonomiteam',
  datePosted: '2026-10-01',
  team: 'Økonomi',
  location: 'København',
  employmentType: 'Fuldtid',
  image: 'https://cdn.example/img/team.svg',
  apply: { url: 'https://jobs.nordlys.example/apply/kontroller', label: 'Søg stillingen' },
  body: '## Om jobbet\n\nDu får ansvar for **regnskabet**.\n\n{{% accordion title="Sådan ansætter vi" id="proces" %}}\n1. Samtale\n{{% /accordion %}}\n\nLæs om [processen](#proces).',
};

async function rendered(template: ReturnType<typeof html>) {
  const element = await fixture<CareersJobPosting>(template);
  await waitFor(() => element.shadowRoot!.querySelector('[part="body"] h3'), 'body did not render');
  return element;
}

describe('careers-job-posting', () => {
  it('shows title, facts, apply button and the rendered body', async () => {
    const element = await rendered(html`<careers-job-posting .posting=${posting} back-href="/jobs"></careers-job-posting>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="title"]')?.textContent).to.equal('Controller til vores økonomiteam');
    expect(root.querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('2');
    expect(root.querySelector('[part="meta"]')?.textContent).to.contain('København');
    expect(root.querySelector('careers-apply-button')?.getAttribute('href')).to.equal(posting.apply!.url);
    expect(root.querySelector('careers-apply-button')?.getAttribute('label')).to.equal('Søg stillingen');
    expect(root.querySelector('[part="body"] h3')?.textContent).to.equal('Om jobbet');
    expect(root.querySelector('[part="body"] strong')?.textContent).to.equal('regnskabet');
    expect(root.querySelector('article')?.getAttribute('lang')).to.equal('da');
    await expect(element).to.be.accessible();
  });

  it('nests the body below a configured title level', async () => {
    const element = await fixture<CareersJobPosting>(html`<careers-job-posting .posting=${posting} heading-level="3"></careers-job-posting>`);
    await waitFor(() => element.shadowRoot!.querySelector('[part="body"] h4'), 'body did not render');
    expect(element.shadowRoot!.querySelector('[part="title"]')?.getAttribute('aria-level')).to.equal('3');
  });

  it('offers a way back that asks the widget first', async () => {
    const element = await rendered(html`<careers-job-posting .posting=${posting} back-href="/jobs"></careers-job-posting>`);
    const back = element.shadowRoot!.querySelector<HTMLAnchorElement>('a[part="back"]')!;
    expect(back.textContent).to.contain('All positions');
    element.addEventListener('careers-back', (event) => event.preventDefault(), { once: true });
    const asked = oneEvent(element, 'careers-back');
    back.click();
    await asked;
  });

  it('has no back link without back-href', async () => {
    const element = await rendered(html`<careers-job-posting .posting=${posting}></careers-job-posting>`);
    expect(element.shadowRoot!.querySelector('[part="back"]')).to.equal(null);
  });

  it('opens the accordion a #id link names, without changing the page URL', async () => {
    const element = await rendered(html`<careers-job-posting .posting=${posting}></careers-job-posting>`);
    const before = location.href;
    const accordion = element.shadowRoot!.querySelector('careers-accordion')!;
    element.shadowRoot!.querySelector<HTMLAnchorElement>('a[href="#proces"]')!.click();
    await accordion.updateComplete;
    expect(accordion.open).to.equal(true);
    expect(location.href).to.equal(before);
  });

  it('drops an unsafe image or apply URL', async () => {
    const hostile = { ...posting, image: 'javascript:alert(1)', apply: { url: 'javascript:alert(1)' } };
    const element = await rendered(html`<careers-job-posting .posting=${hostile}></careers-job-posting>`);
    expect(element.shadowRoot!.querySelector('img[part="image"], careers-apply-button')).to.equal(null);
  });

  it('leaves out a header image that fails to load (no broken-image icon in any engine), and keeps one that loads', async () => {
    const shown = await rendered(html`<careers-job-posting .posting=${{ ...posting, image: '/test/fixtures/img/people/kari.svg' }}></careers-job-posting>`);
    const image = shown.shadowRoot!.querySelector<HTMLImageElement>('img[part="image"]')!;
    await image.decode();
    await shown.updateComplete;
    expect(shown.shadowRoot!.querySelector('img[part="image"]'), 'a loaded image stays').to.equal(image);

    const broken = await rendered(html`<careers-job-posting .posting=${{ ...posting, image: '/test/fixtures/img/nowhere.png' }}></careers-job-posting>`);
    await waitFor(() => !broken.shadowRoot!.querySelector('img[part="image"]'), 'the broken image is still shown');
    broken.posting = { ...posting, id: 'next', image: '/test/fixtures/img/people/elin.svg' };
    await broken.updateComplete;
    expect(broken.shadowRoot!.querySelector('img[part="image"]'), 'the next posting’s image').to.not.equal(null);
  });

  it('re-renders the body when the posting changes', async () => {
    const element = await rendered(html`<careers-job-posting .posting=${posting}></careers-job-posting>`);
    element.posting = { ...posting, id: 'other', body: '## Andet\n\nNy tekst' };
    await waitFor(() => element.shadowRoot!.querySelector('[part="body"] h3')?.textContent === 'Andet', 'body did not change');
    expect(element.shadowRoot!.querySelector('careers-accordion')).to.equal(null);
  });

  it("links to the posting's page on the company's site, shows its own button, and passes frames on to its embeds", async () => {
    const withPage: Posting = {
      ...posting,
      url: 'https://www.nordlys.example/careers/kontroller/',
      button: { url: 'https://jobs.nordlys.example/apply/kontroller', label: 'Søg nu' },
      body: '## Om jobbet\n\n{{% button %}}\n\n{{< youtube M7lc1UVf-VE >}}',
    };
    const element = await rendered(html`<careers-job-posting .posting=${withPage} frames="none"></careers-job-posting>`);
    const root = element.shadowRoot!;
    const site = root.querySelector<HTMLAnchorElement>('[part="site-link"] a')!;
    expect([site.href, site.textContent]).to.deep.equal(['https://www.nordlys.example/careers/kontroller/', 'Read on our site']);
    expect(root.querySelector('[part="body"] a.action--button')?.textContent).to.equal('Søg nu');
    expect(root.querySelector('[part="body"] careers-embed')?.getAttribute('frames')).to.equal('none');
    // Without a page on the site there is no such link.
    const without = await rendered(html`<careers-job-posting .posting=${posting}></careers-job-posting>`);
    expect(without.shadowRoot!.querySelector('[part="site-link"]')).to.equal(null);
  });
});

