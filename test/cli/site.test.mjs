// Where Hugo publishes pages, read by the CLI: addresses (section, slug, url, language), ref and
// relref, _build, cascade, the page's own button, repeated keys, --strict. On our own fixture
// site (test/fixtures/hugo-parity/), whose content the Hugo parity test also renders with Hugo.
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, assertValidFeed, byId, runCli } from '../support/cli.mjs';

const SITE = 'https://www.fjordlys.example/';

/** The fixture pages in a folder named `content`, the way a Hugo site holds them. */
function contentFolder() {
  const site = mkdtempSync(join(tmpdir(), 'careers-site-'));
  for (const section of ['jobs', 'about']) cpSync(join(ROOT, 'test/fixtures/hugo-parity', section), join(site, 'content', section), { recursive: true });
  return { jobs: join(site, 'content', 'jobs'), remove: () => rmSync(site, { recursive: true, force: true }) };
}

function build(...args) {
  const folder = contentFolder();
  try {
    const run = runCli(['build', folder.jobs, ...args]);
    const prefix = `${folder.jobs}/`;
    return { ...run, feed: run.json(), messages: run.messages.map((line) => line.replace(prefix, '')) };
  } finally {
    folder.remove();
  }
}

test("with --base-url every posting has its page's address, by Hugo's default rules", () => {
  const { status, feed, stderr } = build('--base-url', SITE);
  assert.equal(status, 0, stderr);
  assertValidFeed(assert, feed);
  const postings = byId(feed);
  assert.equal(postings['typography'].url, `${SITE}jobs/typography/`, 'section/name/');
  assert.equal(postings['slugged'].url, `${SITE}jobs/drone-pilot-north/`, 'slug, lower case, spaces as hyphens');
  assert.equal(postings['placed'].url, `${SITE}careers/summer-Intern/`, 'url as written, with a trailing slash');
  assert.equal(postings['placed.nb'].url, `${SITE}karriere/sommerjobb/`, 'url: no language prefix');
  assert.equal(postings['page-links.nb'].url, `${SITE}nb/jobs/page-links/`, 'another language: under /nb/');
  assert.equal(postings['hidden-bundle'].url, `${SITE}jobs/hidden-bundle/`, 'a leaf bundle: its folder');
  assert.equal(postings['list-only'].url, undefined, '_build render: never: no page');
  assert.equal(postings['link-only'].url, undefined, '_build render: link: no page');
  // Without --base-url no address is known.
  assert.equal(build().feed.postings.find((posting) => posting.url), undefined);
});

test('ref and relref become the addresses of the pages they name; without --base-url the words stay and a warning says so', () => {
  const { feed, messages } = build('--base-url', SITE);
  const links = byId(feed)['page-links'].body;
  assert.ok(links.includes(`[research group](${SITE}about/research/)`), 'relref from the top of the content');
  assert.ok(links.includes(`[its labs](${SITE}about/research/#labs)`), 'ref, fragment kept');
  assert.ok(links.includes(`[the harbour office](${SITE}about/harbour-office/)`), 'relref by name, the page found anywhere, its slug');
  assert.ok(links.includes(`[the other engineers](${SITE}jobs/positional-params/)`), 'relref beside the page');
  assert.ok(links.includes(`link="${SITE}about/research/"`), 'a shortcode link to a .md file');
  assert.ok(links.includes(`link="${SITE}about/"`), 'a site path gains its trailing slash');
  assert.ok(links.includes(`link="${SITE}about/research/#data"`), '… before its fragment');
  const norsk = byId(feed)['page-links.nb'].body;
  assert.ok(norsk.includes(`[forskningsgruppe](${SITE}nb/about/research/)`), 'the same language as the page');
  assert.ok(norsk.includes(`(${SITE}jobs/page-links/)`), 'lang="en"');
  assert.ok(!messages.some((line) => /relref|\bref\b/.test(line)), messages.join('\n'));

  const without = build();
  assert.ok(byId(without.feed)['page-links'].body.includes('[research group]({{% relref "/about/research.md" %}})'), 'left for the widget, which keeps the words');
  assert.ok(without.messages.includes(
    'page-links.md:7: warning: relref "/about/research.md": a page\'s address needs --base-url; the link is left out, its words kept',
  ), without.messages.join('\n'));
});

