import { expect, fixture, html } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { allElementsDefined } from '../support/elements.js';
import type { CareersEmbed } from '../../src/careers-widget.js';

before(allElementsDefined);

const words = (element: CareersEmbed) => ({
  title: element.shadowRoot!.querySelector('[part="title"]')?.textContent,
  load: element.shadowRoot!.querySelector('[part="load"]')?.textContent ?? null,
  link: element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="link"]')?.href,
});

describe('careers-embed', () => {
  it('says what a frame is and whose site it comes from, and contacts nobody before it is pressed', async () => {
    const video = await fixture<CareersEmbed>(html`<careers-embed src="https://www.youtube.com/embed/M7lc1UVf-VE"></careers-embed>`);
    expect(words(video)).to.deep.equal({ title: 'Video on YouTube', load: 'Play video', link: 'https://www.youtube.com/watch?v=M7lc1UVf-VE' });
    expect(video.shadowRoot!.querySelector('iframe, img')).to.equal(null);
    const form = await fixture<CareersEmbed>(html`<careers-embed src="https://forms.example.com/apply?x=1"></careers-embed>`);
    expect(words(form)).to.deep.equal({ title: 'Application form from forms.example.com', load: 'Show form', link: 'https://forms.example.com/apply?x=1' });
    const titled = await fixture<CareersEmbed>(html`<careers-embed src="https://ats.example/job/7" frame-title="Application"></careers-embed>`);
    expect(words(titled).title).to.equal('Application form from ats.example');
    const page = await fixture<CareersEmbed>(html`<careers-embed src="https://www.maps.example/office"></careers-embed>`);
    expect(words(page)).to.deep.equal({ title: 'Content from maps.example', load: 'Show content', link: 'https://www.maps.example/office' });
    await expect(form).to.be.accessible();
  });

  it('loads the frame when pressed: sandboxed, YouTube without cookies, Vimeo with dnt, focus on the frame', async () => {
    const video = await fixture<CareersEmbed>(html`<careers-embed src="https://www.youtube.com/embed/M7lc1UVf-VE" frame-title="A walk"></careers-embed>`);
    video.shadowRoot!.querySelector<HTMLButtonElement>('[part="load"]')!.click();
    await waitFor(() => video.shadowRoot!.querySelector('iframe'), 'the frame appears');
    const frame = video.shadowRoot!.querySelector('iframe')!;
    expect(frame.getAttribute('src')).to.equal('https://www.youtube-nocookie.com/embed/M7lc1UVf-VE');
    expect(frame.getAttribute('sandbox')).to.equal('allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-presentation');
    expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin-when-cross-origin');
    expect(frame.title).to.equal('A walk');
    await waitFor(() => video.shadowRoot!.activeElement === frame, 'focus moves to the frame');

    const vimeo = await fixture<CareersEmbed>(html`<careers-embed src="https://player.vimeo.com/video/76979871"></careers-embed>`);
    expect(words(vimeo).title).to.equal('Video on Vimeo');
    vimeo.shadowRoot!.querySelector<HTMLButtonElement>('[part="load"]')!.click();
    await waitFor(() => vimeo.shadowRoot!.querySelector('iframe'), 'the Vimeo frame did not load');
    expect(vimeo.shadowRoot!.querySelector('iframe')!.getAttribute('src')).to.equal('https://player.vimeo.com/video/76979871?dnt=1');
  });

  it('with frames="none" offers the link alone', async () => {
    const element = await fixture<CareersEmbed>(html`<careers-embed frames="none" src="https://forms.example.com/apply"></careers-embed>`);
    expect(words(element).load).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part="link"]')?.getAttribute('target')).to.equal('_blank');
    expect(element.shadowRoot!.querySelector('[part="link"]')?.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it("falls back to the link when the page's policy refuses the frame", async () => {
    const element = await fixture<CareersEmbed>(html`<careers-embed src="https://forms.example.com/apply"></careers-embed>`);
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="load"]')!.click();
    await waitFor(() => element.shadowRoot!.querySelector('iframe'), 'the frame did not load');
    // What the browser fires when a frame-src directive blocks the frame (a report about another origin changes nothing).
    const report = (blockedURI: string) =>
      new SecurityPolicyViolationEvent('securitypolicyviolation', {
        blockedURI,
        effectiveDirective: 'frame-src',
        violatedDirective: 'frame-src',
        originalPolicy: "frame-src 'none'",
        disposition: 'enforce',
        statusCode: 200,
        documentURI: location.href,
      });
    document.dispatchEvent(report('https://elsewhere.example/'));
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('iframe')).to.not.equal(null);
    document.dispatchEvent(report('https://forms.example.com/apply'));
    await waitFor(() => element.shadowRoot!.querySelector('[role="status"]'), 'no status');
    expect(element.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('This page cannot show it here.');
    expect(element.shadowRoot!.querySelector('iframe, [part="load"]')).to.equal(null);
    expect(element.shadowRoot!.querySelector('[part="link"]')).to.not.equal(null);
  });

  it('shows nothing for an address that is no frame, and speaks the language around it', async () => {
    for (const src of ['javascript:alert(1)', 'data:text/html,x', '']) {
      const element = await fixture<CareersEmbed>(html`<careers-embed src=${src}></careers-embed>`);
      expect(element.shadowRoot!.childElementCount, src).to.equal(0);
    }
    const norsk = await fixture<HTMLElement>(html`<div lang="nb"><careers-embed src="https://forms.example.com/apply"></careers-embed></div>`);
    const element = norsk.querySelector('careers-embed')!;
    await waitFor(() => element.shadowRoot!.querySelector('[part="title"]'), 'no title');
    expect(words(element)).to.deep.equal({ title: 'Søknadsskjema fra forms.example.com', load: 'Vis skjemaet', link: 'https://forms.example.com/apply' });
  });
});
