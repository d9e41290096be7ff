/**
 * Strict host pages: docs/security.md's policy, with Trusted Types enforced and only the
 * `lit-html` and `careers-widget` policies allowed, for both builds: list and every posting
 * with zero violations. Then the neighbours of that case: a host that already made a
 * `dompurify` policy, a host that does not allow `careers-widget` (a documented, contained
 * failure: bodies with raw HTML as plain text), no enforcement at all, and both builds on one strict page.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { jsonRoute } from '../support/e2e/servers.mjs';
import { e2eSession } from '../support/e2e/session.mjs';
import { BUILDS, cardIds, expectTicking, hostPage, hostRecord, openEveryPosting, openGuardedPage, strictPolicy } from '../support/e2e/host-page.mjs';

/** Every construct that could need a policy, an inline style or a foreign origin: images, shortcodes, HTML, links. */
const RICH_FEED = {
  version: 1,
  postings: [
    {
      id: 'rich',
      lang: 'en',
      title: 'Everything a body can hold',
      intro: 'Images, shortcodes, tables and links.',
      datePosted: '2026-02-01',
      team: 'Platform',
      location: 'Oslo',
      image: 'img/people/sigrid.svg',
      url: 'https://nordlys.example/careers/rich/',
      apply: { url: 'https://jobs.nordlys.example/apply/rich', label: 'Apply now' },
      body: [
        '{{< ingress >}}\nThe **lead** paragraph.\n{{< /ingress >}}',
        '## Images\n\n![Elin](img/people/elin.svg "Elin") and <img src="img/people/kari.svg" alt="Kari">',
        '{{< accordion title="The process" id="process" >}}\n1. A call\n2. [A chat](#process)\n{{< /accordion >}}',
        '{{< horisontal-card image="img/people/sigrid.svg" cardtitle="Questions?" text="Ask Sigrid." link="mailto:sigrid@nordlys.example" linktext="Write" >}}',
        '{{< contact name="Kari" title="Recruiter" phone="+47 22 00 00 00" email="kari@nordlys.example" picture="img/people/kari.svg" >}}',
        '{{< icon-block-horisontal icon="fa-solid fa-arrow-up-right-from-square" text="Apply here" description="Send your CV." link="https://jobs.nordlys.example/apply/rich" >}}',
        '{{< note title="Good to know" >}}We answer within a week.{{< /note >}}',
        '{{< localbutton link="https://nordlys.example/" text="Our site" icon="fa-globe" >}} {{< inline "Where:" >}} Oslo',
        '| Day | Time |\n|---|---|\n| Mon | 9 |\n\n<details><summary>More</summary><p style="color:red">Styled <em>raw</em> HTML</p></details>',
        '<div class="callout" style="border: 1px solid">\n\nA raw block with an inline style, <b onclick="track()">a handler</b>\n\n</div>\n\n<style>.callout { color: navy }</style>',
        '```js\nconsole.log("code")\n```\n\n> A quote with `code` and a <span style="display:none">hidden</span> span.',
      ].join('\n\n'),
    },
    {
      id: 'plain',
      lang: 'nb',
      title: 'Driftstekniker',
      datePosted: '2026-01-15',
      body: 'Enkel **tekst** med en [lenke](https://nordlys.example/).',
    },
  ],
};

/** Frames a posting embeds: a video and an application form, each a card that loads it when pressed. */
const EMBEDS_FEED = {
  version: 1,
  postings: [
    {
      id: 'embeds',
      lang: 'en',
      title: 'A video and a form',
      datePosted: '2026-02-02',
      body: 'Watch:\n\n{{< youtube M7lc1UVf-VE >}}\n\nApply here:\n\n<iframe src="https://forms.nordlys.example/apply" title="Application form"></iframe>',
    },
  ],
};

const e2e = e2eSession({ feedRoutes: { '/rich.json': jsonRoute(RICH_FEED), '/embeds.json': jsonRoute(EMBEDS_FEED) } });

/**
 * Opens a host page with `headers`, renders the list and every posting, and returns what the host
 * saw: `listed` and `listRecord` once the list showed, before any posting opened; `record` at the end.
 */
async function renderEverything(path, { head = '', build = 'module', headers = {} } = {}) {
  const url = e2e.servers.page(path, hostPage({ head: head + BUILDS[build], body: '<careers-widget src="{{FEED}}/rich.json"></careers-widget>' }), headers);
  const session = await openGuardedPage(e2e.browser);
  await session.page.goto(url);
  const listed = await cardIds(session.page);
  const listRecord = await hostRecord(session.page);
  const opened = await openEveryPosting(session.page);
  await expectTicking(session.page);
  return { ...session, listed, listRecord, opened, record: await hostRecord(session.page) };
}