test('a ref to no page keeps its words and warns; one from the top of the content to an unknown page has its default address', async () => {
  const { convertPage } = await import(new URL('dist/cli/careers-feed.js', `file://${ROOT}`).href);
  const content = { resolve: (path) => (path === '/nowhere/page.md' ? { problem: 'names no page in content' } : { path: '/industries/research-and-education/' }) };
  const { page, notes } = convertPage({
    text: '---\ntitle: A\ndate: 2026-01-01\n---\n[Géant]({{% relref "/industries/research-and-education.md" %}}) and [lost]({{< relref "/nowhere/page.md" >}})\n',
    fileLang: null,
    defaultLang: 'en',
    baseUrl: SITE,
    location: { dir: 'jobs', name: 'a', bundle: false },
    content,
  });
  assert.equal(page.posting.body, `[Géant](${SITE}industries/research-and-education/) and [lost]({{< relref "/nowhere/page.md" >}})`);
  assert.deepEqual(notes.map((note) => `${note.line}: ${note.message}`), ['5: relref "/nowhere/page.md" names no page in content: a link to it keeps its words only']);
});

test('_build and cascade: unlisted postings stay in the feed as listed: false; cascaded keys fill in what a page leaves out', () => {
  const { feed, stderr } = build('--base-url', SITE);
  const postings = byId(feed);
  assert.equal(postings['hidden-bundle'].listed, false, '_build list: never');
  assert.equal(postings['cascade-pilot'].listed, false, 'a cascaded _build, for the pages its _target picks');
  assert.equal(postings['cascade-pilot'].location, 'Tromsø');
  assert.equal(postings['cascade-pilot'].team, 'Fjordlys crew', 'a cascaded key');
  assert.equal(postings['typography'].team, 'Operations', "the page's own key wins");
  assert.equal(postings['link-only'].listed, undefined, 'list: local is listed');
  assert.equal(postings['typography'].listed, undefined);
  assert.match(stderr, /careers-feed: 19 postings \(2 not listed\); left out: 1 section page; \d+ warnings\n$/);
  assert.ok(postings['hidden-bundle'].body.includes(`(${SITE}jobs/hidden-bundle/lighthouse.png)`), "a bundle's file resolves against the page");
});

test("the posting's own button: link and knapp, else the sidebar link, words and icon", () => {
  const postings = byId(build('--base-url', SITE).feed);
  assert.deepEqual(postings['own-button'].button, {
    url: 'https://apply.fjordlys.example/boat-mechanic',
    label: 'Apply for this job',
    icon: 'fa-arrow-up-right-from-square',
  });
  assert.deepEqual(postings['knapp-button'].button, { url: 'https://apply.fjordlys.example/kokk', label: 'Søk stillingen' });
  assert.equal(postings['typography'].button, undefined, 'only a body that shows the button carries it');
});

test('a key written twice is published with a warning naming the line; --strict fails on warnings; embeds are listed', () => {
  const { status, feed, messages } = build('--base-url', SITE);
  assert.equal(status, 0);
  assert.equal(byId(feed)['repeated-key'].location, 'Bodø');
  assert.ok(messages.includes('repeated-key.md:7: warning: key "language" is written again (first on line 5): write it once'), messages.join('\n'));
  assert.ok(messages.includes('broken-quote.md:9: warning: shortcode "icon-block-horisontal": a quote is not closed; read as closed where the line ends with ">}}"'));
  for (const line of [
    'embedded-form.md:9: info: embeds a form from forms.fjordlys.example: shown as a card that loads it when the reader asks',
    'embedded-form.md:13: info: embeds a video from www.youtube.com: shown as a card that loads it when the reader asks',
    'embedded-form.md:17: info: embeds a video from vimeo.com: shown as a card that loads it when the reader asks',
  ]) {
    assert.ok(messages.includes(line), `${line}\n${messages.join('\n')}`);
  }
  const strict = build('--base-url', SITE, '--strict');
  assert.equal(strict.status, 1, 'warnings fail a --strict build');
  assert.deepEqual(strict.feed, feed, 'and the feed is written all the same');
});
