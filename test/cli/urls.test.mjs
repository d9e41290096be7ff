// --base-url: every relative URL made absolute (site paths against the site, page paths against
// the page), links as the site's resolve-link.html makes them, the rest of the body byte for byte.
// Run: node --test test/cli/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTENT, ROOT, assertValidFeed, bodyOf, buildFeed, importCli } from '../support/cli.mjs';

const URLS = `${CONTENT}/urls`;
const SOURCE = bodyOf(`${ROOT}${URLS}/every-url.md`);
const BASE = 'https://www.nordlys.example/';

/** Each [as written, as rewritten], in the body's order; each "as written" occurs once. */
const REWRITES = [
  ['link="/offices/"', `link="${BASE}offices/"`],
  ['(/about/how-we-work/)', `(${BASE}about/how-we-work/)`],
  ['(/img/team.jpg "Our team")', `(${BASE}img/team.jpg "Our team")`],
  ['(</careers/open positions/>)', `(<${BASE}careers/open%20positions/>)`],
  ['[handbook]: /handbook/ "The handbook"', `[handbook]: ${BASE}handbook/ "The handbook"`],
  ['<a href="/contact/">', `<a href="${BASE}contact/">`],
  ["<img src='/img/map.png'", `<img src='${BASE}img/map.png'`],
  ['[book one](/book/)', `[book one](${BASE}book/)`],
  ['link="/careers/" icon', `link="${BASE}careers/" icon`],
  ['linkref="/careers/benefits/"', `linkref="${BASE}careers/benefits/"`],
  ['"Read the FAQ" "/careers/faq/"', `"Read the FAQ" "${BASE}careers/faq/"`],
  // Shortcode links get a trailing slash on the way, as the site's resolve-link.html gives them.
  ['"Apply" "/apply/solutions-architect"', `"Apply" "${BASE}apply/solutions-architect/"`],
  ['link=/apply/solutions-architect >}}', `link=${BASE}apply/solutions-architect/ >}}`],
  ['image="/img/kontakt/sigrid.webp"', `image="${BASE}img/kontakt/sigrid.webp"`],
  ['linkref="/contact/sigrid/"', `linkref="${BASE}contact/sigrid/"`],
  ['picture="/img/kontakt/jonas.jpg"', `picture="${BASE}img/kontakt/jonas.jpg"`],
  ['address-link="/offices/stockholm/"', `address-link="${BASE}offices/stockholm/"`],
  ['[våra kontor](/kontor/)', `[våra kontor](${BASE}kontor/)`],
  // A path relative to the page resolves against the page's own address.
  ['(colleagues/)', `(${BASE}urls/every-url/colleagues/)`],
];

test('without --base-url every URL stays as written', () => {
  const { status, feed } = buildFeed(URLS);
  assert.equal(status, 0);
  const [posting] = feed.postings;
  assert.equal(posting.body, SOURCE);
  assert.equal(posting.apply.url, '/apply/solutions-architect');
  assert.equal(posting.image, '/img/card/architect.webp');
  assertValidFeed(assert, feed);
});

test('--base-url makes every site-relative URL absolute and splices it in place', () => {
  let expected = SOURCE;
  for (const [written, rewritten] of REWRITES) {
    assert.equal(SOURCE.split(written).length, 2, `"${written}" occurs once in the fixture`);
    expected = expected.replace(written, () => rewritten);
  }
  const { status, feed } = buildFeed(URLS, '--base-url', BASE);
  assert.equal(status, 0);
  const [posting] = feed.postings;
  // Everything else (external links, #anchors, code, escaped shortcodes, parameters that
  // carry no URL, escaped quotes, line breaks) is unchanged.
  assert.equal(posting.body, expected);
  assert.equal(posting.url, `${BASE}urls/every-url/`, "the page's own address");
  assert.equal(posting.apply.url, `${BASE}apply/solutions-architect`);
  assert.equal(posting.image, `${BASE}img/card/architect.webp`);
  assertValidFeed(assert, feed);
});

test('a base URL with a path resolves site paths like a browser would', () => {
  const { feed } = buildFeed(URLS, '--base-url', 'https://nordlys.example/careers/index.html');
  assert.equal(feed.postings[0].apply.url, 'https://nordlys.example/apply/solutions-architect');
});

test('the rewriter keeps shortcode syntax intact in awkward places', async () => {
  const { absolutizeBodyUrls } = await importCli();
  const cases = [
    // An escaped quote in another parameter; the URL in a raw (backquoted) value.
    ['{{< localbutton text="say \\"hi\\"" link=`/a/` >}}', '{{< localbutton text="say \\"hi\\"" link=`https://x.example/a/` >}}'],
    // A URL that needs escaping inside quotes; a bare value that must become quoted.
    ['{{< localbutton link="/a\\"b" >}}', '{{< localbutton link="https://x.example/a%22b/" >}}'],
    // Self-closing, multi-line, nested in a paired shortcode, % form.
    ['{{% note %}}\n{{< localbutton\n  link="/n/" />}}\n{{% /note %}}', '{{% note %}}\n{{< localbutton\n  link="https://x.example/n/" />}}\n{{% /note %}}'],
    // Parentheses in a Markdown destination; a title in single quotes; two links on a line.
    ['[a](/wiki/A_(b)) [c](/c \'t\')', '[a](https://x.example/wiki/A_(b)) [c](https://x.example/c \'t\')'],
    // Not site-relative: protocol-relative, page-relative (no page address given), anchors, other schemes.
    ['[a](//cdn.example/x) [b](x/y) [c](#c) [d](tel:+47) {{< localbutton link="#top" >}}', null],
    // Non-URL parameters named otherwise, positional params of other shortcodes.
    ['{{< note "/not-a-link/" >}}{{< inline "/x/" >}}{{< icon-block-small text="/t/" >}}', null],
    // Code spans of two backticks, fenced code with tildes, indented inside a list.
    ['``[a](/x/)`` and\n~~~\n[b](/y/)\n~~~\n[c](/z/)', '``[a](/x/)`` and\n~~~\n[b](/y/)\n~~~\n[c](https://x.example/z/)'],
  ];
  for (const [input, output] of cases) {
    assert.equal(absolutizeBodyUrls(input, 'https://x.example/').body, output ?? input, input);
  }
});
