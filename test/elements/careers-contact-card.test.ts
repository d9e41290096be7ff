import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersContactCard } from '../../src/careers-widget.js';

before(allElementsDefined);

describe('careers-contact-card', () => {
  it('shows image, heading, slotted text and one action link', async () => {
    const element = await fixture<CareersContactCard>(html`<careers-contact-card
      image="/test/fixtures/img/people/kari.svg"
      image-alt="Kari Vik"
      heading="Har du spørsmål?"
      href="mailto:kari@nordlys.example"
      link-label="Send e-post"
      ><p>Kari svarer gjerne.</p></careers-contact-card
    >`);
    const root = element.shadowRoot!;
    expect(root.querySelector('img')?.getAttribute('alt')).to.equal('Kari Vik');
    expect(root.querySelector('[role="heading"]')?.textContent).to.equal('Har du spørsmål?');
    expect(root.querySelectorAll('a')).to.have.length(1);
    expect(root.querySelector('a')?.getAttribute('href')).to.equal('mailto:kari@nordlys.example');
    expect(root.querySelector('a')?.textContent).to.equal('Send e-post');
    expect(element.textContent).to.contain('Kari svarer gjerne.');
    await expect(element).to.be.accessible();
  });

  it('accepts tel: and https: actions and labels a bare one with its address', async () => {
    const phone = await fixture<CareersContactCard>(html`<careers-contact-card heading="Ring" href="tel:+4670000000"></careers-contact-card>`);
    expect(phone.shadowRoot!.querySelector('a')?.textContent).to.equal('+4670000000');
    const web = await fixture<CareersContactCard>(html`<careers-contact-card href="https://nordlys.example/kontakt"></careers-contact-card>`);
    expect(web.shadowRoot!.querySelector('a')?.getAttribute('href')).to.equal('https://nordlys.example/kontakt');
  });

  it('leaves out a photo that fails to load, and keeps one that loads', async () => {
    const shown = await fixture<CareersContactCard>(html`<careers-contact-card image="/test/fixtures/img/people/kari.svg" heading="x"></careers-contact-card>`);
    const image = shown.shadowRoot!.querySelector('img')!;
    await image.decode();
    await shown.updateComplete;
    expect(shown.shadowRoot!.querySelector('img'), 'a loaded photo stays').to.equal(image);
    const broken = await fixture<CareersContactCard>(html`<careers-contact-card image="/test/fixtures/img/nowhere.png" heading="x"></careers-contact-card>`);
    await waitFor(() => !broken.shadowRoot!.querySelector('img'), 'the broken photo is still shown');
  });

  it('drops images and links whose URL fails the policy', async () => {
    const element = await fixture<CareersContactCard>(
      html`<careers-contact-card image="javascript:alert(1)" href="javascript:alert(1)" heading="x"></careers-contact-card>`,
    );
    expect(element.shadowRoot!.querySelector('img, a')).to.equal(null);
  });
});
