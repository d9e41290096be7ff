import { expect } from '@open-wc/testing';
import {
  MAX_DEPTH,
  param,
  parseShortcodes,
  type BodyNode,
  type ShortcodeNode,
} from '../../../src/content/parse/shortcodes.js';

/** Parses input that must have no problems. */
function clean(source: string): BodyNode[] {
  const { nodes, problems } = parseShortcodes(source);
  expect(problems, 'problems').to.deep.equal([]);
  return nodes;
}

function shortcodeAt(nodes: BodyNode[], index: number): ShortcodeNode {
  const node = nodes[index];
  if (node?.kind !== 'shortcode') throw new Error(`node ${index} is ${node?.kind ?? 'missing'}, not a shortcode`);
  return node;
}

/** Every shortcode in the tree, depth first, without recursion. */
function allShortcodes(nodes: BodyNode[]): ShortcodeNode[] {
  const found: ShortcodeNode[] = [];
  const pending = [...nodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.kind !== 'shortcode') continue;
    found.push(node);
    if (node.children) pending.push(...[...node.children].reverse());
  }
  return found;
}

/** Lines of the test inputs, so sources read like the postings they stand for. */
const lines = (...parts: string[]) => parts.join('\n');

describe('parseShortcodes: tags', () => {
  it('reads both delimiter forms, with or without spaces', () => {
    for (const [source, form] of [
      ['{{< spacer >}}', '<'],
      ['{{<spacer>}}', '<'],
      ['{{%  spacer  %}}', '%'],
      ['{{%spacer%}}', '%'],
      ['{{<\tspacer\n>}}', '<'],
    ] as const) {
      const nodes = clean(source);
      expect(nodes).to.have.length(1);
      const node = shortcodeAt(nodes, 0);
      expect(node).to.include({ name: 'spacer', form, children: null, inner: null, start: 0, end: source.length, line: 1 });
      expect(node.params).to.deep.equal([]);
    }
  });

  it('keeps names as written (case-sensitive), including digits, dots, dashes and namespaces', () => {
    const nodes = clean('{{< Banner >}}{{< 3cards >}}{{< icon-row.v2 >}}{{< site/hero >}}{{< knäpp >}}');
    expect(nodes.map((node) => (node as ShortcodeNode).name)).to.deep.equal([
      'Banner', '3cards', 'icon-row.v2', 'site/hero', 'knäpp',
    ]);
  });

  it('keeps the text around shortcodes with its offsets', () => {
    const source = 'Before {{< spacer >}} after';
    expect(clean(source)).to.deep.equal([
      { kind: 'text', text: 'Before ', start: 0 },
      { kind: 'shortcode', name: 'spacer', form: '<', params: [], children: null, inner: null, start: 7, end: 21, line: 1 },
      { kind: 'text', text: ' after', start: 21 },
    ]);
  });

  it('leaves text that only looks like a delimiter alone', () => {
    expect(clean('a {{ b }} {{{ c < d % }} e >}} f')).to.deep.equal([
      { kind: 'text', text: 'a {{ b }} {{{ c < d % }} e >}} f', start: 0 },
    ]);
  });

  it('reads self-closing tags as standalone', () => {
    for (const source of ['{{< spacer />}}', '{{<spacer/>}}', '{{% spacer / %}}', '{{< badge text="new" />}}']) {
      const node = shortcodeAt(clean(source), 0);
      expect(node.children, source).to.equal(null);
      expect(node.end, source).to.equal(source.length);
    }
    expect(param(shortcodeAt(clean('{{< badge text="new" />}}'), 0), 'text')).to.equal('new');
  });

  it('reads tags that span several lines', () => {
    const source = lines(
      'Intro',
      '{{< card',
      '    title="Join us"',
      '    link="/apply"',
      '>}}',
      'Outro',
    );
    const nodes = clean(source);
    const card = shortcodeAt(nodes, 1);
    expect(card.line).to.equal(2);
    expect(card.params.map((p) => [p.name, p.value])).to.deep.equal([['title', 'Join us'], ['link', '/apply']]);
    expect(nodes[2]).to.deep.equal({ kind: 'text', text: '\nOutro', start: source.indexOf('\nOutro') });
  });

  it('reads shortcodes inside Markdown list items', () => {
    const source = lines(
      '- {{< label "Build:" >}} services that last',
      '- {{< label "Run:" >}} them well',
      '  1. {{% tip %}}nested *item*{{% /tip %}}',
    );
    const nodes = clean(source);
    const labels = allShortcodes(nodes).filter((node) => node.name === 'label');
    expect(labels.map((node) => [param(node, 'text', 0), node.line])).to.deep.equal([['Build:', 1], ['Run:', 2]]);
    expect(nodes[0]).to.deep.equal({ kind: 'text', text: '- ', start: 0 });
    expect(nodes[2]).to.deep.include({ kind: 'text', text: ' services that last\n- ' });
    const tip = allShortcodes(nodes).find((node) => node.name === 'tip')!;
    expect(tip).to.include({ form: '%', inner: 'nested *item*', line: 3 });
  });
});

