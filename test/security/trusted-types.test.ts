/**
 * Trusted Types enforced, in each engine of the run (test/e2e/strict-csp.test.mjs runs the
 * whole policy of docs/security.md in Chromium against the built files): the list and a posting full of shortcodes,
 * raw HTML, inline styles and handlers render with no violation, and the body is formatted.
 */
import { expect } from '@open-wc/testing';
import { waitFor } from '../support/wait.js';
import { openOnlyPosting } from '../support/one-posting.js';

const BODY = [
  '{{< ingress >}}\nThe **lead**.\n{{< /ingress >}}',
  '{{< accordion title="Process" id="process" >}}\n1. [A call](#process)\n{{< /accordion >}}',
  '{{< contact name="Kari" email="kari@example.com" picture="/test/fixtures/img/people/kari.svg" >}}',
  '<div style="color:red" onclick="x()">Raw <b onmouseover="y()">HTML</b></div><style>p{}</style>',
  '| a | b |\n|---|---|\n| 1 | 2 |',
].join('\n\n');

describe('with Trusted Types enforced', () => {
  const violations: string[] = [];
  const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.effectiveDirective}: ${event.blockedURI} ${event.sample}`);

  before(() => {
    document.addEventListener('securitypolicyviolation', record);
    // Lit made its policy when this file loaded; 'allow-duplicates' lets a second test file's copy do so too.
    const policy = document.createElement('meta');
    policy.httpEquiv = 'Content-Security-Policy';
    policy.content = "require-trusted-types-for 'script'; trusted-types lit-html careers-widget 'allow-duplicates'";
    document.head.append(policy);
  });
  after(() => document.removeEventListener('securitypolicyviolation', record));

  /**
   * The violations heard so far, once a violation of the test's own, made now, is heard too: any
   * the widget caused before it are in by then (the positive control). None where the browser
   * enforces no Trusted Types.
   */
  async function violationsSoFar() {
    if (!('trustedTypes' in window)) return [];
    const control = `control ${violations.length}`;
    expect(() => (document.createElement('div').innerHTML = control)).to.throw(TypeError);
    await waitFor(() => violations.some((violation) => violation.endsWith(control)), 'the control violation was not heard');
    return violations.filter((violation) => !/control \d+$/.test(violation));
  }

  it('is enforced here, and its violations are heard', async function () {
    if (!('trustedTypes' in window)) this.skip();
    expect(() => (document.createElement('div').innerHTML = '<b>a string</b>')).to.throw(TypeError);
    await waitFor(() => violations.length, 'the violation was not reported');
    violations.length = 0;
  });

  it('renders the list and a rich posting with no violation', async () => {
    const body = await openOnlyPosting({ id: 'rich', lang: 'en', title: 'Rich', datePosted: '2026-01-01', body: BODY });
    await waitFor(() => body()?.querySelector('careers-accordion'), 'the body did not render formatted');
    expect(body()!.querySelector('careers-contact-card, table, b')).to.not.equal(null);
    expect(body()!.querySelector('[style], [onclick], [onmouseover], style')).to.equal(null);
    expect(await violationsSoFar()).to.deep.equal([]);
  });

  it('reads character references in a Markdown body through its own policy, with no violation', async () => {
    const body = await openOnlyPosting({
      id: 'refs',
      lang: 'en',
      title: 'Refs',
      datePosted: '2026-01-01',
      body: 'Terms &amp; conditions &copy; Nordlys, **bold** and a [link](https://jobs.example/).',
    });
    const rendered = () => body()?.querySelector('p');
    await waitFor(() => rendered()?.querySelector('strong'), 'the body did not render formatted');
    expect(rendered()!.textContent).to.equal('Terms & conditions © Nordlys, bold and a link.');
    expect(await violationsSoFar()).to.deep.equal([]);
  });
});
