import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersWidget, Feed } from '../../src/careers-widget.js';
import { employmentTypes } from '../../src/seo/job-posting-ld.js';

before(allElementsDefined);

const FEED: Feed = {
  version: 1,
  organization: { name: 'Nordlys Cloud', url: 'https://nordlys.example', logo: 'https://nordlys.example/logo.png' },
  postings: [
    {
      id: 'platform-oslo',
      lang: 'en',
      title: 'Platform Engineer',
      datePosted: '2026-11-20',
      validThrough: '2027-01-15',
      team: 'Platform',
      location: 'Oslo',
      employmentType: 'Full time',
      url: 'https://nordlys.example/careers/platform-engineer/',
      body: '{{< ingress >}}\nRun **Kubernetes**.\n{{< /ingress >}}\n\n## The role\n\n<img src=x onerror="window.__xss=1">\n\n{{% accordion title="How we hire" %}}\n1. Talk\n{{% /accordion %}}\n\n{{< icon-block-horisontal text="Apply" link="https://jobs.nordlys.example/a" >}}',
    },
    { id: 'network-remote', lang: 'en', title: 'Network Engineer', datePosted: '2026-10-02', location: 'Remote in Europe', employmentType: 'Deltid, vikariat', body: 'BGP.' },
  ],
};

// Google's required properties for a JobPosting, and the recommended ones the feed can fill.
const REQUIRED = ['title', 'description', 'datePosted', 'hiringOrganization'];
const SCHEMA_EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'];

const jsonLdScripts = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];
const jsonLd = () => jsonLdScripts().map((script) => JSON.parse(script.textContent!));

async function widgetAt(hash: string, structured = true, feed: Feed = FEED) {
  history.replaceState(null, '', hash);
  const widget = await fixture<CareersWidget>(html`<careers-widget ?structured-data=${structured} .feed=${feed}></careers-widget>`);
  await waitFor(() => widget.shadowRoot!.querySelector('careers-job-card, careers-job-posting'), 'the widget did not render');
  return widget;
}

const identifiers = () => jsonLd().map((data) => data.identifier.value);

/**
 * The positive control of a test that expects no JSON-LD: a widget (no routing) that describes
 * `network-remote` once its card is pressed. Made after the widget under test, it writes after
 * it would have, so once its JSON-LD is in the head, any the other would write is there too.
 */
async function describedByControl() {
  const control = await fixture<CareersWidget>(html`<careers-widget routing="none" structured-data .feed=${FEED}></careers-widget>`);
  const card = await waitFor(() => control.shadowRoot!.querySelector('careers-job-card[data-id="network-remote"]'), 'the control did not render');
  card.shadowRoot!.querySelector('a')!.click();
  await waitFor(() => identifiers().includes('network-remote'), 'the control was not described');
}

