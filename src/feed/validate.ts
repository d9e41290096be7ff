/**
 * Validation of feed format v1, hand-written to mirror careers-feed.schema.json.
 * It is not a schema interpreter because the schema (mostly documentation) would
 * cost more bundle bytes than these rules; test/node/feed-schema.test.mjs checks
 * with ajv that the two never disagree. Change both together.
 */
import { FEED_VERSION, type Feed, type Posting } from './types';

export interface PostingProblem {
  /** Position of the posting in the feed's `postings` array. */
  index: number;
  /** The posting's id, when it has a string one. */
  id?: string;
  messages: string[];
}

export type FeedFormatErrorCode = 'not-json-object' | 'unsupported-version' | 'no-postings-array';

/** The top level of the feed is unusable, so there is nothing to show. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
  constructor(
    readonly code: FeedFormatErrorCode,
    message: string,
  ) {
    super(message);
  }
}

type JsonObject = Record<string, unknown>;

/** A string field: name, max length in code points, required, extra test and what it expects. */
type StringField = [name: string, max: number, required: boolean, test?: (s: string) => boolean, expected?: string];

const DATE_TIME =
  /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))?$/;

/** An ISO date or date-time (with time when `withTime`) whose date exists in the calendar. */
function isIsoDate(s: string, withTime?: boolean): boolean {
  const m = DATE_TIME.exec(s);
  if (!m || (withTime && !m[4])) return false;
  const month = +m[2] - 1;
  // Date.UTC maps years 0-99 to 1900-1999; shifting by whole 400-year cycles keeps leap years.
  const date = new Date(Date.UTC(2000 + (+m[1] % 400), month, +m[3]));
  return date.getUTCMonth() === month; // an impossible day (Feb 30) rolls over into the next month
}

const matches = (re: RegExp) => (s: string) => re.test(s);
const ISO_DATE = 'an ISO date';
const URL_MAX = 4096;

const POSTING_FIELDS: StringField[] = [
  ['id', 128, true, matches(/^[A-Za-z0-9._~-]{1,128}$/), 'only A-Z a-z 0-9 . _ ~ -'],
  ['lang', 35, true, matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/), 'a BCP 47 language tag'],
  ['title', 300, true, matches(/\S/), 'visible text'],
  ['intro', 2000, false],
  ['datePosted', 64, true, isIsoDate, ISO_DATE],
  ['validThrough', 64, false, isIsoDate, ISO_DATE],
  ['team', 200, false],
  ['location', 200, false],
  ['employmentType', 200, false],
  ['image', URL_MAX, false],
  ['url', URL_MAX, false],
  ['translationKey', 128, false],
  ['body', 200000, false],
  ['detail', URL_MAX, false],
];
const APPLY_FIELDS: StringField[] = [
  ['url', URL_MAX, true],
  ['label', 100, false],
];
const BUTTON_FIELDS: StringField[] = [...APPLY_FIELDS, ['icon', 100, false]];
const ORGANIZATION_FIELDS: StringField[] = [
  ['name', 200, true],
  ['url', URL_MAX, false],
  ['logo', URL_MAX, false],
];
const GENERATED_FIELD: StringField[] = [['generated', 64, false, (s) => isIsoDate(s, true), 'an ISO date-time']];

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A value as it appears in a message: strings quoted (and shortened), others by kind. */
function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);
  if (v === undefined) return 'nothing';
  return Array.isArray(v) ? 'an array' : isObject(v) ? 'an object' : String(v);
}

/** JSON Schema's maxLength counts code points, not UTF-16 units; only count them when it matters. */
const tooLong = (s: string, max: number) => s.length > max && [...s].length > max;

function checkStrings(obj: JsonObject, fields: StringField[], path = ''): string[] {
  const problems: string[] = [];
  for (const [name, max, required, test, expected] of fields) {
    const value = obj[name];
    const at = path + name + ': ';
    if (value === undefined) {
      if (required) problems.push(at + 'required');
    } else if (typeof value !== 'string') problems.push(at + 'expected a string, got ' + show(value));
    else if (!value) problems.push(at + 'must not be empty');
    else if (tooLong(value, max)) problems.push(at + `must be at most ${max} characters`);
    else if (test && !test(value)) problems.push(`${at}expected ${expected}, got ${show(value)}`);
  }
  return problems;
}

/** Problems of an optional nested object such as `apply`; [] when absent or valid. */
function checkObject(value: unknown, fields: StringField[], name: string): string[] {
  if (value === undefined) return [];
  return isObject(value) ? checkStrings(value, fields, name + '.') : [`${name}: expected an object, got ${show(value)}`];
}

/**
 * Problems of one posting, [] when valid. Unknown keys are allowed (forward compatibility). A
 * posting has its `body`, or, in a list-only feed, the `detail` file that has it.
 */
export function validatePosting(data: unknown): string[] {
  if (!isObject(data)) return ['expected an object, got ' + show(data)];
  const whole = data.body === undefined && data.detail === undefined ? ['body: required'] : [];
  return [
    ...checkStrings(data, POSTING_FIELDS),
    ...whole,
    ...checkObject(data.apply, APPLY_FIELDS, 'apply'),
    ...checkObject(data.button, BUTTON_FIELDS, 'button'),
    ...(data.listed === undefined || typeof data.listed === 'boolean' ? [] : [`listed: expected true or false, got ${show(data.listed)}`]),
  ];
}

/**
 * Checks a parsed feed. Throws FeedFormatError when the top level is unusable; otherwise
 * returns the feed with only its valid postings (same objects, unknown keys kept), the
 * skipped ones with reasons, and `problems` for invalid optional top-level fields
 * (`generated`, `organization`), which are dropped from the returned feed.
 * Of postings sharing an id, the first valid one wins.
 */
export function validateFeed(data: unknown): { feed: Feed; skipped: PostingProblem[]; problems: string[] } {
  if (!isObject(data)) throw new FeedFormatError('not-json-object', 'expected a JSON object, got ' + show(data));
  if (data.version !== FEED_VERSION) {
    throw new FeedFormatError('unsupported-version', `version: expected ${FEED_VERSION}, got ${show(data.version)}`);
  }
  if (!Array.isArray(data.postings)) {
    throw new FeedFormatError('no-postings-array', 'postings: expected an array, got ' + show(data.postings));
  }

  const feed = { ...data, postings: [] as Posting[] } as Feed & JsonObject;
  const problems: string[] = [];
  const dropIfInvalid = (key: string, found: string[]) => {
    if (found.length) delete feed[key];
    problems.push(...found);
  };
  dropIfInvalid('generated', checkStrings(data, GENERATED_FIELD));
  dropIfInvalid('organization', checkObject(data.organization, ORGANIZATION_FIELDS, 'organization'));

  const skipped: PostingProblem[] = [];
  const firstIndexOfId = new Map<string, number>();
  data.postings.forEach((posting: unknown, index) => {
    const messages = validatePosting(posting);
    if (!messages.length) {
      const { id } = posting as Posting;
      const first = firstIndexOfId.get(id);
      if (first === undefined) {
        firstIndexOfId.set(id, index);
        feed.postings.push(posting as Posting);
        return;
      }
      messages.push(`id: duplicate of the posting at index ${first}`);
    }
    const id = isObject(posting) && typeof posting.id === 'string' ? posting.id : undefined;
    skipped.push(id === undefined ? { index, messages } : { index, id, messages });
  });
  return { feed, skipped, problems };
}
