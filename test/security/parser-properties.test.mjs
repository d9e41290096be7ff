/**
 * Property-based tests of the two parsers hostile input meets first: the shortcode
 * parser and the feed validator. A small seeded generator makes thousands of inputs, part
 * well-formed and mutated, part noise; for each, the parser never throws and its output keeps
 * its invariants. Deterministic: a failure names the seed and case, so it replays.
 * Run: node --test test/security/parser-properties.test.mjs
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';

const ROOT = new URL('../../', import.meta.url);
const SEED = 0x5eed_2026;
const CASES = 3000;

/** Bundles TS modules to one ESM module in memory and imports it. */
async function importTs(source) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT.pathname, loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const { parseShortcodes, MAX_DEPTH, validateFeed, validatePosting, FeedFormatError, acceptFeed, FeedLoadError, safeUrl } = await importTs(`
  export { parseShortcodes, MAX_DEPTH } from './src/content/parse/shortcodes.ts';
  export { validateFeed, validatePosting, FeedFormatError } from './src/feed/validate.ts';
  export { acceptFeed, FeedLoadError } from './src/feed/load.ts';
  export { safeUrl } from './src/security/url-policy.ts';
`);

/** mulberry32: a tiny, good-enough seeded generator. */
function generator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max) => Math.floor(next() * max);
  const pick = (items) => items[int(items.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

/** Runs `property(input, index)` on `count` inputs from `make(random)`; a failure says how to replay it. */
function forAll(name, make, property, count = CASES) {
  const random = generator(SEED ^ [...name].reduce((hash, c) => Math.imul(hash ^ c.charCodeAt(0), 16777619), 2166136261));
  for (let index = 0; index < count; index++) {
    const input = make(random);
    try {
      property(input, index);
    } catch (error) {
      error.message = `${name}, case ${index} (seed ${SEED}): ${error.message}\ninput: ${JSON.stringify(input).slice(0, 2000)}`;
      throw error;
    }
  }
}

// ---- shortcodes ---------------------------------------------------------------------------

const NAMES = ['accordion', 'note', 'ingress', 'inline', 'x', 'icon-block-small', 'a/b', 'ø_1', 'Note', '2calltoaction'];
const NOISE = ['{{<', '{{%', '>}}', '%}}', '{{</*', '*/>}}', '{{%/*', '*/%}}', '{{', '}}', '{', '}', '<', '>', '%', '/', '*', '"', '`', '\\"', '\\', '=', ' ', '\n', '\t', '\r\n', 'text', 'ø', '😀', '\ud83d', '\uE000', '\uE001'];

function shortcodeSource(random, depth = 0) {
  const parts = [];
  const count = random.int(6);
  for (let i = 0; i < count; i++) {
    const roll = random.next();
    if (roll < 0.35) parts.push(random.pick(['Some text. ', 'line\n', '**bold** ', '\n\n', '- item\n', ' ']));
    else if (roll < 0.8) {
      const name = random.pick(NAMES);
      const form = random.pick(['<', '%']);
      const close = form === '<' ? '>}}' : '%}}';
      const params = Array.from({ length: random.int(4) }, () => {
        const value = random.pick(['x', 'two words', 'a "quoted" one', 'https://x.example/?a=b', '', '>}}', 'multi\nline', '{{< y >}}']);
        const quoted = random.pick([`"${value.replaceAll('"', '\\"')}"`, `\`${value}\``, value.replace(/\s/g, '') || 'v']);
        return random.chance(0.5) ? `${random.pick(['title', 'id', 'link', 'Text'])}=${quoted}` : quoted;
      });
      const open = `{{${form} ${name}${params.map((param) => ` ${param}`).join('')}${random.chance(0.1) ? ' /' : ''} ${close}`;
      const paired = random.chance(0.5) && depth < 8;
      parts.push(paired ? `${open}${shortcodeSource(random, depth + 1)}{{${form} /${name} ${close}` : open);
    } else if (roll < 0.9) parts.push(`{{</* ${random.pick(NAMES)} */>}}`);
    else parts.push(random.pick(NOISE));
  }
  return parts.join('');
}

/** A well-formed source, then a few mutations: noise inserted, slices deleted or repeated. */
function mutatedSource(random) {
  let source = random.chance(0.15) ? Array.from({ length: random.int(200) }, () => random.pick(NOISE)).join('') : shortcodeSource(random);
  for (let mutations = random.int(4); mutations > 0; mutations--) {
    const at = random.int(source.length + 1);
    const roll = random.next();
    if (roll < 0.4) source = source.slice(0, at) + random.pick(NOISE) + source.slice(at);
    else if (roll < 0.7) source = source.slice(0, at) + source.slice(at + random.int(12));
    else source = source.slice(0, at) + source.slice(at, at + random.int(30)).repeat(random.int(4)) + source.slice(at);
  }
  return source;
}

/** Checks one level of nodes against the source range [from, to) they were parsed from. */
function checkNodes(source, nodes, from, to, depth) {
  assert.ok(depth <= MAX_DEPTH + 1, `nested ${depth} deep`);
  let cursor = from;
  for (const node of nodes) {
    assert.ok(Number.isInteger(node.start) && node.start >= cursor, `${node.kind} at ${node.start} is in order (after ${cursor})`);
    const gap = source.slice(cursor, node.start);
    // Left out: unmatched closing tags, and broken tags without a readable word (up to their line's end or the next tag).
    assert.match(gap, /^(\{\{[<%]\s*\/[\s\S]*?[%>]\}\}|\{\{[<%][^\n]*?(?=\{\{|\n|$))*$/, 'only unmatched closing tags and wordless broken tags are left out');
    if (node.kind === 'text') {
      assert.ok(node.text.length > 0, 'no empty text node');
      assert.equal(source.slice(node.start, node.start + node.text.length), node.text, 'text is the source, verbatim');
      cursor = node.start + node.text.length;
    } else if (node.kind === 'broken') {
      // A broken tag stands for the rest of its line at most, with its readable words.
      assert.ok(source.startsWith('{{', node.start), 'a broken tag starts with its delimiter');
      assert.ok(node.text.length > 0 && !/\{\{[<%]|[%>]\}\}/.test(node.text), 'its words carry no delimiter');
      assert.ok(node.end > node.start && !source.slice(node.start, node.end).includes('\n'), 'it ends on its own line');
      cursor = node.end;
    } else if (node.kind === 'literal') {
      const form = source[node.start + 2];
      const closer = form === '<' ? '>}}' : '%}}';
      assert.ok(source.startsWith(`{{${form}/*`, node.start), 'a literal starts with an escaped tag');
      const end = source.indexOf(`*/${closer}`, node.start + 5) + 2 + closer.length;
      assert.equal(node.text, `{{${form}${source.slice(node.start + 5, end - 2 - closer.length)}${closer}`, 'a literal shows its tag without the comment marks');
      cursor = end;
    } else {
      assert.ok(node.end > node.start && node.end <= to, `shortcode ${node.name} ends within its parent (${node.end} <= ${to})`);
      assert.ok(source.startsWith(`{{${node.form}`, node.start));
      assert.ok(node.line >= 1 && node.line === source.slice(0, node.start).split('\n').length, 'line is the 1-based line of the tag');
      for (const param of node.params) {
        assert.ok(param.start >= node.start && param.end <= node.end && param.start <= param.end, 'a parameter lies inside its tag');
        const raw = source.slice(param.start, param.end);
        assert.equal(param.value, param.quote === '"' ? raw.replaceAll('\\"', '"') : raw, 'a parameter value is its source, unescaped');
      }
      if (node.children) {
        const closeStart = source.lastIndexOf('{{', node.end - 2);
        assert.match(source.slice(closeStart, node.end), /^\{\{[<%]\s*\/[\s\S]*[%>]\}\}$/, 'a paired shortcode ends with its closing tag');
        const innerStart = closeStart - node.inner.length;
        assert.equal(source.slice(innerStart, closeStart), node.inner, 'inner is the source between the tags');
        checkNodes(source, node.children, innerStart, innerStart + node.inner.length, depth + 1);
      } else assert.equal(node.inner, null);
      cursor = node.end;
    }
    assert.ok(cursor <= to, 'a node ends within its parent');
  }
  assert.match(source.slice(cursor, to), /^(\{\{[<%]\s*\/[\s\S]*?[%>]\}\}|\{\{[<%][^\n]*?(?=\{\{|\n|$))*$/, 'only unmatched closing tags and wordless broken tags are left out at the end');
}

test('parseShortcodes never throws; nodes cover the source in order, text verbatim, offsets inside it', () => {
  forAll('shortcodes', mutatedSource, (source) => {
    const { nodes, problems } = parseShortcodes(source);
    checkNodes(source, nodes, 0, source.length, 0);
    const lines = source.split('\n').length;
    let previous = 1;
    for (const problem of problems) {
      assert.ok(problem.line >= previous && problem.line <= lines, 'problems are in source order, on real lines');
      assert.equal(typeof problem.message, 'string');
      previous = problem.line;
    }
  });
});

test('parseShortcodes nests paired shortcodes at most MAX_DEPTH deep, the rest as text', () => {
  const deep = '{{< n >}}'.repeat(MAX_DEPTH * 3) + 'x' + '{{< /n >}}'.repeat(MAX_DEPTH * 3);
  const { nodes, problems } = parseShortcodes(deep);
  checkNodes(deep, nodes, 0, deep.length, 0);
  assert.ok(problems.some((problem) => /nested more than/.test(problem.message)));
});

// No timing assertion: the test's timeout is the guard against a parser that goes quadratic.
test('parseShortcodes copes with large noise', { timeout: 120_000 }, () => {
  const random = generator(SEED);
  for (const piece of ['{{<', '{{</*', '{{< a "', '{{< x >}}', '{{< /x >}}', '{{< x >}}{{< y >}}']) {
    const source = piece.repeat(Math.ceil(200_000 / piece.length)) + Array.from({ length: 1000 }, () => random.pick(NOISE)).join('');
    const { nodes } = parseShortcodes(source);
    assert.ok(nodes.length > 0, `200 KB of ${JSON.stringify(piece)} parses`);
  }
});

// ---- feed validation ------------------------------------------------------------------------

const GOOD_POSTING = { id: 'ok', lang: 'en', title: 'A title', datePosted: '2026-01-10', body: 'Body' };
const STRINGS = ['', ' ', 'x', 'ok', 'a'.repeat(129), 'a'.repeat(4097), '2026-02-30', '2026-02-28', '2026-01-10T10:00:00Z', '2026-01-10T10:00Z', 'yesterday', 'not an id!', 'nb-NO', 'e', 'javascript:alert(1)', 'https://x.example/', '__proto__', 'constructor', 'toString', '\u0000', '😀'.repeat(150)];
const VALUES = [null, true, false, 0, -1, 1.5, NaN, [], {}, ['x'], { url: 'https://x.example/' }, ...STRINGS];
const FIELDS = ['id', 'lang', 'title', 'intro', 'datePosted', 'validThrough', 'team', 'location', 'employmentType', 'image', 'url', 'apply', 'translationKey', 'body', '__proto__', 'constructor', 'extra'];

function randomPosting(random, index) {
  if (random.chance(0.1)) return random.pick(VALUES);
  const posting = { ...GOOD_POSTING, id: random.chance(0.2) ? random.pick(['ok', 'dup', 'toString', '__proto__']) : `p${index}` };
  for (let changes = random.int(4); changes > 0; changes--) {
    const field = random.pick(FIELDS);
    if (random.chance(0.2)) delete posting[field];
    else if (field === 'apply') posting.apply = random.chance(0.5) ? { url: random.pick(STRINGS), label: random.pick(VALUES) } : random.pick(VALUES);
    else posting[field] = random.pick(VALUES);
  }
  return posting;
}

/** JSON text, as a feed arrives: `"__proto__"` keys become own properties when parsed. */
function randomFeedText(random) {
  const feed = { version: random.chance(0.9) ? 1 : random.pick([2, '1', null, 0]), postings: Array.from({ length: random.int(8) }, (_, i) => randomPosting(random, i)) };
  if (random.chance(0.05)) delete feed.postings;
  if (random.chance(0.05)) feed.postings = random.pick(VALUES);
  if (random.chance(0.1)) feed.generated = random.pick(STRINGS);
  if (random.chance(0.1)) feed.organization = random.pick([{ name: random.pick(STRINGS) }, ...VALUES]);
  let text = JSON.stringify(random.chance(0.03) ? random.pick(VALUES) : feed);
  if (random.chance(0.3)) text = text.replace(/"extra":/g, '"__proto__":').replace(/"constructor":/g, random.chance(0.5) ? '"constructor":' : '"__proto__":');
  return text;
}

test('validateFeed never throws but FeedFormatError; kept + skipped = input; kept postings all valid, unique, in order', () => {
  const prototypeKeys = Reflect.ownKeys(Object.prototype);
  forAll('validateFeed', randomFeedText, (text) => {
    const data = JSON.parse(text);
    let result;
    try {
      result = validateFeed(data);
    } catch (error) {
      assert.ok(error instanceof FeedFormatError, `only FeedFormatError, got ${error}`);
      const usable = data !== null && typeof data === 'object' && !Array.isArray(data) && data.version === 1 && Array.isArray(data.postings);
      assert.equal(usable, false, 'refused only when the top level is unusable');
      return;
    }
    const { feed, skipped } = result;
    assert.equal(feed.postings.length + skipped.length, data.postings.length);
    const ids = feed.postings.map((posting) => posting.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    for (const posting of feed.postings) assert.deepEqual(validatePosting(posting), []);
    const keptIndexes = feed.postings.map((posting) => data.postings.indexOf(posting));
    assert.deepEqual(keptIndexes, [...keptIndexes].sort((a, b) => a - b), 'kept postings are the input objects, in input order');
    const skippedIndexes = skipped.map((problem) => problem.index);
    assert.deepEqual([...skippedIndexes, ...keptIndexes].sort((a, b) => a - b), data.postings.map((_, i) => i), 'every posting is kept or skipped, once');
    for (const posting of skipped) assert.ok(posting.problems.length > 0, 'a skipped posting says why');
    assert.deepEqual(Reflect.ownKeys(Object.prototype), prototypeKeys, 'Object.prototype is untouched');
    assert.equal({}.polluted, undefined);
  });
});

test('validatePosting never throws, whatever it is given', () => {
  forAll('validatePosting', (random) => (random.chance(0.5) ? random.pick(VALUES) : JSON.parse(randomFeedText(random))), (value) => {
    assert.ok(Array.isArray(validatePosting(value)));
  });
});

test('acceptFeed only ever keeps URLs the URL policy allows', () => {
  const base = 'https://feeds.example/jobs/feed.json';
  forAll('acceptFeed', randomFeedText, (text) => {
    let loaded;
    try {
      loaded = acceptFeed(JSON.parse(text), base);
    } catch (error) {
      assert.ok(error instanceof FeedLoadError, `only FeedLoadError, got ${error}`);
      return;
    }
    for (const posting of loaded.feed.postings) {
      if (posting.image !== undefined) assert.equal(safeUrl(posting.image, base, 'image'), posting.image);
      if (posting.url !== undefined) assert.equal(safeUrl(posting.url, base, 'link'), posting.url);
      if (posting.apply !== undefined) assert.equal(safeUrl(posting.apply.url, base, 'link'), posting.apply.url);
    }
  });
});