describe('parseShortcodes: parameters', () => {
  it('reads named parameters: quoted, back-quoted and bare', () => {
    const source = '{{< button text="Apply now" note=`say "hi"` target=_blank size=2 >}}';
    const node = shortcodeAt(clean(source), 0);
    expect(node.params.map(({ name, value, quote }) => ({ name, value, quote }))).to.deep.equal([
      { name: 'text', value: 'Apply now', quote: '"' },
      { name: 'note', value: 'say "hi"', quote: '`' },
      { name: 'target', value: '_blank', quote: '' },
      { name: 'size', value: '2', quote: '' },
    ]);
  });

  it('reads positional parameters: quoted, back-quoted and bare', () => {
    const node = shortcodeAt(clean('{{< pair "First one" `second "raw"` third 4.5 >}}'), 0);
    expect(node.params.map(({ name, value, quote }) => ({ name, value, quote }))).to.deep.equal([
      { name: null, value: 'First one', quote: '"' },
      { name: null, value: 'second "raw"', quote: '`' },
      { name: null, value: 'third', quote: '' },
      { name: null, value: '4.5', quote: '' },
    ]);
  });

  it('unescapes \\" in double-quoted values but keeps back-quoted values raw', () => {
    const node = shortcodeAt(clean('{{< quote said="She said \\"yes\\"" raw=`a \\" b` >}}'), 0);
    expect(param(node, 'said')).to.equal('She said "yes"');
    expect(param(node, 'raw')).to.equal('a \\" b');
  });

  it('ends a tag only at a closing delimiter outside quotes', () => {
    const node = shortcodeAt(clean('{{< math expr="a > b" tag=">}}" other=`%}} and >}}` >}}tail'), 0);
    expect(param(node, 'expr')).to.equal('a > b');
    expect(param(node, 'tag')).to.equal('>}}');
    expect(param(node, 'other')).to.equal('%}} and >}}');
  });

  it('allows ">" and "%" in values of both forms', () => {
    const percent = shortcodeAt(clean('{{% meter label="100% > 99%" width=50% %}}'), 0);
    expect(param(percent, 'label')).to.equal('100% > 99%');
    expect(param(percent, 'width')).to.equal('50%');
    const angle = shortcodeAt(clean('{{< arrow to=a>b >}}'), 0);
    expect(param(angle, 'to')).to.equal('a>b');
  });

  it('allows "=" and "/" in bare named values (URLs)', () => {
    const node = shortcodeAt(clean('{{< go link=https://example.test/a?b=c&d=e >}}'), 0);
    expect(param(node, 'link')).to.equal('https://example.test/a?b=c&d=e');
  });

  it('allows newlines inside quoted values', () => {
    const node = shortcodeAt(clean('{{< note title="Two\nlines" >}}'), 0);
    expect(param(node, 'title')).to.equal('Two\nlines');
  });

  it('keeps non-ASCII text', () => {
    const node = shortcodeAt(clean('{{< note title="Välkommen – søk nå 😀 日本" place=Göteborg >}}'), 0);
    expect(param(node, 'title')).to.equal('Välkommen – søk nå 😀 日本');
    expect(param(node, 'place')).to.equal('Göteborg');
    expect(param(shortcodeAt(clean('{{< label "Ärlig ✓" Ålesund >}}'), 0), 'x', 1)).to.equal('Ålesund');
  });

  it('reads a value given right after "=" or after spaces', () => {
    const node = shortcodeAt(clean('{{< box a= "spaced" b=`tight` >}}'), 0);
    expect([param(node, 'a'), param(node, 'b')]).to.deep.equal(['spaced', 'tight']);
  });
});

