// `careers-feed build` on the fixtures: Hugo's rules, the field mapping, bad input, the
// command line. Runs the real bin; the clock is fixed with CAREERS_FEED_NOW (see test/support/cli.mjs).
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, CONTENT, ROOT, assertValidFeed, bodyOf, buildFeed, byId, runCli, validateFeed } from '../support/cli.mjs';

const CAREER = `${CONTENT}/career`;
const RULES = `${CONTENT}/rules`;
const BROKEN = `${CONTENT}/broken`;

const ids = (feed) => feed.postings.map((p) => p.id);

test('--help for the tool and for each command', () => {
  for (const args of [['--help'], ['-h'], ['help']]) {
    const run = runCli(args);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: careers-feed <command>/);
    assert.match(run.stdout, /build CONTENT_DIR/);
    assert.match(run.stdout, /validate FEED\.json/);
  }
  for (const args of [['build', '--help'], ['build', '-h'], ['help', 'build'], ['build', 'x', '--help']]) {
    const run = runCli(args);
    assert.equal(run.status, 0, args.join(' '));
    assert.match(run.stdout, /^Usage: careers-feed build CONTENT_DIR/);
    for (const option of ['--base-url', '--out', '--drafts', '--future', '--expired', '--default-lang', 'CAREERS_FEED_NOW']) {
      assert.ok(run.stdout.includes(option), option);
    }
  }
  for (const args of [['validate', '--help'], ['help', 'validate']]) {
    const run = runCli(args);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^Usage: careers-feed validate FEED\.json/);
  }
});