for (const build of Object.keys(BUILDS)) {
  describe(`the ${build} build under the strict host policy`, () => {
    it('renders the list, then every posting, bodies formatted with the images of the feed origin, with zero CSP or Trusted Types violations', async () => {
      const { page, errors, blocked, listed, listRecord, opened, record, close } = await renderEverything(`/strict-${build}.html`, {
        build,
        headers: { 'content-security-policy': strictPolicy(e2e.servers) },
      });
      assert.deepEqual(listed, ['rich', 'plain']);
      assert.deepEqual(listRecord.violations, [], 'none before any posting opens');
      assert.deepEqual(opened, ['rich', 'plain']);
      assert.deepEqual(record.violations, []);
      assert.deepEqual(record.uncaught, []);
      assert.deepEqual(errors, []);
      assert.deepEqual(blocked, [], 'no request left this machine');

      await page.locator('careers-job-card[data-id="rich"] a[part="link"]').click();
      const body = page.locator('careers-job-posting [part="body"]');
      await body.locator('careers-accordion').waitFor();
      assert.equal(await body.locator('careers-contact-card').count(), 2);
      assert.equal(await body.locator('img').count(), 4, 'two in the Markdown, one in each contact card');
      assert.equal(await body.locator('[style]').count(), 0, 'no inline style survives (style-src would refuse it)');
      await page.waitForFunction(() => {
        const images = document.querySelector('careers-widget').shadowRoot.querySelector('careers-job-posting').shadowRoot.querySelectorAll('img');
        return [...images].every((image) => image.complete && image.naturalWidth > 0);
      });

      // The policy is in force: the listener hears a violation the test causes on purpose.
      await page.evaluate(() => {
        const probe = document.createElement('img');
        probe.src = 'http://127.0.0.1:9/forbidden.png';
        document.body.append(probe);
      });
      await page.waitForFunction(() => window.__violations.some((violation) => violation.startsWith('img-src')));
      await close();
    });
  });
}

describe('neighbours of the strict policy', () => {
  it('works beside a host that already made a `dompurify` policy', async () => {
    const { record, errors, opened, page, close } = await renderEverything('/host-dompurify.html', {
      head: '<script src="{{WIDGET}}/hooks/dompurify-policy.js"></script>',
      headers: { 'content-security-policy': strictPolicy(e2e.servers, { trustedTypes: 'lit-html careers-widget dompurify' }) },
    });
    assert.equal(await page.evaluate(() => window.__hostPolicy.name), 'dompurify');
    assert.deepEqual(opened, ['rich', 'plain']);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.uncaught, []);
    assert.deepEqual(errors, []);
    await close();
  });

  it('without a `careers-widget` policy: Markdown bodies render as usual, raw HTML ones as plain text, contained', async () => {
    const { record, page, opened, close } = await renderEverything('/host-no-widget-policy.html', {
      head: '<script src="{{WIDGET}}/hooks/dompurify-policy.js"></script>',
      headers: { 'content-security-policy': strictPolicy(e2e.servers, { trustedTypes: 'lit-html dompurify' }) },
    });
    assert.deepEqual(opened, ['rich', 'plain']);
    const body = page.locator('careers-job-posting [part="body"]');
    // Markdown alone is built from tokens: no HTML string, so no policy is needed.
    await page.evaluate(() => (location.hash = '#careers/plain'));
    await body.locator('strong').waitFor();
    assert.equal(await body.locator('a[href="https://nordlys.example/"]').textContent(), 'lenke');
    // Raw HTML needs the sanitiser, which needs the policy: the text, as written.
    await page.evaluate(() => (location.hash = '#careers/rich'));
    await body.locator('p', { hasText: 'The **lead** paragraph.' }).first().waitFor();
    assert.equal(await body.locator('strong, careers-accordion, table').count(), 0);
    assert.deepEqual(record.uncaught, [], 'nothing reaches the host as an uncaught error');
    assert.ok(record.violations.some((violation) => violation.startsWith('trusted-types')), 'the refusal is reported to the host');
    await close();
  });

  it('renders as usual where Trusted Types are not enforced', async () => {
    const { record, errors, opened, close } = await renderEverything('/no-csp.html', {
      head: '<script src="{{WIDGET}}/hooks/dompurify-policy.js"></script>',
    });
    assert.deepEqual(opened, ['rich', 'plain']);
    assert.deepEqual(record.violations, []);
    assert.deepEqual(record.uncaught, []);
    assert.deepEqual(errors, []);
    await close();
  });

  // A deferred classic script runs after a module script before it; a blocking one runs first.
  const orders = { 'module first': BUILDS.module + BUILDS.classic.replace('<script ', '<script defer '), 'classic first': BUILDS.classic + BUILDS.module };
  for (const [order, head] of Object.entries(orders)) {
    it(`shares its policies between two copies on one strict page, without 'allow-duplicates' (${order})`, async () => {
      const url = e2e.servers.page(
        `/strict-twice-${order.replace(' ', '-')}.html`,
        hostPage({
          head,
          body: '<careers-widget id="one" src="{{FEED}}/rich.json"></careers-widget><careers-widget id="two" src="{{FEED}}/rich.json"></careers-widget>',
        }),
        { 'content-security-policy': strictPolicy(e2e.servers) },
      );
      const { page, errors, close } = await openGuardedPage(e2e.browser);
      await page.goto(url);
      assert.deepEqual(await openEveryPosting(page, '#one'), ['rich', 'plain']);
      assert.deepEqual(await openEveryPosting(page, '#two'), ['rich', 'plain']);
      await expectTicking(page);
      const record = await hostRecord(page);
      // Lit's `lit-html` policy and the widget's own are made once and reused (trusted-types.ts).
      assert.deepEqual(record.violations, []);
      assert.deepEqual(record.uncaught, []);
      assert.deepEqual(errors, []);
      await close();
    });
  }
});

