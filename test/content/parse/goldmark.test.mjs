// Goldmark's typographer and linkify, as src/content/parse/goldmark.ts gives them to marked's tokens.
// The expected outputs are Hugo 0.111's own (rendered with the site's Markdown settings); the
// parity test (test/e2e/hugo-parity.test.mjs) holds the same rules against Hugo on whole pages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lexer, Parser } from 'marked';
import { importTs } from '../../support/cli.mjs';

const { GOLDMARK_LEXER_OPTIONS, typographer } = await importTs('src/content/parse/goldmark.ts');

/** Markdown to HTML as the widget reads it: Goldmark's dialect, one document's quote count. */
function render(markdown) {
  const tokens = Lexer.lex(markdown, GOLDMARK_LEXER_OPTIONS);
  typographer(tokens, false, { single: 0, double: 0 }, () => {});
  return Parser.parse(tokens).trim().replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

const paragraph = (markdown) => render(markdown).replace(/^<p>|<\/p>$/g, '');

test('quotes, apostrophes, dashes, ellipses and guillemets as Goldmark sets them', () => {
  const cases = [
    ["You're here. It's 5 o'clock. Don't stop. I'm, you'd, I've, we'll, they're.", 'You’re here. It’s 5 o’clock. Don’t stop. I’m, you’d, I’ve, we’ll, they’re.'],
    [`'single quoted' and "double quoted" text.`, '‘single quoted’ and “double quoted” text.'],
    [`"Nested 'quotes' here," she said.`, '“Nested ‘quotes’ here,” she said.'],
    ["The '90s and the 1990's.", 'The ’90s and the 1990’s.'],
    ["Rock 'n' roll, 'twas, 'em, 'til.", 'Rock ’n’ roll, ’twas, ’em, ’til.'],
    ["Smiths' house and doin' fine.", 'Smiths’ house and doin’ fine.'],
    ['en--dash, em---dash, ellipsis... and four.... dots, five----.', 'en–dash, em—dash, ellipsis… and four…. dots, five—-.'],
    ['<<guillemets>> and << spaced >> and a<<b>>c.', '«guillemets» and « spaced » and a«b»c.'],
    [`"Monitor 21"" and 5'10" tall.`, '“Monitor 21"” and 5\'10" tall.'],
    ["O'Neil and l'été, naïve's, Øystein's.", 'O’Neil and l’été, naïve’s, Øystein’s.'],
    [`Non-ASCII: "Økonomi" and 'Åsa'.`, 'Non-ASCII: “Økonomi” and ‘Åsa’.'],
    [`Inside x"y"z and a"b.`, 'Inside x"y"z and a"b.'],
    [`He said "it's 'fine'" -- really?`, 'He said “it’s ‘fine’” – really?'],
    [`Escaped: \\'not\\' and \\"not\\".`, `Escaped: 'not' and "not".`],
    ["Lone ' here.", 'Lone ’ here.'],
  ];
  for (const [markdown, html] of cases) assert.equal(paragraph(markdown), html, markdown);
});

test('never inside code, link addresses, raw HTML blocks or alt text; inside emphasis, links and headings', () => {
  assert.equal(paragraph("**'bold'** and `'code'` and **it's**"), '<strong>‘bold’</strong> and <code>\'code\'</code> and <strong>it’s</strong>');
  assert.equal(paragraph(`[It's a "link"](https://example.com/it's--x)`), '<a href="https://example.com/it\'s--x">It’s a “link”</a>');
  assert.equal(render('```\nit\'s "code" -- ...\n```'), '<pre><code>it\'s "code" -- ...\n</code></pre>');
  assert.equal(render(`<div>it's raw "block"</div>`), `<div>it's raw "block"</div>`);
  assert.equal(render(`## A heading's "title" -- here...`), '<h2>A heading’s “title” – here…</h2>');
  assert.equal(paragraph(`<span>it's</span> and <b>"bold"</b>`), '<span>it’s</span> and <b>“bold”</b>');
});

test('an open quote counts across paragraphs of one document, as Goldmark counts it', () => {
  assert.equal(render(`"Unclosed quote\n\nthen 5'2" closes it.`), '<p>“Unclosed quote</p>\n<p>then 5\'2” closes it.</p>');
  assert.equal(render(`5'2" alone stays.`), '<p>5\'2" alone stays.</p>');
});

test("bare URLs and addresses become links by Goldmark's linkify, not GFM's", () => {
  const cases = [
    ['Mail foo@example.com, or www.example.com.', 'Mail <a href="mailto:foo@example.com">foo@example.com</a>, or <a href="https://www.example.com">www.example.com</a>.'],
    ['Path https://x.example/a_b_ (path).', 'Path <a href="https://x.example/a_b">https://x.example/a_b</a>_ (path).'],
    ['After\u00a0a no-break space foo@example.com and\u00a0https://nbsp.example.com.', 'After\u00a0a no-break space <a href="mailto:foo@example.com">foo@example.com</a> and\u00a0https://nbsp.example.com.'],
    ['After a tab\tbar@example.com.', 'After a tab\tbar@example.com.'],
    ['Paren (https://example.com/paren) and (foo@example.com).', 'Paren (<a href="https://example.com/paren">https://example.com/paren</a>) and (<a href="mailto:foo@example.com">foo@example.com</a>).'],
    ['*https://em.example.com* and _foo@bar.com_ and ~foo@t.com~.', '<em><a href="https://em.example.com">https://em.example.com</a></em> and <em>foo@bar.com</em> and ~<a href="mailto:foo@t.com">foo@t.com</a>~.'],
    ['Trailing dot https://dot.example.com. and www.dot.com.', 'Trailing dot <a href="https://dot.example.com">https://dot.example.com</a>. and <a href="https://www.dot.com">www.dot.com</a>.'],
    ['Upper HTTPS://UP.EXAMPLE.COM and x(https://n.example.com) and a-https://hy.example.com.', 'Upper HTTPS://UP.EXAMPLE.COM and x(<a href="https://n.example.com">https://n.example.com</a>) and a-https://hy.example.com.'],
    [`Quotes "https://q.example.com" and 'www.sq.com' and x"foo@q2.com".`, 'Quotes “<a href="https://q.example.com">https://q.example.com</a>” and ‘<a href="https://www.sq.com">www.sq.com</a>’ and x"foo@q2.com".'],
    ['Email foo@localhost and -foo@example.com and foo@example.com- and a@b.c.', 'Email foo@localhost and -foo@example.com and foo@example.com- and <a href="mailto:a@b.c">a@b.c</a>.'],
    ['`code`https://code.example.com and \\*https://esc.example.com', '<code>code</code><a href="https://code.example.com">https://code.example.com</a> and *https://esc.example.com'],
  ];
  for (const [markdown, html] of cases) assert.equal(paragraph(markdown), html, markdown);
});

test('one tilde is no strikethrough; two are', () => {
  assert.equal(paragraph("~~strike it's~~ and ~single~ tilde."), '<del>strike it’s</del> and ~single~ tilde.');
});