test('without the built CLI the bin says in one line what to run, and exits with 2', () => {
  // The package's layout without dist/: what a checkout is before its first build.
  const folder = mkdtempSync(join(tmpdir(), 'careers-feed-unbuilt-'));
  try {
    mkdirSync(join(folder, 'bin'));
    copyFileSync(BIN, join(folder, 'bin/careers-feed.js'));
    const run = spawnSync(process.execPath, [join(folder, 'bin/careers-feed.js'), 'build', CAREER], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'careers-feed: the CLI is not built (dist/cli/careers-feed.js is missing): run "npm run build" first\n');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('usage errors exit with 2, write nothing on stdout and say what is wrong', () => {
  const cases = [
    [[], /no command given/],
    [['publish'], /unknown command "publish"/],
    [['--verbose'], /unknown option "--verbose"/],
    [['build'], /build needs a CONTENT_DIR/],
    [['build', 'a', 'b'], /build takes one CONTENT_DIR/],
    [['build', CAREER, '--bogus'], /--bogus/],
    [['build', CAREER, '--base-url', 'example.com'], /--base-url must be an absolute http\(s\) URL/],
    [['build', CAREER, '--base-url', 'ftp://example.com/'], /--base-url must be an absolute http\(s\) URL/],
    [['build', CAREER, '--default-lang', 'english'], /--default-lang must be a language tag/],
    [['build', CAREER, '--out'], /--out/],
    [['build', 'test/fixtures/no-such-folder'], /cannot read test\/fixtures\/no-such-folder \(ENOENT\)/],
    [['build', 'test/fixtures/feed-basic.json'], /is not a folder/],
    [['validate'], /validate needs a FEED\.json/],
    [['validate', 'test/fixtures/no-such-feed.json'], /cannot read .* \(ENOENT\)/],
  ];
  for (const [args, message] of cases) {
    const run = runCli(args);
    assert.equal(run.status, 2, args.join(' '));
    assert.equal(run.stdout, '', args.join(' '));
    assert.match(run.stderr, message, args.join(' '));
  }
  const badClock = runCli(['build', CAREER], { env: { CAREERS_FEED_NOW: 'soon' } });
  assert.equal(badClock.status, 2);
  assert.match(badClock.stderr, /CAREERS_FEED_NOW must be an ISO date/);
});

test('the fixtures: published pages only, _index.md never, every posting valid', () => {
  const { status, feed, stderr } = buildFeed(CAREER);
  assert.equal(status, 0, stderr);
  assert.deepEqual(ids(feed), ['network-engineer', 'senior-dev', 'senior-dev.nb', 'support-engineer']);
  assert.deepEqual(Object.keys(feed), ['version', 'postings'], 'no "generated": the output depends on the input only');
  assertValidFeed(assert, feed);
  assert.match(stderr, /careers-feed: 4 postings; left out: 1 draft, 1 future, 1 expired, 1 section page; 2 warnings\n$/);
});

test('draft, future and expired pages come in with their flags, and only then', () => {
  const base = ['network-engineer', 'senior-dev', 'senior-dev.nb', 'support-engineer'];
  const cases = [
    [['--drafts'], ['draft-role']],
    [['--future'], ['future-role']],
    [['--expired'], ['expired-role']],
    [['--drafts', '--future', '--expired'], ['draft-role', 'expired-role', 'future-role']],
  ];
  for (const [flags, extra] of cases) {
    const { status, feed } = buildFeed(CAREER, ...flags);
    assert.equal(status, 0);
    assert.deepEqual([...ids(feed)].sort(), [...base, ...extra].sort(), flags.join(' '));
    assert.ok(!ids(feed).includes('_index'));
    assertValidFeed(assert, feed);
  }
  // The clock decides: before the fixtures' dates, they are all in the future.
  const early = runCli(['build', CAREER], { env: { CAREERS_FEED_NOW: '2026-01-01' } });
  assert.deepEqual(early.json().postings, []);
  // After the expired role's expiry date it is expired; before it, it is published.
  const in2024 = runCli(['build', CAREER], { env: { CAREERS_FEED_NOW: '2024-05-01T00:00:00+02:00' } });
  assert.deepEqual(ids(in2024.json()), ['expired-role']);
});

test('a date or publishDate in the future leaves a page out; an expiryDate to come is validThrough', () => {
  const { feed } = buildFeed(RULES);
  assert.ok(!ids(feed).includes('published-later'), 'publishDate in the future');
  assert.ok(ids(buildFeed(RULES, '--future').feed).includes('published-later'));
  const closing = byId(feed)['closing-soon'];
  assert.equal(closing.validThrough, '2099-12-31T23:59:59+01:00');
  assert.equal(closing.datePosted, '2026-02-25T10:00:00Z', 'a date-time without zone is UTC, with seconds and offset');
});

test('front matter in YAML, TOML and JSON, with keys in any casing', () => {
  const { status, feed, messages } = buildFeed(RULES);
  assert.equal(status, 0);
  assertValidFeed(assert, feed);
  const postings = byId(feed);

  // YAML with TITLE, Intro, Location, DURATION, Date, sidebarLinkUrl...
  assert.deepEqual(postings['yaml-casing'], {
    id: 'yaml-casing',
    lang: 'en',
    title: 'Site Reliability Engineer',
    intro: 'Keep the platform boring, in the best sense of the word.',
    datePosted: '2026-01-12',
    team: 'Platform operations',
    location: 'Trondheim',
    employmentType: 'Full time',
    apply: { url: 'https://jobs.nordlys.example/apply/sre', label: 'Apply now' },
    translationKey: 'yaml-casing',
    body: bodyOf(`${ROOT}${RULES}/yaml-casing.md`),
  });
  // TOML: an unquoted offset date-time, fields under [params], Title and title.
  const toml = postings['toml-page'];
  assert.equal(toml.title, 'Storage Engineer');
  assert.equal(toml.datePosted, '2026-02-03T09:30:00+01:00');
  assert.equal(toml.team, 'Storage');
  assert.equal(toml.image, '/img/card/storage.svg');
  assert.deepEqual(toml.apply, { url: 'mailto:jobs@nordlys.example?subject=Storage%20Engineer', label: 'Email us' });
  // JSON, with braces inside its strings.
  const json = postings['storage-engineer-en'];
  assert.equal(json.title, 'Storage Engineer');
  assert.equal(json.lang, 'en');
  assert.equal(json.body, bodyOf(`${ROOT}${RULES}/toml-page.md`));

  // A key written twice in two casings is one key, the later value used; each repeat is reported.
  assert.ok(messages.includes(
    `${RULES}/yaml-casing.md:12: warning: key "Team" repeats "team" (line 4): keys are case-insensitive, so it is one key and the later value is used`,
  ), messages.join('\n'));
  assert.ok(messages.includes(
    `${RULES}/yaml-casing.md:13: warning: key "Language" repeats "language" (line 11): keys are case-insensitive, so it is one key; write it once`,
  ));
  assert.ok(messages.includes(
    `${RULES}/toml-page.md:3: warning: key "title" repeats "Title" (line 2): keys are case-insensitive, so it is one key; write it once`,
  ));
});

test('YAML is read as Hugo reads it: yes/no are booleans, so draft: yes is a draft', () => {
  assert.ok(!ids(buildFeed(RULES).feed).includes('yes-draft'));
  assert.ok(ids(buildFeed(RULES, '--drafts').feed).includes('yes-draft'));
  assert.ok(ids(buildFeed(RULES).feed).includes('closing-soon'), 'draft: no');
});

test('language: file name, else front matter (language or lang), else --default-lang; normalised', () => {
  const { feed, messages } = buildFeed(RULES);
  const postings = byId(feed);
  assert.equal(postings['consultant.sv'].lang, 'sv', 'the file name wins over the front matter');
  assert.ok(messages.includes(`${RULES}/consultant.sv.md:8: warning: "language" says "en" but the file name says "sv"; the file name wins`));
  assert.equal(postings['data-engineer.nb'].lang, 'nb', 'index.nb.md of a leaf bundle');
  assert.equal(postings['toml-page'].lang, 'nb', 'language = "NB"');
  assert.equal(postings['yaml-casing'].lang, 'en', 'language: "En"');
  assert.equal(postings['storage-engineer-en'].lang, 'en', 'lang: "en"');
  assert.equal(postings.consultant.lang, 'en', 'nothing named: the default');

  const danish = byId(buildFeed(RULES, '--default-lang', 'DA').feed);
  assert.equal(danish.consultant.lang, 'da', '--default-lang, normalised');
  assert.equal(danish['yaml-casing'].lang, 'en', 'the front matter still wins over the default');
  assert.equal(byId(buildFeed(RULES, '--default-lang', 'pt_br').feed).consultant.lang, 'pt-BR');
});

test('translations share a translationKey (same base name, or the same translationKey); ids stay unique', () => {
  const { feed } = buildFeed(RULES, '--drafts', '--future');
  const postings = byId(feed);
  assert.equal(postings.consultant.translationKey, 'consultant');
  assert.equal(postings['consultant.sv'].translationKey, 'consultant');
  assert.equal(postings['data-engineer'].translationKey, 'data-engineer');
  assert.equal(postings['data-engineer.nb'].translationKey, 'data-engineer');
  assert.equal(postings['toml-page'].translationKey, 'storage-engineer');
  assert.equal(postings['storage-engineer-en'].translationKey, 'storage-engineer');
  const keys = feed.postings.map((p) => p.translationKey);
  for (const alone of ['yaml-casing', 'closing-soon', 'published-later', 'yes-draft']) {
    assert.equal(keys.filter((key) => key === postings[alone].translationKey).length, 1, alone);
  }
  assert.equal(postings['okonomisjef.nb'].translationKey, 'økonomisjef', 'the key keeps the name; the id is URL-safe');
  assertValidFeed(assert, feed);

  const career = byId(buildFeed(CAREER).feed);
  assert.equal(career['senior-dev'].translationKey, career['senior-dev.nb'].translationKey);
  assert.notEqual(career['senior-dev'].id, career['senior-dev.nb'].id);
});

test('a leaf bundle is one page; the other files in its folder are resources', () => {
  const { feed } = buildFeed(RULES, '--drafts', '--future');
  assert.deepEqual(ids(feed).filter((id) => id.startsWith('data-engineer')), ['data-engineer', 'data-engineer.nb']);
  assert.ok(!feed.postings.some((p) => p.title === 'Interview notes'));
});

test('the field mapping', () => {
  const { feed, messages } = buildFeed(CAREER);
  const dev = byId(feed)['senior-dev'];
  assert.deepEqual(Object.keys(dev), [
    'id', 'lang', 'title', 'intro', 'datePosted', 'team', 'location', 'employmentType', 'image', 'apply', 'translationKey', 'body',
  ]);
  assert.equal(dev.title, 'Senior Developer');
  assert.equal(dev.intro, 'Build the services behind the Nordlys Cloud portal and API.');
  assert.equal(dev.datePosted, '2026-02-10');
  assert.equal(dev.team, 'Platform');
  assert.equal(dev.location, 'Oslo');
  assert.equal(dev.employmentType, 'Full time');
  assert.equal(dev.image, '/img/card/x.svg');
  assert.deepEqual(dev.apply, { url: 'https://jobs.nordlys.example/apply/senior-dev', label: 'Apply now' });
  assert.equal(dev.body, bodyOf(`${ROOT}${CAREER}/senior-dev.md`), 'the body as written, shortcodes included');

  // An in-page anchor is not an apply link: left out, and said where.
  const nb = byId(feed)['senior-dev.nb'];
  assert.equal(nb.apply, undefined);
  assert.ok(messages.includes(`${CAREER}/senior-dev.nb.md:9: warning: "sidebarlinkurl": "#down" is a link within the page, not an apply link; left out`));

  // TOML and JSON pages map the same fields.
  const network = byId(feed)['network-engineer'];
  assert.equal(network.employmentType, 'Full time');
  assert.equal(network.apply.label, 'Apply now');
  const support = byId(feed)['support-engineer'];
  assert.equal(support.location, 'Bergen');
  assert.ok(support.body.startsWith('{{< ingress >}}'));
  const expired = byId(buildFeed(CAREER, '--expired').feed)['expired-role'];
  assert.equal(expired.validThrough, '2024-06-30');
});

test('known shortcodes are not reported; embedded frames are listed with their line and host', () => {
  const { status, messages } = buildFeed(`${CONTENT}/urls`);
  assert.equal(status, 0, 'warnings do not fail the build');
  assert.deepEqual(messages, [
    `${CONTENT}/urls/every-url.md:60: info: embeds a video from www.youtube.com: shown as a card that loads it when the reader asks`,
  ]);
});

test('bad input: PATH:LINE: reason on stderr, the rest still converted and written, exit status 1', () => {
  const { status, feed, messages, stderr } = buildFeed(BROKEN);
  assert.equal(status, 1);
  assert.deepEqual(messages, [
    `${BROKEN}/bad-date.md:4: "date": cannot read "next Monday" as a date (use 2026-03-01 or 2026-03-01T09:30:00+01:00)`,
    `${BROKEN}/bad-json.md:5: JSON: Expected double-quoted property name`,
    `${BROKEN}/bad-toml.md:4: TOML: control characters are not allowed in strings`,
    `${BROKEN}/bad-yaml.md:3: YAML: Tabs are not allowed as indentation`,
    `${BROKEN}/long-label.md:5: apply.label: must be at most 100 characters (the posting is left out)`,
    `${BROKEN}/never-closed.md:1: the front matter opened with "---" is never closed`,
    `${BROKEN}/no-front-matter.md:1: no front matter: a posting needs at least a title and a date`,
    `${BROKEN}/no-title.md:2: no title: a posting needs one`,
  ]);
  assert.match(stderr, /careers-feed: 1 posting; 8 pages with errors\n$/);
  assert.deepEqual(ids(feed), ['ok'], 'the good page is still converted');
  assertValidFeed(assert, feed);

  // With --out too: the file is written, and what it holds validates.
  const dir = mkdtempSync(join(tmpdir(), 'careers-feed-'));
  try {
    const out = join(dir, 'nested', 'feed.json');
    const run = runCli(['build', BROKEN, '--out', out]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, new RegExp(`written to ${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`));
    const written = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(written, feed);
    assert.deepEqual(validateFeed(written).skipped, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--out writes the same feed as stdout; -o and --out - too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careers-feed-'));
  try {
    const stdout = runCli(['build', CAREER]).stdout;
    for (const flag of ['--out', '-o']) {
      const out = join(dir, `${flag}.json`);
      const run = runCli(['build', CAREER, flag, out]);
      assert.equal(run.status, 0);
      assert.equal(readFileSync(out, 'utf8'), stdout);
    }
    assert.equal(runCli(['build', CAREER, '--out', '-']).stdout, stdout);
    assert.ok(!existsSync(join(dir, '-')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--split writes a list-only feed and each posting whole beside it; it needs --out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careers-feed-'));
  try {
    const whole = runCli(['build', CAREER]).json();
    const out = join(dir, 'jobs.json');
    const run = runCli(['build', CAREER, '--out', out, '--split']);
    assert.equal(run.status, 0, run.stderr);
    const list = JSON.parse(readFileSync(out, 'utf8'));
    assertValidFeed(assert, list);
    assert.deepEqual(ids(list), ids(whole));
    for (const [index, posting] of list.postings.entries()) {
      const { body, ...rest } = whole.postings[index];
      assert.equal(posting.body, undefined, 'no body in the list');
      assert.deepEqual(posting, { ...rest, detail: `jobs/${posting.id}.json` });
      assert.deepEqual(JSON.parse(readFileSync(join(dir, posting.detail), 'utf8')), { ...rest, body }, 'the posting whole in its file');
    }
    assert.ok(readFileSync(out, 'utf8').length < JSON.stringify(whole).length / 2, 'the list is the smaller part');
    for (const args of [['--split'], ['--split', '--out', '-']]) {
      const refused = runCli(['build', CAREER, ...args]);
      assert.equal(refused.status, 2);
      assert.match(refused.stderr, /--split writes files: it needs --out FILE/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the output is deterministic: same input, same bytes; newest first', () => {
  const first = runCli(['build', RULES, '--drafts', '--future', '--expired']).stdout;
  const second = runCli(['build', RULES, '--drafts', '--future', '--expired'], { env: { CAREERS_FEED_NOW: '2030-01-01' } }).stdout;
  assert.equal(first, second, 'flags on: the clock changes nothing');
  const feed = JSON.parse(first);
  // Weighted pages first, then newest first, then by title.
  assert.equal(feed.postings[0].id, 'closing-soon', 'weight: 1');
  const dates = feed.postings.slice(1).map((p) => Date.parse(p.datePosted.length === 10 ? `${p.datePosted}T00:00:00Z` : p.datePosted));
  assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
  assert.ok(first.endsWith('}\n'));
  assert.equal(first, JSON.stringify(feed, null, 2) + '\n');
});

test('--org-name, --org-url and --org-logo fill the feed’s organization (logo made absolute by --base-url)', () => {
  const { status, feed } = buildFeed(CAREER, '--org-name', 'Nordlys Cloud', '--org-url', 'https://nordlys.example', '--org-logo', '/img/logo.svg', '--base-url', 'https://nordlys.example/');
  assert.equal(status, 0);
  assert.deepEqual(feed.organization, { name: 'Nordlys Cloud', url: 'https://nordlys.example', logo: 'https://nordlys.example/img/logo.svg' });
  assertValidFeed(assert, feed);
  assert.equal(buildFeed(CAREER).feed.organization, undefined, 'no organization without --org-name');
  for (const args of [['--org-url', 'https://x.example'], ['--org-name', 'X', '--org-url', 'not a url'], ['--org-name', '']]) {
    assert.equal(runCli(['build', CAREER, ...args]).status, 2, args.join(' '));
  }
});
