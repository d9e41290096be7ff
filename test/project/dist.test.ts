import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { ALL_TAGS as TAGS } from '../support/tags.js';

// The built files, as a host page gets them (run `npm run build` first; `npm test` does).

function loadClassicScript(src: string) {
  return new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

describe('the built bundles', () => {
  const errors: string[] = [];
  const recordError = (event: ErrorEvent) => errors.push(event.message);
  before(() => window.addEventListener('error', recordError));
  after(() => window.removeEventListener('error', recordError));

  it('dist/careers-widget.js defines the list elements at once, and the posting elements once the first cards show', async () => {
    const widget = document.createElement('careers-widget');
    widget.setAttribute('src', '/test/fixtures/feed-basic.json');
    document.body.append(widget);
    await import(/* @vite-ignore */ new URL('/dist/careers-widget.js', location.href).href);
    expect(customElements.get('careers-widget')).to.not.equal(undefined);
    expect(customElements.get('careers-job-card')).to.not.equal(undefined);
    // Nothing is prefetched before the widget has shown its cards: it would compete with the feed.
    expect(customElements.get('careers-job-posting')).to.equal(undefined);
    try {
      await waitFor(() => widget.shadowRoot?.querySelector('careers-job-card'), 'no card');
      await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
      for (const tag of TAGS) expect(customElements.get(tag), tag).to.not.equal(undefined);
    } finally {
      widget.remove();
    }
  });

  it('dist/careers-widget.iife.js loads beside it, and twice, without an error', async () => {
    await loadClassicScript('/dist/careers-widget.iife.js');
    await loadClassicScript('/dist/careers-widget.iife.js');
    expect(errors).to.deep.equal([]);
  });

  it('renders a feed and a posting body (the lazily loaded chunk) from the built files', async () => {
    history.replaceState(null, '', '#careers/alpha');
    const widget = document.createElement('careers-widget');
    widget.setAttribute('src', '/test/fixtures/feed-basic.json');
    document.body.append(widget);
    try {
      await waitFor(() => widget.shadowRoot?.querySelector('careers-job-posting')?.shadowRoot?.querySelector('careers-accordion'), 'posting body did not render');
    } finally {
      widget.remove();
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
