import { expect, fixture, html } from '@open-wc/testing';
it('renders', async () => {
  const el = await fixture(html`<p>hi</p>`);
  expect(el.textContent).to.equal('hi');
});
