import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { allElementsDefined } from '../support/elements.js';
import type { CareersAccordion } from '../../src/careers-widget.js';

before(allElementsDefined);

describe('careers-accordion', () => {
  async function accordion() {
    return fixture<CareersAccordion>(html`<careers-accordion heading="Vår prosess" heading-level="4"><p>Innhold</p></careers-accordion>`);
  }

  it('starts closed with a toggle button inside a heading that controls the content', async () => {
    const element = await accordion();
    const heading = element.shadowRoot!.querySelector('[role="heading"]')!;
    const button = heading.querySelector('button')!;
    const content = element.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(heading.getAttribute('aria-level')).to.equal('4');
    expect(button.textContent?.trim()).to.equal('Vår prosess');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(content.hidden).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('opens and closes on click, reflecting open', async () => {
    const element = await accordion();
    const button = element.shadowRoot!.querySelector('button')!;
    button.click();
    await element.updateComplete;
    expect(element.open).to.equal(true);
    expect(element.hasAttribute('open')).to.equal(true);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(element.shadowRoot!.querySelector<HTMLElement>('[part="content"]')!.hidden).to.equal(false);
    await expect(element).to.be.accessible();
    button.click();
    await element.updateComplete;
    expect(element.open).to.equal(false);
  });

  it('toggles with Enter and Space', async () => {
    const element = await accordion();
    element.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.open).to.equal(true);
    await sendKeys({ press: ' ' });
    await element.updateComplete;
    expect(element.open).to.equal(false);
  });

  it('opens from the open attribute', async () => {
    const element = await fixture<CareersAccordion>(html`<careers-accordion heading="x" open>y</careers-accordion>`);
    expect(element.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
  });
});
