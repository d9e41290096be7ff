// The real content: ../shared/corpus/career (read-only, never copied into the project).
// Skipped with a message where the folder is absent (a fresh clone); CI has it.
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, CORPUS_README, assertValidFeed, bodyOf, byId, corpusPresent, runCli } from '../support/cli.mjs';

/** The corpus's newest page is dated 2026-05-19: a clock after it, so that none is in the future. */
const CORPUS_NOW = '2026-06-01T00:00:00Z';

function buildFeed(dir, ...options) {
  const run = runCli(['build', dir, ...options], { env: { CAREERS_FEED_NOW: CORPUS_NOW } });
  return { ...run, feed: run.json() };
}

const skip = corpusPresent ? false : CORPUS_README;
if (!corpusPresent) console.log(`# ${CORPUS_README}`);

test('with --drafts: 21 postings (20 pages and the Norwegian translation), all valid, _index.md left out', { skip }, () => {
  const { status, feed, messages } = buildFeed(CORPUS, '--drafts');
  assert.equal(status, 0, messages.join('\n'));
  assert.equal(feed.postings.length, 21);
  assertValidFeed(assert, feed);
  const files = readdirSync(CORPUS).filter((name) => name.endsWith('.md') && name !== '_index.md');
  assert.deepEqual(feed.postings.map((p) => p.id).sort(), files.map((name) => name.replace(/\.md$/, '')).sort());
  assert.ok(!feed.postings.some((p) => p.title === 'Work at Safespring'), 'the section page');
  // Only warnings: the repeated Language key and the in-page apply link; no unknown shortcode.
  assert.ok(messages.every((line) => / warning: (key "Language" repeats|"sidebarlinkurl": "#down?")/.test(line)), messages.join('\n'));
});

test('the Norwegian posting is linked to the English one', { skip }, () => {
  const postings = byId(buildFeed(CORPUS, '--drafts').feed);
  const nb = postings['2025-network-engineer.nb'];
  const en = postings['2025-network-engineer'];
  assert.equal(nb.lang, 'nb');
  assert.equal(en.lang, 'en');
  assert.equal(nb.translationKey, en.translationKey);
  const shared = Object.values(postings).filter((p) => p.translationKey === en.translationKey);
  assert.equal(shared.length, 2);
});

test('without --drafts only the published pages', { skip }, () => {
  const { feed } = buildFeed(CORPUS);
  assert.deepEqual(feed.postings.map((p) => p.id), ['2026-full-stack-tech-lead', '2025-open-position']);
  assertValidFeed(assert, feed);
});

test('corpus quirks: En → en, a blank sidebarimage left out, "#down" is no apply link, bodies as written', { skip }, () => {
  const postings = byId(buildFeed(CORPUS, '--drafts').feed);
  assert.ok(Object.values(postings).every((p) => /^(en|nb)$/.test(p.lang)));
  assert.equal(postings['2024-09-software-engineer-integrations'].image, undefined);
  assert.equal(postings['2024-12-software-engineer-integrations'].image, '/img/card/safespring-gabriel-demo.webp');
  assert.equal(postings.cfo.apply, undefined);
  assert.equal(postings['2025-open-position'].datePosted, '2023-12-17');
  for (const posting of Object.values(postings)) {
    assert.equal(posting.body, bodyOf(join(CORPUS, `${posting.id}.md`)), posting.id);
  }
});

test('with --base-url the corpus stays valid and keeps no site-relative URL in known places', { skip }, () => {
  const { feed } = buildFeed(CORPUS, '--drafts', '--base-url', 'https://www.safespring.com/');
  assertValidFeed(assert, feed);
  for (const posting of feed.postings) {
    assert.ok(!/(?:image|picture|link|linkref|address-link)="\//.test(posting.body), posting.id);
    assert.ok(!/\]\(\//.test(posting.body), posting.id);
    if (posting.image) assert.ok(posting.image.startsWith('https://www.safespring.com/img/card/'));
  }
  const cfo = byId(feed).cfo;
  assert.ok(cfo.body.includes('[Géant](https://www.safespring.com/ocre)'));
  assert.ok(cfo.body.includes('picture="https://www.safespring.com/img/kontakt/mikael-schutt.jpg"'));
});
