// `careers-feed validate`: what is wrong, posting by posting, with the widget's own rules.
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT, runCli } from '../support/cli.mjs';

test('a valid feed: exit 0, says so on stdout, nothing on stderr', () => {
  for (const [file, count] of [['test/fixtures/feed-basic.json', '3 postings'], ['test/fixtures/feed-empty.json', '0 postings']]) {
    const run = runCli(['validate', file]);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, `${file}: valid, ${count}\n`);
    assert.equal(run.stderr, '');
  }
});

test('an invalid posting: named by index and id, with what is wrong; exit 1', () => {
  const run = runCli(['validate', 'test/fixtures/feed-one-invalid.json']);
  assert.equal(run.status, 1);
  assert.equal(
    run.stderr,
    'test/fixtures/feed-one-invalid.json: postings[1] (id "broken"): datePosted: expected an ISO date, got "yesterday"\n',
  );
  assert.equal(run.stdout, 'test/fixtures/feed-one-invalid.json: invalid: 1 of 3 postings would be skipped\n');
});

test('every problem of every posting is listed, and top-level problems too', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careers-feed-'));
  try {
    const file = join(dir, 'feed.json');
    const good = { id: 'a', lang: 'en', title: 'A', datePosted: '2026-01-01', body: 'x' };
    writeFileSync(file, JSON.stringify({
      version: 1,
      generated: '2026-01-01T10:00',
      postings: [good, { ...good, lang: 'english', title: '', apply: { label: 'Go' } }, good, 'posting'],
    }));
    const run = runCli(['validate', file]);
    assert.equal(run.status, 1);
    assert.deepEqual(run.stderr.trim().split('\n'), [
      `${file}: generated: expected an ISO date-time, got "2026-01-01T10:00" (ignored by the widget)`,
      `${file}: postings[1] (id "a"): lang: expected a BCP 47 language tag, got "english"`,
      `${file}: postings[1] (id "a"): title: must not be empty`,
      `${file}: postings[1] (id "a"): apply.url: required`,
      `${file}: postings[2] (id "a"): id: duplicate of the posting at index 0`,
      `${file}: postings[3]: expected an object, got "posting"`,
    ]);
    assert.equal(run.stdout, `${file}: invalid: 3 of 4 postings would be skipped, 1 other problem\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a feed of another version, or not JSON at all: exit 1 with the reason', () => {
  const version = runCli(['validate', 'test/fixtures/feed-bad-version.json']);
  assert.equal(version.status, 1);
  assert.equal(version.stderr, 'test/fixtures/feed-bad-version.json: version: expected 1, got 2\n');
  const html = runCli(['validate', 'test/fixtures/not-json.txt']);
  assert.equal(html.status, 1);
  assert.match(html.stderr, /^test\/fixtures\/not-json\.txt:1: not JSON: /);
  assert.equal(html.stdout, 'test/fixtures/not-json.txt: invalid: not a JSON feed\n');
});

test('what build writes, validate accepts', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careers-feed-'));
  try {
    for (const folder of ['career', 'rules', 'urls', 'broken']) {
      const out = join(dir, `${folder}.json`);
      runCli(['build', `${CONTENT}/${folder}`, '--drafts', '--future', '--expired', '--out', out, '--base-url', 'https://nordlys.example/']);
      const run = runCli(['validate', out]);
      assert.equal(run.status, 0, `${folder}: ${run.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
