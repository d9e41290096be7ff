import { expect } from '@open-wc/testing';
import { FeedFormatError, problemText, validateFeed, validatePosting } from '../../src/feed/validate.js';
import { INVALID_DATES, VALID_DATES, validPosting } from '../support/feed-samples.js';

const feedOf = (...postings: unknown[]) => ({ version: 1, postings });

/** The problems of a valid posting with `changes` applied (undefined removes a key), as people read them. */
function problemsWith(changes: Record<string, unknown>): string[] {
  const posting: Record<string, unknown> = { ...validPosting(), ...changes };
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete posting[key];
  return validatePosting(posting).map(problemText);
}

function expectFeedError(data: unknown, code: string) {
  try {
    validateFeed(data);
  } catch (error) {
    expect(error).to.be.instanceOf(FeedFormatError);
    expect((error as FeedFormatError).code).to.equal(code);
    expect((error as FeedFormatError).name).to.equal('FeedFormatError');
    return;
  }
  expect.fail(`expected FeedFormatError ${code}`);
}

describe('validatePosting', () => {
  it('accepts a posting with every field valid', () => {
    expect(validatePosting(validPosting())).to.deep.equal([]);
  });

  it('accepts a posting with only the required fields', () => {
    const { id, lang, title, datePosted, body } = validPosting();
    expect(validatePosting({ id, lang, title, datePosted, body })).to.deep.equal([]);
  });

  it('tolerates unknown keys at posting and apply level', () => {
    expect(problemsWith({ salary: { min: 1 }, apply: { url: 'https://a.example', via: 'email' } })).to.deep.equal([]);
  });

  it('rejects non-objects', () => {
    expect(validatePosting(null)).to.deep.equal([{ path: '', message: 'expected an object, got null' }]);
    expect(validatePosting([])).to.deep.equal([{ path: '', message: 'expected an object, got an array' }]);
    expect(validatePosting('x')).to.deep.equal([{ path: '', message: 'expected an object, got "x"' }]);
  });

  for (const key of ['id', 'lang', 'title', 'datePosted', 'body']) {
    it(`requires ${key}, non-empty`, () => {
      expect(problemsWith({ [key]: undefined })).to.deep.equal([`${key}: required`]);
      expect(problemsWith({ [key]: '' })).to.deep.equal([`${key}: must not be empty`]);
    });
  }

  it('takes a detail file instead of the body (a list-only feed), not neither', () => {
    expect(problemsWith({ body: undefined, detail: 'feed/a.json' })).to.deep.equal([]);
    expect(problemsWith({ body: undefined, detail: '' })).to.deep.equal(['detail: must not be empty']);
    expect(problemsWith({ body: undefined, detail: 7 })).to.deep.equal(['detail: expected a string, got 7']);
  });

  const stringKeys = ['id', 'lang', 'title', 'intro', 'datePosted', 'validThrough', 'team', 'location'];
  for (const key of [...stringKeys, 'employmentType', 'image', 'url', 'translationKey', 'body']) {
    it(`requires ${key} to be a string, without coercion`, () => {
      expect(problemsWith({ [key]: 42 })).to.deep.equal([`${key}: expected a string, got 42`]);
      expect(problemsWith({ [key]: null })).to.deep.equal([`${key}: expected a string, got null`]);
      expect(problemsWith({ [key]: true })).to.deep.equal([`${key}: expected a string, got true`]);
      expect(problemsWith({ [key]: ['a'] })).to.deep.equal([`${key}: expected a string, got an array`]);
      expect(problemsWith({ [key]: { a: 1 } })).to.deep.equal([`${key}: expected a string, got an object`]);
    });
  }

  it('rejects empty optional strings (omit them instead)', () => {
    for (const key of ['intro', 'validThrough', 'team', 'location', 'employmentType', 'image', 'url', 'translationKey']) {
      expect(problemsWith({ [key]: '' })).to.deep.equal([`${key}: must not be empty`]);
    }
  });

  it('accepts URL-safe ids and rejects others', () => {
    for (const id of ['a', 'A-z_0.9~', 'x'.repeat(128)]) expect(problemsWith({ id })).to.deep.equal([]);
    for (const id of ['a/b', 'a b', '<script>', 'a?b', 'a#b', 'ü', ' a']) {
      expect(problemsWith({ id })).to.deep.equal([`id: expected only A-Z a-z 0-9 . _ ~ -, got ${JSON.stringify(id)}`]);
    }
    expect(problemsWith({ id: 'x'.repeat(129) })).to.deep.equal(['id: must be at most 128 characters']);
  });

  it('accepts sane BCP 47 tags and rejects others', () => {
    for (const lang of ['en', 'de-CH', 'zh-Hant-TW', 'gsw', 'es-419', 'EN-gb']) {
      expect(problemsWith({ lang })).to.deep.equal([]);
    }
    for (const lang of ['english', 'e', 'en_US', 'en-', 'de-CH-', '-de', 'en-toolongsubtag', 'fr CA']) {
      expect(problemsWith({ lang })).to.deep.equal([`lang: expected a BCP 47 language tag, got ${JSON.stringify(lang)}`]);
    }
  });

  it('rejects a whitespace-only title and an over-long one', () => {
    expect(problemsWith({ title: ' \n\t' })).to.deep.equal(['title: expected visible text, got " \\n\\t"']);
    expect(problemsWith({ title: 'x'.repeat(300) })).to.deep.equal([]);
    expect(problemsWith({ title: 'x'.repeat(301) })).to.deep.equal(['title: must be at most 300 characters']);
  });

  it('counts length in code points, as JSON Schema does', () => {
    expect(problemsWith({ title: '😀'.repeat(300) })).to.deep.equal([]);
    expect(problemsWith({ title: '😀'.repeat(301) })).to.deep.equal(['title: must be at most 300 characters']);
  });

  it('caps the other strings', () => {
    const caps = { intro: 2000, team: 200, location: 200, employmentType: 200, image: 4096, url: 4096, translationKey: 128 };
    for (const [key, max] of Object.entries(caps)) {
      expect(problemsWith({ [key]: 'x'.repeat(max) })).to.deep.equal([]);
      expect(problemsWith({ [key]: 'x'.repeat(max + 1) })).to.deep.equal([`${key}: must be at most ${max} characters`]);
    }
    expect(problemsWith({ body: 'x'.repeat(200001) })).to.deep.equal(['body: must be at most 200000 characters']);
  });

  it('accepts ISO dates and date-times that exist', () => {
    for (const date of VALID_DATES) {
      expect(problemsWith({ datePosted: date, validThrough: date }), date).to.deep.equal([]);
    }
  });

  it('rejects dates that are malformed or not in the calendar', () => {
    for (const date of INVALID_DATES) {
      const quoted = JSON.stringify(date);
      expect(problemsWith({ datePosted: date }), date).to.deep.equal([`datePosted: expected an ISO date, got ${quoted}`]);
      expect(problemsWith({ validThrough: date }), date).to.deep.equal([`validThrough: expected an ISO date, got ${quoted}`]);
    }
  });

  it('checks apply: an object with a required url and an optional label', () => {
    expect(problemsWith({ apply: { url: 'https://a.example' } })).to.deep.equal([]);
    expect(problemsWith({ apply: 'https://a.example' })).to.deep.equal([
      'apply: expected an object, got "https://a.example"',
    ]);
    expect(problemsWith({ apply: null })).to.deep.equal(['apply: expected an object, got null']);
    expect(problemsWith({ apply: [] })).to.deep.equal(['apply: expected an object, got an array']);
    expect(problemsWith({ apply: {} })).to.deep.equal(['apply.url: required']);
    expect(problemsWith({ apply: { url: '' } })).to.deep.equal(['apply.url: must not be empty']);
    expect(problemsWith({ apply: { url: 1 } })).to.deep.equal(['apply.url: expected a string, got 1']);
    expect(problemsWith({ apply: { url: 'x', label: '' } })).to.deep.equal(['apply.label: must not be empty']);
    expect(problemsWith({ apply: { url: 'x', label: 'x'.repeat(101) } })).to.deep.equal([
      'apply.label: must be at most 100 characters',
    ]);
  });

  it('reports every problem of a posting', () => {
    expect(problemsWith({ id: 'a b', title: 1, body: undefined, apply: {} })).to.deep.equal([
      'id: expected only A-Z a-z 0-9 . _ ~ -, got "a b"',
      'title: expected a string, got 1',
      'body: required',
      'apply.url: required',
    ]);
  });

  it('names each problem by its path from the posting, apart from its message', () => {
    expect(validatePosting({ ...validPosting(), title: 1, apply: {}, listed: 'no' })).to.deep.equal([
      { path: 'title', message: 'expected a string, got 1' },
      { path: 'apply.url', message: 'required' },
      { path: 'listed', message: 'expected true or false, got "no"' },
    ]);
  });

  it('shortens long values in messages', () => {
    const [message] = problemsWith({ datePosted: 'x'.repeat(64) });
    expect(message).to.equal(`datePosted: expected an ISO date, got "${'x'.repeat(60)}…"`);
  });
});