for (const build of Object.keys(BUILDS)) {
  describe(`embedded frames in the ${build} build under the strict host policy`, () => {
    /** Opens the posting with embeds on a strict page; `frames` is the widget's attribute. */
    async function openEmbeds(path, frames = '') {
      const url = e2e.servers.page(path, hostPage({ head: BUILDS[build], body: `<careers-widget ${frames} src="{{FEED}}/embeds.json"></careers-widget>` }), {
        'content-security-policy': strictPolicy(e2e.servers),
      });
      const session = await openGuardedPage(e2e.browser);
      await session.page.goto(`${url}#careers/embeds`);
      const cards = session.page.locator('careers-embed');
      await cards.nth(1).locator('[part="link"]').waitFor();
      return { ...session, cards };
    }

    it('shows cards that request nothing; pressed, the policy refuses the frames and each card keeps its link', async () => {
      const { page, cards, blocked, errors, close } = await openEmbeds(`/strict-embeds-${build}.html`);
      assert.deepEqual(await cards.locator('[part="title"]').allTextContents(), ['Video on YouTube', 'Application form from forms.nordlys.example']);
      assert.deepEqual((await hostRecord(page)).violations, [], 'nothing is tried before a press');
      for (const index of [0, 1]) {
        await cards.nth(index).locator('[part="load"]').click();
        await cards.nth(index).locator('[role="status"]').waitFor();
      }
      const record = await hostRecord(page);
      assert.deepEqual(
        record.violations.map((violation) => /^[\w-]+: https?:\/\/[^/ ]+/.exec(violation)?.[0] ?? violation).sort(),
        ['frame-src: https://forms.nordlys.example', 'frame-src: https://www.youtube-nocookie.com'],
        'the frames the policy refuses, and nothing else',
      );
      assert.deepEqual(await cards.locator('[part="link"]').evaluateAll((links) => links.map((link) => [link.href, link.target])), [
        ['https://www.youtube.com/watch?v=M7lc1UVf-VE', '_blank'],
        ['https://forms.nordlys.example/apply', '_blank'],
      ]);
      assert.deepEqual(blocked, [], 'no request left this machine');
      assert.deepEqual(record.uncaught, []);
      // The browser's console says the same as the reports: nothing else.
      assert.deepEqual(errors.filter((error) => !/^console: Framing '.*' violates the following Content Security Policy/.test(error)), []);
      await close();
    });

    it('with frames="none" offers the links alone and causes no report', async () => {
      const { page, cards, close } = await openEmbeds(`/strict-embeds-none-${build}.html`, 'frames="none"');
      assert.equal(await cards.locator('[part="load"]').count(), 0);
      assert.equal(await cards.locator('[part="link"]').count(), 2);
      assert.deepEqual((await hostRecord(page)).violations, []);
      await close();
    });
  });
}
