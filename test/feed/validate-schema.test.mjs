// Agreement between careers-feed.schema.json (checked with ajv) and the hand-written
// validator in src/feed/validate.ts, which must never disagree.
// Run: node --test test/feed/validate-schema.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(await readFile(new URL('careers-feed.schema.json', root), 'utf8'));

/** Bundles a TS module to ESM in memory and imports it. */
async function importTs(path, minify = false) {
  const result = await build({
    entryPoints: [new URL(path, root).pathname],
    bundle: true,
    format: 'esm',
    minify,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { module: await import('data:text/javascript;base64,' + Buffer.from(code).toString('base64')), code };
}

const { module: validator } = await importTs('src/feed/validate.ts');
const { validateFeed, validatePosting, problemText } = validator;
const { module: samples } = await importTs('test/support/feed-samples.ts');
const { validPosting, VALID_DATES, INVALID_DATES } = samples;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const schemaAcceptsFeed = ajv.compile(schema);
const schemaAcceptsPosting = ajv.getSchema(`${schema.$id}#/$defs/posting`);

/** The validator's verdict on a whole feed, comparable to the schema's (ids aside). */
function validatorAcceptsFeed(feed) {
  try {
    const { skipped, problems } = validateFeed(feed);
    return skipped.length === 0 && problems.length === 0;
  } catch {
    return false;
  }
}

const basePosting = validPosting();

const long = (n, ch = 'x') => ch.repeat(n);
const notStrings = [42, 0, true, false, null, [], ['a'], {}, { a: 1 }];
const emptyish = ['', ' ', '\n', long(1)];
const dates = [...VALID_DATES, ...INVALID_DATES, long(64, '1'), long(65, '1')];
const texts = (max) => [...emptyish, long(max), long(max + 1), long(max, '😀'), long(max + 1, '😀'), 'é', '<b>'];

/** Candidate values for every known key: valid and invalid ones alike. */
const candidates = {
  id: ['a', 'A-z_0.9~', long(128), long(129), 'a/b', 'a b', '<x>', 'a?b', 'ü', ' a', 'a\n', ...emptyish],
  lang: ['en', 'de-CH', 'zh-Hant-TW', 'gsw', 'es-419', 'english', 'e', 'en_US', 'en-', '-de', 'en-toolongsubtag',
    `en${'-abcdefgh'.repeat(4)}`, `en${'-abcdefgh'.repeat(3)}-abc`, 'fr CA', ...emptyish],
  title: [...texts(300), ' \t\n', '\u00a0'],
  intro: texts(2000),
  datePosted: dates,
  validThrough: dates,
  team: texts(200),
  location: texts(200),
  employmentType: texts(200),
  image: texts(4096),
  url: [...texts(4096), 'javascript:alert(1)', '//x.example/'],
  translationKey: texts(128),
  body: [...texts(200000)],
  detail: texts(4096),
  apply: [
    { url: 'https://a.example' }, { url: 'x', label: 'Go' }, { url: 'x', extra: 1 }, {}, { label: 'Go' },
    { url: '' }, { url: 1 }, { url: 'x', label: '' }, { url: 'x', label: long(100) }, { url: 'x', label: long(101) },
    { url: 'x', label: 3 }, { url: long(4097) }, 'https://a.example', null, [], [{ url: 'x' }],
  ],
  button: [
    { url: 'https://a.example' }, { url: 'x', label: 'Go', icon: 'fa-arrow-right' }, { url: 'x', icon: '' }, { url: 'x', icon: long(100) },
    { url: 'x', icon: long(101) }, { url: 'x', icon: 1 }, { label: 'Go' }, { url: '' }, 'https://a.example', null, [],
  ],
  listed: [true, false, 'false', 0, 1],
};

/** Every key set to every candidate (and removed), plus multi-problem and non-object postings. */
function* postingVariants() {
  yield basePosting;
  for (const [key, values] of Object.entries(candidates)) {
    const { [key]: _, ...without } = basePosting;
    yield without;
    for (const value of [...values, ...notStrings]) yield { ...basePosting, [key]: value };
  }
  yield { ...basePosting, unknownKey: { nested: true } };
  yield { ...basePosting, id: 'a b', title: 1, apply: {} };
  yield { id: 'a', lang: 'en', title: 't', datePosted: '2026-01-01', body: 'b' };
  // A list-only feed's posting: a detail file instead of the body, or with it, or neither.
  const { body: _body, ...listOnly } = basePosting;
  yield { ...listOnly, detail: 'postings/backend-dev.json' };
  yield { ...basePosting, detail: 'postings/backend-dev.json' };
  yield { ...listOnly, detail: '' };
  yield {};
  for (const value of [null, 'posting', 1, [], [basePosting]]) yield value;
}

const label = (value) => JSON.stringify(value, (_, v) => (typeof v === 'string' && v.length > 40 ? `${v.slice(0, 40)}…(${v.length})` : v));

test('the schema itself is valid draft 2020-12 and compiles in strict mode', () => {
  assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
  assert.equal(typeof schemaAcceptsPosting, 'function');
});

test('every schema posting property has candidate values here', () => {
  assert.deepEqual(Object.keys(candidates).sort(), Object.keys(schema.$defs.posting.properties).sort());
});

test('schema and validatePosting agree on every posting variant', () => {
  let count = 0;
  let valid = 0;
  for (const posting of postingVariants()) {
    const schemaSays = schemaAcceptsPosting(posting);
    const problems = validatePosting(posting);
    assert.equal(
      problems.length === 0,
      schemaSays,
      `${label(posting)}\n  schema: ${schemaSays ? 'valid' : ajv.errorsText(schemaAcceptsPosting.errors)}\n  validator: ${problems.map(problemText).join('; ') || 'valid'}`,
    );
    // A posting inside a feed gets the same verdict from both.
    assert.equal(validatorAcceptsFeed({ version: 1, postings: [posting] }), schemaSays, label(posting));
    count++;
    if (schemaSays) valid++;
  }
  assert.ok(count > 300 && valid > 100 && count - valid > 200, `too few cases: ${count} (${valid} valid)`);
});

test('schema and validateFeed agree on top-level variants', () => {
  const postings = [basePosting];
  const feeds = [
    { version: 1, postings },
    { version: 1, postings: [] },
    { version: 1, postings, extra: 'allowed' },
    { postings },
    { version: 2, postings },
    { version: '1', postings },
    { version: 1.5, postings },
    { version: null, postings },
    { version: 1 },
    { version: 1, postings: {} },
    { version: 1, postings: null },
    null, [], 'feed', 1,
    ...dates.map((generated) => ({ version: 1, postings, generated })),
    ...notStrings.map((generated) => ({ version: 1, postings, generated })),
    ...[
      { name: 'ACME' }, { name: 'ACME', url: 'https://acme.example', logo: 'logo.svg', size: 5 }, {}, { name: '' },
      { name: long(200) }, { name: long(201) }, { name: 1 }, { name: 'A', url: '' }, { name: 'A', logo: long(4097) },
      { name: 'A', url: null }, 'ACME', null, [], [{ name: 'ACME' }],
    ].map((organization) => ({ version: 1, postings, organization })),
  ];
  for (const feed of feeds) {
    assert.equal(validatorAcceptsFeed(feed), schemaAcceptsFeed(feed), label(feed));
  }
});

test('duplicate ids are the validator\'s own rule (JSON Schema cannot express it)', () => {
  const feed = { version: 1, postings: [basePosting, basePosting] };
  assert.equal(schemaAcceptsFeed(feed), true);
  const { feed: result, skipped } = validateFeed(feed);
  assert.equal(result.postings.length, 1);
  assert.deepEqual(skipped, [{ index: 1, id: basePosting.id, problems: [{ path: 'id', message: 'duplicate of the posting at index 0' }] }]);
});

test('every schema property has a title and a description', () => {
  const objects = [schema, schema.properties.organization, schema.$defs.posting, schema.$defs.posting.properties.apply];
  for (const object of objects) {
    for (const [key, property] of Object.entries(object.properties)) {
      assert.equal(typeof property.title, 'string', key);
      assert.equal(typeof property.description, 'string', key);
    }
  }
});

test('validate.ts stays small in the browser bundle', async () => {
  const { code } = await importTs('src/feed/validate.ts', true);
  const size = gzipSync(code, { level: 9 }).length;
  assert.ok(size <= 1500, `validate.ts is ${size} bytes min+gzip`);
});