describe('structured data for search engines', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('describes the open posting as a JobPosting in the document head, with Google’s required properties', async () => {
    await widgetAt('#careers/platform-oslo');
    await waitFor(() => jsonLd().length === 1, 'no JSON-LD in the head');
    const [data] = jsonLd();
    for (const property of REQUIRED) expect(data, property).to.have.property(property).that.is.not.empty;
    expect(data['@context']).to.equal('https://schema.org/');
    expect(data['@type']).to.equal('JobPosting');
    expect(data.title).to.equal('Platform Engineer');
    expect(data.datePosted).to.equal('2026-11-20');
    expect(data.validThrough).to.equal('2027-01-15');
    expect(data.employmentType).to.equal('FULL_TIME');
    expect(data.hiringOrganization).to.deep.equal({ '@type': 'Organization', name: 'Nordlys Cloud', sameAs: 'https://nordlys.example', logo: 'https://nordlys.example/logo.png' });
    expect(data.jobLocation).to.deep.equal({ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Oslo' } });
    expect(data.identifier).to.deep.equal({ '@type': 'PropertyValue', name: 'Nordlys Cloud', value: 'platform-oslo' });
    expect(data.url).to.equal('https://nordlys.example/careers/platform-engineer/');
    expect(data.directApply).to.equal(false);
  });

  it('gives the rendered, sanitised body as HTML, with no widget elements and nothing that runs', async () => {
    await widgetAt('#careers/platform-oslo');
    await waitFor(() => jsonLd().length === 1, 'no JSON-LD in the head');
    const description = new DOMParser().parseFromString(jsonLd()[0].description, 'text/html').body;
    expect(description.querySelector('strong')?.textContent).to.equal('Kubernetes');
    expect(description.querySelector('h3')?.textContent).to.equal('The role');
    expect(description.textContent).to.contain('How we hire').and.to.contain('Talk');
    expect(description.querySelector('a[href="https://jobs.nordlys.example/a"]')?.textContent).to.equal('Apply');
    expect(description.querySelector('[onerror], script, careers-accordion, careers-apply-button, svg')).to.equal(null);
    expect(jsonLdScripts()[0].textContent).to.not.contain('<');
  });

  it('marks remote postings as TELECOMMUTE with where applicants may live', async () => {
    await widgetAt('#careers/network-remote');
    await waitFor(() => jsonLd().length === 1, 'no JSON-LD in the head');
    const [data] = jsonLd();
    expect(data.jobLocationType).to.equal('TELECOMMUTE');
    expect(data.applicantLocationRequirements).to.deep.equal({ '@type': 'AdministrativeArea', name: 'Europe' });
    expect(data.jobLocation).to.equal(undefined);
    expect(data.employmentType).to.deep.equal(['PART_TIME', 'TEMPORARY']);
    expect(data.url).to.equal(new URL('#careers/network-remote', location.href).href);
  });

  it('is replaced when another posting opens and removed when the posting closes or the widget goes', async () => {
    const widget = await widgetAt('#careers/platform-oslo');
    await waitFor(() => jsonLd()[0]?.identifier.value === 'platform-oslo', 'not described');
    history.pushState(null, '', '#careers/network-remote');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => jsonLd()[0]?.identifier.value === 'network-remote', 'not replaced');
    expect(jsonLdScripts()).to.have.length(1);
    history.pushState(null, '', location.pathname + location.search);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => jsonLdScripts().length === 0, 'not removed when the posting closed');
    history.pushState(null, '', '#careers/platform-oslo');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => jsonLdScripts().length === 1, 'not described again');
    widget.remove();
    await waitFor(() => jsonLdScripts().length === 0, 'not removed with the widget');
  });

  it('writes nothing without the attribute, or without the feed’s organization', async () => {
    await widgetAt('#careers/platform-oslo', false);
    await describedByControl();
    expect(identifiers(), 'without the attribute').to.deep.equal(['network-remote']);
    await fixtureCleanup();
    await waitFor(() => jsonLdScripts().length === 0, 'the control’s JSON-LD was not removed');

    await widgetAt('#careers/platform-oslo', true, { ...FEED, organization: undefined });
    await describedByControl();
    expect(identifiers(), 'without the organization').to.deep.equal(['network-remote']);
  });

  it('describes only a posting the widget shows: none that has expired', async () => {
    history.replaceState(null, '', '#careers/platform-oslo');
    const afterExpiry = Date.UTC(2027, 1, 1); // platform-oslo is valid through 2027-01-15
    const widget = await fixture<CareersWidget>(html`<careers-widget structured-data .now=${afterExpiry} .feed=${FEED}></careers-widget>`);
    await waitFor(() => widget.shadowRoot!.querySelector('careers-job-card'), 'the list, with its notice, instead of the expired posting');
    history.pushState(null, '', '#careers/network-remote');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => jsonLd().length === 1, 'the posting that is still open is described');
    expect(jsonLd().map((data) => data.identifier.value)).to.deep.equal(['network-remote']);
    history.back();
    await waitFor(() => widget.shadowRoot!.querySelector('careers-job-card'), 'the list again');
    await describedByControl();
    expect(identifiers(), 'nothing for the expired one').to.deep.equal(['network-remote']);
  });

  it('maps employment types in four languages to schema.org values', () => {
    expect(employmentTypes('Full time')).to.deep.equal(['FULL_TIME']);
    expect(employmentTypes('Heltid')).to.deep.equal(['FULL_TIME']);
    expect(employmentTypes('Fuldtid')).to.deep.equal(['FULL_TIME']);
    expect(employmentTypes('Deltid')).to.deep.equal(['PART_TIME']);
    expect(employmentTypes('Praktik')).to.deep.equal(['INTERN']);
    expect(employmentTypes('Internship')).to.deep.equal(['INTERN']);
    expect(employmentTypes('Vikariat')).to.deep.equal(['TEMPORARY']);
    expect(employmentTypes('Something else')).to.deep.equal(['OTHER']);
    for (const text of ['Full time', 'Deltid', 'Praktik', 'x']) {
      for (const type of employmentTypes(text)) expect(SCHEMA_EMPLOYMENT_TYPES).to.include(type);
    }
  });
});