describe('param()', () => {
  const node = shortcodeAt(clean('{{< card Title="Hello" link="/a" link="/b" >}}'), 0);
  const positional = shortcodeAt(clean('{{< pair "one" "two" >}}'), 0);

  it('looks named parameters up case-insensitively', () => {
    expect(param(node, 'title')).to.equal('Hello');
    expect(param(node, 'TITLE')).to.equal('Hello');
  });

  it('returns the last of repeated keys, as Hugo does', () => {
    expect(param(node, 'link')).to.equal('/b');
  });

  it('falls back to a positional parameter when a position is given', () => {
    expect(param(positional, 'text', 0)).to.equal('one');
    expect(param(positional, 'link', 1)).to.equal('two');
    expect(param(positional, 'link', 2)).to.equal(undefined);
    expect(param(positional, 'text')).to.equal(undefined);
    expect(param(node, 'title', 0)).to.equal('Hello');
    expect(param(node, 'missing', 0)).to.equal(undefined);
  });
});

describe('parseShortcodes: offsets and lines', () => {
  /** Replaces a parameter's value in the source, the way an editing tool would. */
  function splice(source: string, name: string, replacement: string): string {
    const node = shortcodeAt(clean(source), 0);
    const target = node.params.find((p) => p.name === name)!;
    return source.slice(0, target.start) + replacement + source.slice(target.end);
  }

  it('points at the value text so a tool can replace it in place', () => {
    const source = '{{< card title="Old \\"one\\"" slug=old-one note=`raw` >}}';
    expect(splice(source, 'title', 'New')).to.equal('{{< card title="New" slug=old-one note=`raw` >}}');
    expect(splice(source, 'slug', 'new-one')).to.equal('{{< card title="Old \\"one\\"" slug=new-one note=`raw` >}}');
    expect(splice(source, 'note', 'fresh')).to.equal('{{< card title="Old \\"one\\"" slug=old-one note=`fresh` >}}');
  });

  it('gives offsets and lines in the original source, also for nested children', () => {
    const source = lines(
      'Top text',
      '{{% section title="Outer" %}}',
      'Inside',
      '{{< badge text="Å" >}}',
      '{{% /section %}}',
    );
    const section = shortcodeAt(clean(source), 1);
    expect(section).to.include({ start: source.indexOf('{{% section'), end: source.length, line: 2 });
    const badgeIndex = section.children!.findIndex((child) => child.kind === 'shortcode');
    const badge = shortcodeAt(section.children!, badgeIndex);
    expect(badge).to.include({ line: 4, start: source.indexOf('{{< badge') });
    expect(source.slice(badge.start, badge.end)).to.equal('{{< badge text="Å" >}}');
    const value = badge.params[0];
    expect(source.slice(value.start, value.end)).to.equal('Å');
    const insideText = section.children![0];
    expect(source.slice(insideText.start, insideText.start + 8)).to.equal('\nInside\n');
  });

  it('counts lines across CRLF line ends', () => {
    const nodes = clean('one\r\ntwo\r\n{{< spacer >}}');
    expect(shortcodeAt(nodes, 1).line).to.equal(3);
  });
});

