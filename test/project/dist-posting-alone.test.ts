import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';

// The built module script on a page with no widget, only a posting's element (run `npm run build`
// first; `npm test` does). Its chunk loads at idle and takes what it shares with the script,
// `msg()` among them, when it loads: the words must still be the page's language.

describe('the built script on a page with only a posting element', () => {
  it('defines it at idle, and it speaks the language of its page', async () => {
    const section = document.createElement('div');
    section.lang = 'nb';
    const button = document.createElement('careers-apply-button');
    button.setAttribute('href', 'https://example.com/apply');
    section.append(button);
    document.body.append(section);
    await import(/* @vite-ignore */ new URL('/dist/careers-widget.js', location.href).href);
    const label = () => button.shadowRoot?.querySelector('[part="label"]')?.textContent ?? '';
    await waitFor(() => label() === 'Søk på stillingen', () => `the button's label is "${label()}"`);
    expect(customElements.get('careers-widget')).to.not.equal(undefined);
  });
});
