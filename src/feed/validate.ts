/**
 * Validation of feed format v1, hand-written to mirror careers-feed.schema.json.
 * It is not a schema interpreter because the schema (mostly documentation) would
 * cost more bundle bytes than these rules; test/feed/validate-schema.test.mjs checks
 * with ajv that the two never disagree. Change both together.
 */
import { FEED_VERSION, type Feed, type Posting } from './types';

/**
 * One thing wrong with a value: `path` names the field, dotted from the object checked (the
 * posting, or the feed for its top level), e.g. `apply.url`; '' is the object itself.
 */
export interface Problem {
  path: string;
  message: string;
}

/** A posting the widget leaves out, and why. */
export interface SkippedPosting {
  /** Position of the posting in the feed's `postings` array. */
  index: number;
  /** The posting's id, when it has a string one. */
  id?: string;
  problems: Problem[];
}

const problem = (path: string, message: string): Problem => ({ path, message });

/** A problem as people read it: `apply.url: required`. */
export const problemText = ({ path, message }: Problem): string => (path ? `${path}: ${message}` : message);

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

function checkStrings(obj: JsonObject, fields: StringField[], prefix = ''): Problem[] {
  const problems: Problem[] = [];
  for (const [name, max, required, test, expected] of fields) {
    const value = obj[name];
    const message =
      value === undefined
        ? required && 'required'
        : typeof value !== 'string'
          ? 'expected a string, got ' + show(value)
          : !value
            ? 'must not be empty'
            : tooLong(value, max)
              ? `must be at most ${max} characters`
              : test && !test(value) && `expected ${expected}, got ${show(value)}`;
    if (message) problems.push(problem(prefix + name, message));
  }
  return problems;
}

/** Problems of an optional nested object such as `apply`; [] when absent or valid. */
function checkObject(value: unknown, fields: StringField[], name: string): Problem[] {
  if (value === undefined) return [];
  return isObject(value) ? checkStrings(value, fields, name + '.') : [problem(name, 'expected an object, got ' + show(value))];
}

/**
 * Problems of one posting, [] when valid. Unknown keys are allowed (forward compatibility). A
 * posting has its `body`, or, in a list-only feed, the `detail` file that has it.
 */
export function validatePosting(data: unknown): Problem[] {
  if (!isObject(data)) return [problem('', 'expected an object, got ' + show(data))];
  const whole = data.body === undefined && data.detail === undefined ? [problem('body', 'required')] : [];
  return [
    ...checkStrings(data, POSTING_FIELDS),
    ...whole,
    ...checkObject(data.apply, APPLY_FIELDS, 'apply'),
    ...checkObject(data.button, BUTTON_FIELDS, 'button'),
    ...(data.listed === undefined || typeof data.listed === 'boolean' ? [] : [problem('listed', 'expected true or false, got ' + show(data.listed))]),
  ];
}

/**
 * Checks a parsed feed. Throws FeedFormatError when the top level is unusable; otherwise
 * returns the feed with only its valid postings (same objects, unknown keys kept), the
 * skipped ones with their problems, and `problems` for invalid optional top-level fields
 * (`generated`, `organization`), which are dropped from the returned feed.
 * Of postings sharing an id, the first valid one wins.
 */
export function validateFeed(data: unknown): { feed: Feed; skipped: SkippedPosting[]; problems: Problem[] } {
  if (!isObject(data)) throw new FeedFormatError('not-json-object', 'expected a JSON object, got ' + show(data));
  if (data.version !== FEED_VERSION) {
    throw new FeedFormatError('unsupported-version', `version: expected ${FEED_VERSION}, got ${show(data.version)}`);
  }
  if (!Array.isArray(data.postings)) {
    throw new FeedFormatError('no-postings-array', 'postings: expected an array, got ' + show(data.postings));
  }

  const feed = { ...data, postings: [] as Posting[] } as Feed & JsonObject;
  const topLevel: Problem[] = [];
  const dropIfInvalid = (key: string, found: Problem[]) => {
    if (found.length) delete feed[key];
    topLevel.push(...found);
  };
  dropIfInvalid('generated', checkStrings(data, GENERATED_FIELD));
  dropIfInvalid('organization', checkObject(data.organization, ORGANIZATION_FIELDS, 'organization'));

  const skipped: SkippedPosting[] = [];
  const firstIndexOfId = new Map<string, number>();
  data.postings.forEach((posting: unknown, index) => {
    const problems = validatePosting(posting);
    if (!problems.length) {
      const { id } = posting as Posting;
      const first = firstIndexOfId.get(id);
      if (first === undefined) {
        firstIndexOfId.set(id, index);
        feed.postings.push(posting as Posting);
        return;
      }
      problems.push(problem('id', `duplicate of the posting at index ${first}`));
    }
    const id = isObject(posting) && typeof posting.id === 'string' ? posting.id : undefined;
    skipped.push(id === undefined ? { index, problems } : { index, id, problems });
  });
  return { feed, skipped, problems: topLevel };
}