describe('parseShortcodes: pairing', () => {
  it('pairs an accordion containing a note, keeping raw inner source and parsed children', () => {
    const source = lines(
      '{{% accordion title="How we hire" id=hiring %}}',
      'Steps:',
      '{{% note "Tip" %}}',
      'Be *yourself*.',
      '{{% /note %}}',
      'Done.',
      '{{% /accordion %}}',
    );
    const nodes = clean(source);
    expect(nodes).to.have.length(1);
    const accordion = shortcodeAt(nodes, 0);
    expect(accordion).to.include({ name: 'accordion', form: '%', start: 0, end: source.length, line: 1 });
    expect(param(accordion, 'title')).to.equal('How we hire');
    expect(param(accordion, 'id')).to.equal('hiring');
    expect(accordion.inner).to.equal(source.slice(source.indexOf('\nSteps'), source.lastIndexOf('{{%')));
    expect(accordion.children!.map((child) => child.kind)).to.deep.equal(['text', 'shortcode', 'text']);
    const note = shortcodeAt(accordion.children!, 1);
    expect(note).to.include({ name: 'note', inner: '\nBe *yourself*.\n', line: 3 });
    expect(param(note, 'title', 0)).to.equal('Tip');
    expect(note.children).to.deep.equal([{ kind: 'text', text: '\nBe *yourself*.\n', start: source.indexOf('\nBe') }]);
  });

  it('treats an opening tag without a closing tag as standalone', () => {
    const nodes = clean('{{< spacer >}}{{< lead >}}Hello{{< /lead >}}{{< spacer >}}');
    expect(nodes.map((node) => [(node as ShortcodeNode).name, (node as ShortcodeNode).children?.length ?? null]))
      .to.deep.equal([['spacer', null], ['lead', 1], ['spacer', null]]);
  });

  it('makes a standalone shortcode inside a paired one a sibling of its following text', () => {
    const box = shortcodeAt(clean('{{% box %}}{{< icon >}} text{{% /box %}}'), 0);
    expect(box.children!.map((child) => child.kind)).to.deep.equal(['shortcode', 'text']);
    expect(shortcodeAt(box.children!, 0).children).to.equal(null);
  });

  it('respects nesting of the same name', () => {
    const source = '{{< box >}}a{{< box >}}b{{< /box >}}c{{< /box >}}';
    const outer = shortcodeAt(clean(source), 0);
    expect(outer.inner).to.equal('a{{< box >}}b{{< /box >}}c');
    const inner = shortcodeAt(outer.children!, 1);
    expect(inner).to.include({ inner: 'b', start: 12, end: 36 });
  });

  it('pairs the inner one when only one closing tag follows two openers of a name', () => {
    const nodes = clean('{{< box >}}a{{< box >}}b{{< /box >}}');
    expect(shortcodeAt(nodes, 0).children).to.equal(null);
    expect(shortcodeAt(nodes, 2).inner).to.equal('b');
  });

  it('pairs leniently across delimiter forms and accepts "{{</ name >}}"', () => {
    expect(shortcodeAt(clean('{{% lead %}}x{{< /lead >}}'), 0).inner).to.equal('x');
    expect(shortcodeAt(clean('{{< lead >}}x{{% /lead %}}'), 0).inner).to.equal('x');
    expect(shortcodeAt(clean('{{< lead >}}x{{</ lead >}}'), 0).inner).to.equal('x');
    expect(shortcodeAt(clean('{{< lead >}}x{{</lead>}}'), 0).inner).to.equal('x');
  });

  it('keeps an empty paired shortcode paired', () => {
    const node = shortcodeAt(clean('{{< lead >}}{{< /lead >}}'), 0);
    expect(node.children).to.deep.equal([]);
    expect(node.inner).to.equal('');
  });

  it('does not pair names that differ in case', () => {
    const { nodes, problems } = parseShortcodes('{{< Lead >}}x{{< /lead >}}');
    expect(shortcodeAt(nodes, 0).children).to.equal(null);
    expect(problems).to.have.length(1);
  });
});

