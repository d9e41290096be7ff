import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { allElementsDefined } from '../support/elements.js';
import type { CareersApplyButton } from '../../src/careers-widget.js';

before(allElementsDefined);

function link(element: CareersApplyButton) {
  return element.shadowRoot!.querySelector('a');
}

describe('careers-apply-button', () => {
  it('renders a link with label and description, opening other sites in a new tab without an opener', async () => {
    const element = await fixture<CareersApplyButton>(
      html`<careers-apply-button href="https://ats.example/apply/1" label="Søk nå" description="Send CV-en din" icon="external"></careers-apply-button>`,
    );
    const anchor = link(element)!;
    expect(anchor.getAttribute('href')).to.equal('https://ats.example/apply/1');
    expect(anchor.getAttribute('target')).to.equal('_blank');
    expect(anchor.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(element.shadowRoot!.querySelector('[part="label"]')?.textContent).to.equal('Søk nå');
    expect(element.shadowRoot!.querySelector('[part="description"]')?.textContent).to.equal('Send CV-en din');
    expect(element.shadowRoot!.querySelector('svg.icon')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('keeps same-origin and mailto links in the same tab', async () => {
    const element = await fixture<CareersApplyButton>(html`<careers-apply-button href="mailto:jobs@nordlys.example"></careers-apply-button>`);
    expect(link(element)!.hasAttribute('target')).to.equal(false);
    expect(element.shadowRoot!.querySelector('[part="label"]')?.textContent).to.equal('Apply');
  });

  it('fires careers-apply (bubbling, composed) with the posting id and URL', async () => {
    const element = await fixture<CareersApplyButton>(
      html`<careers-apply-button href="https://ats.example/a" posting-id="alpha"></careers-apply-button>`,
    );
    const anchor = link(element)!;
    anchor.addEventListener('click', (event) => event.preventDefault(), { once: true });
    const applied = oneEvent(document, 'careers-apply');
    anchor.click();
    const event = await applied;
    expect(event.detail).to.deep.equal({ postingId: 'alpha', url: 'https://ats.example/a' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  for (const href of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', '']) {
    it(`renders no link for ${JSON.stringify(href)}`, async () => {
      const element = await fixture<CareersApplyButton>(html`<careers-apply-button href=${href} label="Apply"></careers-apply-button>`);
      expect(link(element)).to.equal(null);
      expect(element.shadowRoot!.textContent).to.contain('Apply');
    });
  }
});