describe('validateFeed', () => {
  it('refuses a root that is not a JSON object', () => {
    for (const data of [null, undefined, [], ['a'], 'feed', 1, true]) expectFeedError(data, 'not-json-object');
  });

  it('refuses any version but exactly 1', () => {
    for (const version of [undefined, 2, 0, '1', 1.5, null, [1]]) {
      expectFeedError({ version, postings: [] }, 'unsupported-version');
    }
    expectFeedError({ postings: [] }, 'unsupported-version');
  });

  it('refuses a feed without a postings array', () => {
    for (const postings of [undefined, null, {}, 'a', 1]) expectFeedError({ version: 1, postings }, 'no-postings-array');
    expectFeedError({ version: 1 }, 'no-postings-array');
  });

  it('checks the version before the postings', () => {
    expectFeedError({ version: 2 }, 'unsupported-version');
  });

  it('explains the error in its message', () => {
    expect(() => validateFeed({ version: '1', postings: [] })).to.throw(FeedFormatError, 'version: expected 1, got "1"');
  });

  it('accepts an empty feed', () => {
    expect(validateFeed(feedOf())).to.deep.equal({ feed: { version: 1, postings: [] }, skipped: [], problems: [] });
  });

  it('keeps valid postings and skips invalid ones with their id and reasons', () => {
    const a = validPosting();
    const b = { ...validPosting(), id: 'b', datePosted: 'yesterday' };
    const c = { ...validPosting(), id: 'c' };
    const { feed, skipped, problems } = validateFeed(feedOf(a, b, c));
    expect(feed.postings).to.deep.equal([a, c]);
    expect(feed.postings[0]).to.equal(a);
    expect(skipped).to.deep.equal([{ index: 1, id: 'b', problems: [{ path: 'datePosted', message: 'expected an ISO date, got "yesterday"' }] }]);
    expect(problems).to.deep.equal([]);
  });

  it('omits the id of a skipped posting when it has no string id', () => {
    const { skipped } = validateFeed(feedOf(null, { ...validPosting(), id: 7 }));
    expect(skipped).to.deep.equal([
      { index: 0, problems: [{ path: '', message: 'expected an object, got null' }] },
      { index: 1, problems: [{ path: 'id', message: 'expected a string, got 7' }] },
    ]);
  });

  it('keeps the first valid posting of an id and skips later ones', () => {
    const invalidFirst = { ...validPosting(), id: 'x', title: '' };
    const first = { ...validPosting(), id: 'x', title: 'First' };
    const second = { ...validPosting(), id: 'x', title: 'Second' };
    const { feed, skipped } = validateFeed(feedOf(invalidFirst, first, second));
    expect(feed.postings).to.deep.equal([first]);
    expect(skipped).to.deep.equal([
      { index: 0, id: 'x', problems: [{ path: 'title', message: 'must not be empty' }] },
      { index: 2, id: 'x', problems: [{ path: 'id', message: 'duplicate of the posting at index 1' }] },
    ]);
  });

  it('keeps unknown keys at the top level and in postings', () => {
    const posting = { ...validPosting(), remote: true };
    const { feed } = validateFeed({ ...feedOf(posting), publisher: 'x', organization: { name: 'ACME', size: 5 } });
    expect(feed).to.deep.include({ publisher: 'x', organization: { name: 'ACME', size: 5 } });
    expect(feed.postings[0]).to.equal(posting);
  });

  it('does not modify its input', () => {
    const data = { ...feedOf(validPosting(), null), generated: 'now' };
    const copy = JSON.parse(JSON.stringify(data));
    validateFeed(data);
    expect(data).to.deep.equal(copy);
  });

  it('accepts valid generated and organization fields', () => {
    const data = {
      ...feedOf(),
      generated: '2026-03-01T09:30:00Z',
      organization: { name: 'ACME', url: 'https://acme.example', logo: 'logo.svg' },
    };
    expect(validateFeed(data)).to.deep.equal({ feed: data, skipped: [], problems: [] });
  });

  it('names top-level problems by their path from the feed', () => {
    expect(validateFeed({ ...feedOf(), organization: {} }).problems).to.deep.equal([{ path: 'organization.name', message: 'required' }]);
  });

  it('drops invalid generated and organization fields and reports them', () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ generated: '2026-03-01' }, ['generated: expected an ISO date-time, got "2026-03-01"']],
      [{ generated: '2026-02-30T00:00:00Z' }, ['generated: expected an ISO date-time, got "2026-02-30T00:00:00Z"']],
      [{ generated: 5 }, ['generated: expected a string, got 5']],
      [{ organization: 'ACME' }, ['organization: expected an object, got "ACME"']],
      [{ organization: {} }, ['organization.name: required']],
      [{ organization: { name: 'A', logo: '' } }, ['organization.logo: must not be empty']],
      [{ organization: { name: 'A', url: 1 } }, ['organization.url: expected a string, got 1']],
    ];
    for (const [fields, messages] of cases) {
      const { feed, problems } = validateFeed({ ...feedOf(validPosting()), ...fields });
      expect(problems.map(problemText)).to.deep.equal(messages);
      expect(feed).to.deep.equal(feedOf(validPosting()));
    }
  });
});