describe('parseShortcodes: escaped shortcodes', () => {
  it('turns {{</* */>}} and {{%/* */%}} into literal text without the comment markers', () => {
    const source = 'Write {{</* note "Hi" */>}} or {{%/* /note */%}}.';
    expect(clean(source)).to.deep.equal([
      { kind: 'text', text: 'Write ', start: 0 },
      { kind: 'literal', text: '{{< note "Hi" >}}', start: 6 },
      { kind: 'text', text: ' or ', start: 27 },
      { kind: 'literal', text: '{{% /note %}}', start: 31 },
      { kind: 'text', text: '.', start: source.length - 1 },
    ]);
  });

  it('never interprets or pairs escaped tags, also inside paired shortcodes', () => {
    const source = '{{< doc >}}Use {{</* doc */>}} here{{</* /doc */>}}{{< /doc >}}';
    const doc = shortcodeAt(clean(source), 0);
    expect(doc.children!.map((child) => child.kind)).to.deep.equal(['text', 'literal', 'text', 'literal']);
    expect(doc.children![1]).to.deep.equal({ kind: 'literal', text: '{{< doc >}}', start: 15 });
  });

  it('keeps anything between the markers, tags included', () => {
    const nodes = clean('{{</* a "{{< b >}}" */>}}');
    expect(nodes).to.deep.equal([{ kind: 'literal', text: '{{< a "{{< b >}}" >}}', start: 0 }]);
  });
});

