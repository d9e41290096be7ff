/**
 * A widget whose locale's words have not loaded yet (the module build fetches them on first use)
 * keeps its loading space from the first render, says nothing until the words are there, then
 * says it in the reader's language. In a page of its own, so Danish has not loaded before.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import '../../src/careers-widget.js';
import type { CareersWidget } from '../../src/careers-widget.js';
import { isLocaleReady } from '../../src/i18n/localization.js';

describe('a widget waiting for its words', () => {
  it('keeps its space, says nothing in English, then speaks Danish', async () => {
    expect(isLocaleReady('da'), 'Danish must not have loaded yet in this page').to.equal(false);
    const widget = await fixture<CareersWidget>(html`<careers-widget lang="da" src="/api/hold"></careers-widget>`);
    const root = widget.shadowRoot!;
    expect(root.querySelector('.placeholders')!.getBoundingClientRect().height).to.be.closeTo(window.innerHeight, 1);
    expect(root.querySelector('[role="status"]'), 'no status before the words').to.equal(null);
    await waitFor(() => root.querySelector('[role="status"]'), 'the status never came');
    expect(root.querySelector('[role="status"]')!.textContent).to.equal('Henter ledige stillinger\u00a0…');
  });
});