describe('careers-feed.schema.json', () => {
  it('is served as valid JSON Schema 2020-12 describing feed version 1', async () => {
    const response = await fetch('/careers-feed.schema.json');
    expect(response.ok).to.equal(true);
    const schema = await response.json();
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.be.a('string');
    expect(schema.required).to.deep.equal(['version', 'postings']);
    expect(schema.properties.version.const).to.equal(1);
    expect(schema.$defs.posting.required).to.deep.equal(['id', 'lang', 'title', 'datePosted']);
    // The body, or in a list-only feed the file that holds the posting whole.
    expect(schema.$defs.posting.anyOf.map((branch: { required: string[] }) => branch.required)).to.deep.equal([['body'], ['detail']]);
    expect(schema.$defs.posting.properties.apply.required).to.deep.equal(['url']);
    expect(schema.properties.organization.required).to.deep.equal(['name']);
  });

  it('documents every property and allows unknown keys', async () => {
    const schema = await (await fetch('/careers-feed.schema.json')).json();
    const objects = [schema, schema.properties.organization, schema.$defs.posting, schema.$defs.posting.properties.apply];
    for (const object of objects) {
      expect(object.additionalProperties).to.equal(undefined);
      for (const [key, property] of Object.entries<{ title?: string; description?: string }>(object.properties)) {
        expect(property.title, key).to.be.a('string');
        expect(property.description, key).to.be.a('string');
      }
    }
  });
});