describe('parseShortcodes: problems', () => {
  it('drops an unclosed tag to the end of its line, keeps its readable words, and reports it by name and line', () => {
    const source = 'Hello\n{{< accordion title="Before you apply" link="https://x.example/"\nno end here';
    const { nodes, problems } = parseShortcodes(source);
    expect(nodes).to.deep.equal([
      { kind: 'text', text: 'Hello\n', start: 0 },
      { kind: 'broken', text: 'Before you apply', start: 6, end: source.indexOf('\nno') },
      { kind: 'text', text: '\nno end here', start: source.indexOf('\nno') },
    ]);
    expect(problems).to.deep.equal([{ line: 2, message: 'unclosed shortcode "accordion"' }]);
  });

  it('ends an unclosed tag at the next tag, which still parses; one without readable words leaves nothing', () => {
    const { nodes, problems } = parseShortcodes('{{< broken a=1\n{{< fine >}}');
    expect(nodes[0]).to.deep.equal({ kind: 'text', text: '\n', start: 14 });
    expect(shortcodeAt(nodes, 1).name).to.equal('fine');
    expect(problems).to.deep.equal([{ line: 1, message: 'unclosed shortcode "broken"' }]);
  });

  it('reports a tag without a name', () => {
    const { nodes, problems } = parseShortcodes('a {{< >}} b {{% "x" %}}');
    expect(nodes).to.deep.equal([{ kind: 'text', text: 'a {{< >}} b {{% "x" %}}', start: 0 }]);
    expect(problems.map((p) => p.message)).to.deep.equal([
      'shortcode tag "{{<" has no name',
      'shortcode tag "{{%" has no name',
    ]);
  });

  it('drops a closing tag without an opener and reports it', () => {
    const { nodes, problems } = parseShortcodes('one\n{{< /note >}}\ntwo');
    expect(nodes).to.deep.equal([
      { kind: 'text', text: 'one\n', start: 0 },
      { kind: 'text', text: '\ntwo', start: 'one\n{{< /note >}}'.length },
    ]);
    expect(problems).to.deep.equal([{ line: 2, message: 'closing tag for shortcode "note" has no opening tag; dropped' }]);
  });

  it('drops a closing tag that crosses another paired shortcode', () => {
    const { nodes, problems } = parseShortcodes('{{< a >}}{{< b >}}{{< /a >}}{{< /b >}}');
    const a = shortcodeAt(nodes, 0);
    expect(a.inner).to.equal('{{< b >}}');
    expect(shortcodeAt(a.children!, 0).children).to.equal(null);
    expect(problems.map((p) => p.message)).to.deep.equal(['closing tag for shortcode "b" has no opening tag; dropped']);
  });

  it('reads a quote left open where the line ends with the closing delimiter as closed there, and reports it', () => {
    const source = lines('{{% note "Title %}}', 'Body', '{{% /note %}}', '{{< spacer >}}', '{{< card link="https://x.example/a" alt="b />}}');
    const { nodes, problems } = parseShortcodes(source);
    const note = shortcodeAt(nodes, 0);
    expect(param(note, 'title', 0)).to.equal('Title');
    expect(note.inner).to.equal('\nBody\n');
    expect(shortcodeAt(nodes, 2).name).to.equal('spacer');
    const card = shortcodeAt(nodes, 4);
    expect([param(card, 'link'), param(card, 'alt'), card.children]).to.deep.equal(['https://x.example/a', 'b', null]);
    expect(problems).to.deep.equal([
      { line: 1, message: 'shortcode "note": a quote is not closed; read as closed where the line ends with "%}}"' },
      { line: 5, message: 'shortcode "card": a quote is not closed; read as closed where the line ends with ">}}"' },
    ]);
  });

  it('drops a tag whose quote stays open, keeping its readable words', () => {
    const source = 'A {{< note "Title\nB';
    const { nodes, problems } = parseShortcodes(source);
    const lineEnd = source.indexOf('\n');
    expect(nodes).to.deep.equal([
      { kind: 'text', text: 'A ', start: 0 },
      { kind: 'broken', text: 'Title', start: 2, end: lineEnd },
      { kind: 'text', text: '\nB', start: lineEnd },
    ]);
    expect(problems).to.deep.equal([{ line: 1, message: 'unterminated quote in shortcode "note"' }]);
  });

  it('reports an unterminated quote at the end of input', () => {
    const { problems } = parseShortcodes('{{< note `raw value');
    expect(problems).to.deep.equal([{ line: 1, message: 'unterminated quote in shortcode "note"' }]);
  });

  it('reports mixed named and positional parameters but keeps them all', () => {
    const { nodes, problems } = parseShortcodes('{{< note "Title" icon=info >}}');
    const note = shortcodeAt(nodes, 0);
    expect(note.params.map((p) => [p.name, p.value])).to.deep.equal([[null, 'Title'], ['icon', 'info']]);
    expect(param(note, 'icon')).to.equal('info');
    expect(param(note, 'title', 0)).to.equal('Title');
    expect(problems).to.deep.equal([{ line: 1, message: 'shortcode "note" mixes named and positional parameters' }]);
  });

  it('reports malformed tags and keeps them as text', () => {
    for (const source of ['{{< a x="1"y="2" >}}', '{{< a b= >}}', '{{< a =b >}}', '{{< /a b >}}']) {
      const { nodes, problems } = parseShortcodes(source);
      expect(nodes, source).to.deep.equal([{ kind: 'text', text: source, start: 0 }]);
      expect(problems, source).to.have.length(1);
      expect(problems[0].message, source).to.match(/^malformed .*"a"/);
    }
  });

  it('reports an escaped shortcode without its closing markers', () => {
    const { nodes, problems } = parseShortcodes('{{</* note >}} text');
    expect(nodes).to.deep.equal([{ kind: 'text', text: '{{</* note >}} text', start: 0 }]);
    expect(problems).to.deep.equal([{ line: 1, message: 'escaped shortcode is not closed with "*/>}}"' }]);
  });

  it('lists problems in source order', () => {
    const { problems } = parseShortcodes('{{< /x >}}\n{{< y "a" b=c >}}\n{{< z "open\n');
    expect(problems.map((p) => p.line)).to.deep.equal([1, 2, 3]);
  });

  it('never throws, whatever the input', () => {
    const pieces = ['{{<', '{{%', '>}}', '%}}', '/>}}', '{{</*', '*/>}}', '{{< /', ' ', '\n', '"', '`', '\\', '=',
      'a', 'b', 'ü', '😀', '{', '}', '/', '<', '%'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 500; round++) {
      let source = '';
      for (let i = 0; i < 40; i++) source += pieces[Math.floor(random() * pieces.length)];
      const { nodes, problems } = parseShortcodes(source);
      expect(nodes, source).to.be.an('array');
      expect(problems, source).to.be.an('array');
    }
  });
});

