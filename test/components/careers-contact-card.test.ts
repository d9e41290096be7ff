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

  it('drops images and links whose URL fails the policy', async () => {
    const element = await fixture<CareersContactCard>(
      html`<careers-contact-card image="javascript:alert(1)" href="javascript:alert(1)" heading="x"></careers-contact-card>`,
    );
    expect(element.shadowRoot!.querySelector('img, a')).to.equal(null);
  });

  it("shows the person's name as text, and their initials when the photo cannot be loaded", async () => {
    const element = await fixture<CareersContactCard>(html`<careers-contact-card
      image="/test/fixtures/img/people/nobody-here.webp"
      name="Kari Nordmann-Østby"
      href="mailto:kari@nordlys.example"
    ></careers-contact-card>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="name"]')?.textContent).to.equal('Kari Nordmann-Østby');
    expect(root.querySelector('[role="heading"]')).to.equal(null);
    await waitFor(() => root.querySelector('[part="initials"]'), 'the initials replace the broken photo');
    expect(root.querySelector('[part="initials"]')?.textContent).to.equal('KN');
    expect(root.querySelector('img')).to.equal(null);
    // A photo that loads stays a photo: the initials above are what a failure brings.
    const loads = await fixture<CareersContactCard>(html`<careers-contact-card image="/test/fixtures/img/people/kari.svg" name="Kari"></careers-contact-card>`);
    await waitFor(() => loads.shadowRoot!.querySelector('img')?.complete, 'the photo did not load');
    expect(loads.shadowRoot!.querySelector('[part="initials"]')).to.equal(null);
  });

  it('lets a long e-mail address wrap only after its @ and before its dots', async () => {
    const address = 'kari.nordmann-ostby.station-manager@research-stations.fjordlys.example';
    const element = await fixture<CareersContactCard>(html`<careers-contact-card style="width: 12rem" href=${`mailto:${address}`}></careers-contact-card>`);
    const link = element.shadowRoot!.querySelector('[part="action"]')!;
    expect(link.textContent).to.equal(address);
    expect(link.querySelector('.email')!.innerHTML.replace(/<!--.*?-->/g, '')).to.equal(
      '<span>kari</span><wbr><span>.nordmann-ostby</span><wbr><span>.station-manager@</span><wbr><span>research-stations</span><wbr><span>.fjordlys</span><wbr><span>.example</span>',
    );
    // Each line the address breaks into starts after an @ or at a dot: never inside a word.
    const text = link.querySelector('.email')!.firstChild!.parentNode!;
    const range = document.createRange();
    const lines = new Map<number, string>();
    const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        lines.set(top, (lines.get(top) ?? '') + node.data[i]);
      }
    }
    expect(lines.size, 'it wraps in this narrow card').to.be.greaterThan(1);
    for (const line of [...lines.values()].slice(1)) expect(line, line).to.match(/^(\.|research)/);
  });
});

