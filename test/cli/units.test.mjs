// The CLI's pure parts, in-process (the built dist/cli/careers-feed.js, see test/support/cli.mjs):
// front matter, dates, languages, ids, one page's conversion.
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importCli } from '../support/cli.mjs';

const cli = await importCli();

test('front matter: the three formats, where it ends, and broken ones with their line', () => {
  const { splitFrontMatter, readFrontMatter } = cli;
  const read = (text) => {
    const split = splitFrontMatter(text);
    if ('error' in split) return split;
    const data = readFrontMatter(split);
    return 'error' in data ? data : { ...split, data: Object.fromEntries([...data.entries].map(([k, e]) => [k, e.value])) };
  };
  assert.deepEqual(read('\n\n---\ntitle: A\n---\nBody').data, { title: 'A' }, 'blank lines before');
  assert.equal(read('---\ntitle: A\n---\nBody').bodyLine, 4);
  assert.equal(read('+++\ntitle = "A"\n+++\n\nBody').body, '\nBody');
  assert.deepEqual(read('{ "title": "a } {", "n": 1 }\nBody').data, { title: 'a } {', n: 1 });
  assert.equal(read('{ "title": "A" }\nBody').body, '\nBody');
  assert.deepEqual(read('---\n---\nBody').data, {}, 'empty front matter');
  assert.deepEqual(read('---\nParams:\n  Team: X\n---\n').data, { params: { team: 'X' } }, 'nested keys lower-cased too');
  assert.deepEqual(read('---\nd: 2026-03-01\nt: 10:30\nok: on\n---\n').data, { d: '2026-03-01', t: '10:30', ok: true }, 'YAML 1.1 scalars, dates as text');
  assert.equal(read('No front matter').format, null);

  assert.deepEqual(read('---\ntitle: A\n'), { error: { line: 1, message: 'the front matter opened with "---" is never closed' } });
  assert.deepEqual(read('--- x\ntitle: A\n---\n').error.line, 1);
  // A key written twice is read as Hugo reads it: the later value, the repeat listed with its line.
  assert.deepEqual(read('---\ntitle: A\ntitle: B\n---\n').data, { title: 'B' });
  assert.deepEqual(readFrontMatter(splitFrontMatter('---\ntitle: A\ntitle: B\n---\n')).duplicates, [
    { key: 'title', earlier: 'title', earlierLine: 2, line: 3, sameValue: false },
  ]);
  assert.deepEqual(read('---\n- a\n- b\n---\n').error, { line: 2, message: 'the front matter must be a map of keys to values, not a list' });
  assert.equal(read('\n+++\na = 1\nb = \n+++\n').error.line, 4);
  assert.equal(read('{\n  "a": 1\n  "b": 2\n}\n').error.line, 3);
  assert.deepEqual(read('{ "a": 1').error, { line: 1, message: 'the JSON front matter\'s "{" is never closed' });
});

test('dates as Hugo reads them', () => {
  const { parseHugoDate } = cli;
  const iso = (value) => parseHugoDate(value)?.iso ?? null;
  assert.equal(iso('2026-03-01'), '2026-03-01');
  assert.equal(iso(' 2026-03-01 '), '2026-03-01');
  assert.equal(iso('2026-03-01T09:30:00'), '2026-03-01T09:30:00Z');
  assert.equal(iso('2026-03-01 09:30:00'), '2026-03-01T09:30:00Z');
  assert.equal(iso('2026-03-01T09:30:00.250+0100'), '2026-03-01T09:30:00.250+01:00');
  assert.equal(iso('2026-03-01 09:30:00 -05:00'), '2026-03-01T09:30:00-05:00');
  assert.equal(iso('01 Mar 2026'), '2026-03-01');
  assert.equal(iso(new Date('2026-03-01T09:30:00Z')), '2026-03-01T09:30:00Z');
  for (const bad of ['2026-02-30', '2026-13-01', '2026-03-01T24:00:00', '2026-03-01T09:30', 'soon', 20260301, null, true]) {
    assert.equal(iso(bad), null, String(bad));
  }
  assert.equal(parseHugoDate('2026-03-01T01:00:00+01:00').time, Date.UTC(2026, 2, 1));
});

test('language tags: normalised, and taken from file names only when they are tags', () => {
  const { normalizeLang, splitLangSuffix } = cli;
  assert.equal(normalizeLang('En'), 'en');
  assert.equal(normalizeLang(' nb '), 'nb');
  assert.equal(normalizeLang('en_us'), 'en-US');
  assert.equal(normalizeLang('ZH-hant-tw'), 'zh-Hant-TW');
  assert.equal(normalizeLang('es-419'), 'es-419');
  for (const bad of ['english', 'e', 'en-', '', 'en us']) assert.equal(normalizeLang(bad), null, bad);
  assert.deepEqual(splitLangSuffix('senior-dev.nb'), { name: 'senior-dev', lang: 'nb' });
  assert.deepEqual(splitLangSuffix('senior-dev'), { name: 'senior-dev', lang: null });
  assert.deepEqual(splitLangSuffix('api.v2'), { name: 'api.v2', lang: null });
  assert.deepEqual(splitLangSuffix('.nb'), { name: '.nb', lang: null });
});

test('ids are URL-safe, readable and bounded', () => {
  const { idFromPath } = cli;
  assert.equal(idFromPath('senior-dev.nb'), 'senior-dev.nb');
  assert.equal(idFromPath('team/Senior Dev'), 'team-Senior-Dev');
  assert.equal(idFromPath('økonomi/sjåfør-æøå'), 'okonomi-sjafor-aeoa');
  assert.equal(idFromPath('???'), 'posting');
  const long = idFromPath('x'.repeat(300));
  assert.equal(long.length, 128);
  assert.match(long, /^x{119}-[0-9a-f]{8}$/);
  assert.notEqual(idFromPath(`${'x'.repeat(200)}a`), idFromPath(`${'x'.repeat(200)}b`));
});