describe('parseShortcodes: adversarial input (shape, not timing)', () => {
  it('handles 50k unterminated "{{<" as one text node', () => {
    const source = '{{<'.repeat(50_000);
    const { nodes, problems } = parseShortcodes(source);
    expect(nodes).to.deep.equal([{ kind: 'text', text: source, start: 0 }]);
    expect(problems).to.have.length(50_000);
  });

  it('handles 50k unterminated tags with names, quotes and escapes', () => {
    for (const unit of ['{{< a ', '{{< a "', '{{< a `', '{{</*', '{{% a b=']) {
      const source = unit.repeat(Math.ceil(200_000 / unit.length));
      const { nodes, problems } = parseShortcodes(source);
      // Broken tags without readable words leave nothing; what is not a tag at all stays one text.
      expect(nodes.length, unit).to.be.at.most(1);
      expect(nodes.every((node) => node.kind === 'text'), unit).to.equal(true);
      expect(problems.length, unit).to.be.greaterThan(0);
    }
  });

  it('caps nesting 10k levels deep, keeping the deeper ones as text', () => {
    const depth = 10_000;
    const source = '{{< box >}}'.repeat(depth) + 'core' + '{{< /box >}}'.repeat(depth);
    const { nodes, problems } = parseShortcodes(source);
    let level = 0;
    let current = nodes;
    while (current.length === 1 && current[0].kind === 'shortcode') {
      current = current[0].children!;
      level++;
    }
    expect(level).to.equal(MAX_DEPTH);
    expect(current).to.have.length(1);
    expect(current[0].kind).to.equal('text');
    expect((current[0] as { text: string }).text).to.have.length(source.length - MAX_DEPTH * '{{< box >}}{{< /box >}}'.length);
    expect(problems).to.deep.equal([{ line: 1, message: `shortcode "box" is nested more than ${MAX_DEPTH} levels deep; kept as text` }]);
  });

  it('keeps 20k standalone shortcodes flat, even inside a paired one', () => {
    const source = '{{< wrap >}}' + '{{< dot >}}'.repeat(20_000) + '{{< /wrap >}}';
    const wrap = shortcodeAt(clean(source), 0);
    expect(wrap.children).to.have.length(20_000);
    expect(wrap.children!.every((child) => child.kind === 'shortcode' && child.children === null)).to.equal(true);
  });

  it('drops 20k orphan closing tags', () => {
    const { nodes, problems } = parseShortcodes('{{< /x >}}'.repeat(20_000));
    expect(nodes).to.deep.equal([]);
    expect(problems).to.have.length(20_000);
  });

  it('handles 200 KB of braces and one huge parameter', () => {
    expect(clean('{'.repeat(200_000))).to.have.length(1);
    const huge = 'x'.repeat(200_000);
    expect(param(shortcodeAt(clean(`{{< big v="${huge}" >}}`), 0), 'v')).to.equal(huge);
  });
});
