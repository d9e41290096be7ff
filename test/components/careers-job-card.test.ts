import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersJobCard, Posting } from '../../src/careers-widget.js';

before(allElementsDefined);

const posting: Posting = {
  id: 'driftstekniker',
  lang: 'nb',
  title: 'Driftstekniker',
  intro: 'Hold datasenteret i gang.',
  datePosted: '2026-03-05',
  team: 'Drift',
  location: 'Bergen',
  employmentType: 'Heltid',
  body: 'Tekst',
};

describe('careers-job-card', () => {
  it('shows title as a link in a heading, intro, team, location, type and a localised date', async () => {
    const element = await fixture<CareersJobCard>(html`<div lang="en-GB"><careers-job-card .posting=${posting} href="#jobs/driftstekniker"></careers-job-card></div>`);
    const card = element.querySelector('careers-job-card')!;
    await card.updateComplete;
    const root = card.shadowRoot!;
    const heading = root.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.querySelector('a')?.textContent).to.equal('Driftstekniker');
    expect(heading.querySelector('a')?.getAttribute('href')).to.equal('#jobs/driftstekniker');
    expect(root.querySelector('[part="intro"]')?.textContent).to.equal('Hold datasenteret i gang.');
    const facts = root.querySelector('[part="meta"]')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).to.contain('Drift').and.to.contain('Bergen').and.to.contain('Heltid');
    expect(root.querySelector('time')?.getAttribute('datetime')).to.equal('2026-03-05');
    expect(root.querySelector('time')?.textContent).to.equal(`Posted ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-03-05'))}`);
    expect(root.querySelector('article')?.getAttribute('lang')).to.equal('nb');
    await expect(card).to.be.accessible();
  });

  it('leaves out missing optional fields', async () => {
    const element = await fixture<CareersJobCard>(html`<careers-job-card .posting=${{ id: 'x', lang: 'en', title: 'Open application', datePosted: '2026-01-01', body: '' }}></careers-job-card>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="intro"]')).to.equal(null);
    expect(root.querySelector('[part="meta"]')).to.equal(null);
    expect(root.querySelector('[part="footer"] time')).to.not.equal(null);
  });

  it('asks to open on a plain click and follows its href when nobody handles it', async () => {
    const element = await fixture<CareersJobCard>(html`<careers-job-card .posting=${posting} href="#card-test"></careers-job-card>`);
    const link = element.shadowRoot!.querySelector('a')!;
    const opened = oneEvent(element, 'careers-open');
    link.click();
    expect((await opened).detail.id).to.equal('driftstekniker');
    await waitFor(() => location.hash === '#card-test', 'the link was not followed');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('is reachable and opens by keyboard: a real link', async () => {
    const element = await fixture<CareersJobCard>(html`<careers-job-card .posting=${posting}></careers-job-card>`);
    element.focus();
    expect(element.shadowRoot!.activeElement?.localName).to.equal('a');
  });

  it('refuses an unsafe href', async () => {
    const element = await fixture<CareersJobCard>(html`<careers-job-card .posting=${posting} href="javascript:alert(1)"></careers-job-card>`);
    expect(element.shadowRoot!.querySelector('a')?.getAttribute('href')).to.equal('#driftstekniker');
  });
});