test('one page: line endings, byte order mark, params, text fields and what is left out', () => {
  const { convertPage } = cli;
  const page = (text, extra = {}) => convertPage({ text, fileLang: null, defaultLang: 'en', ...extra });

  const crlf = page('\uFEFF---\r\ntitle: " A "\r\ndate: 2026-01-01\r\nteam: ""\r\nlocation: 42\r\n---\r\n\r\n\r\nLine one\r\nLine two\r\n\r\n');
  assert.deepEqual(crlf.page.posting, { lang: 'en', title: 'A', datePosted: '2026-01-01', location: '42', body: 'Line one\nLine two' });
  assert.equal(crlf.page.lines.body, 9);

  const listed = page('---\ntitle: A\ndate: 2026-01-01\nteam: [a, b]\n---\nBody');
  assert.equal(listed.page.posting.team, undefined);
  assert.deepEqual(listed.notes, [{ line: 4, severity: 'warning', message: '"team" should be text, not a list; left out' }]);

  const unsafe = page('---\ntitle: A\ndate: 2026-01-01\nsidebarlinkurl: "javascript:alert(1)"\nsidebarimage: "data:image/png;base64,x"\n---\nBody');
  assert.equal(unsafe.page.posting.apply, undefined);
  assert.equal(unsafe.page.posting.image, undefined);
  assert.equal(unsafe.notes.length, 2);

  const images = (value) => page(`---\ntitle: A\ndate: 2026-01-01\nsidebarimage: "${value}"\n---\nBody`).page.posting.image;
  assert.equal(images('x.svg'), '/img/card/x.svg');
  assert.equal(images('./x.svg'), '/img/card/x.svg');
  assert.equal(images('/img/other/x.svg'), '/img/other/x.svg');
  assert.equal(images('https://cdn.example/x.svg'), 'https://cdn.example/x.svg');
  assert.equal(images(' '), undefined);

  const bad = (text) => page(text).notes.filter((note) => note.severity === 'error').map((note) => `${note.line}: ${note.message}`);
  assert.deepEqual(bad('---\ntitle: A\n---\nBody'), ['2: no date: a posting needs "date" (or "publishDate")']);
  assert.deepEqual(bad('---\ntitle: A\ndate: 2026-01-01\n---\n\n  \n'), ['5: no content after the front matter: a posting needs a body']);
  assert.deepEqual(bad('---\ntitle: A\ndate: 2026-01-01\nexpiryDate: never\n---\nBody'), [
    '4: "expiryDate": cannot read "never" as a date (use 2026-03-01 or 2026-03-01T09:30:00+01:00)',
  ]);
  // publishDate alone is the date too (Hugo's fallback), and lastmod after it.
  assert.equal(page('---\ntitle: A\npublishDate: 2026-02-02\n---\nB').page.posting.datePosted, '2026-02-02');
  assert.equal(page('---\ntitle: A\nlastmod: 2026-02-03\n---\nB').page.posting.datePosted, '2026-02-03');
  // Drafts the way Go reads booleans.
  for (const [value, draft] of [['true', true], ['"true"', true], ['"1"', true], ['yes', true], ['false', false], ['"maybe"', false]]) {
    assert.equal(page(`---\ntitle: A\ndate: 2026-01-01\ndraft: ${value}\n---\nB`).page.draft, draft, value);
  }
});

test('shortcode problems and unknown shortcodes are warnings with the file line; embeds are listed', () => {
  const { convertPage } = cli;
  const { notes, page } = convertPage({
    text: '---\ntitle: A\ndate: 2026-01-01\n---\n\nText\n{{< youtube x >}}\n{{% banner %}}in{{% /banner %}}\n{{< localbutton text="x >}}\n{{< note "open\n',
    fileLang: null,
    defaultLang: 'en',
  });
  assert.ok(page);
  assert.deepEqual(notes.map((note) => `${note.line} ${note.severity}: ${note.message}`), [
    '9 warning: shortcode "localbutton": a quote is not closed; read as closed where the line ends with ">}}"',
    '10 warning: unterminated quote in shortcode "note"',
    '8 warning: unknown shortcode "banner": the widget drops its tags and shows what is inside',
    '7 info: embeds a video from www.youtube.com: shown as a card that loads it when the reader asks',
  ]);
});

test('a key written twice, the same way or in two casings: published, with a warning that names its line', () => {
  const { convertPage } = cli;
  const { notes, page } = convertPage({
    text: '---\ntitle: A\nlanguage: "en"\ndate: 2026-01-01\nlanguage: "en"\nteam: Boats\nteam: Engines\n---\nBody\n',
    fileLang: null,
    defaultLang: 'en',
  });
  assert.equal(page.posting.team, 'Engines');
  assert.deepEqual(notes.map((note) => `${note.line}: ${note.message}`), [
    '5: key "language" is written again (first on line 3): write it once',
    '7: key "team" is written again (first on line 6): the later value is used, as Hugo does',
  ]);
});

test('the rewriter stays correct on hostile input', () => {
  const { absolutizeBodyUrls } = cli;
  const runs = '](/('.repeat(20000);
  assert.deepEqual(absolutizeBodyUrls(`${runs} [x](/y)`, 'https://x.example/'), { body: `${runs} [x](https://x.example/y)`, count: 1 });
  const nested = '[a](/b('.repeat(20000);
  assert.equal(absolutizeBodyUrls(nested, 'https://x.example/').body, nested);
  const tags = '{{< x link="/a" '.repeat(5000);
  assert.equal(absolutizeBodyUrls(tags, 'https://x.example/').body, tags);
});
