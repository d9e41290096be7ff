/**
 * render-body.ts lexes with marked's rules made linear in WebKit (src/content/parse/marked-rules.ts).
 * The tokens must be exactly marked's own, in every engine: checked on ordinary bodies, setext
 * headings in their corner cases, every XSS vector in every Markdown context, and hostile shapes.
 */
import { expect } from '@open-wc/testing';
import { Lexer, getDefaults } from 'marked';
import { fasterRules } from '../../../src/content/parse/marked-rules.js';
import { VECTORS } from '../../fixtures/xss/vectors.mjs';
import { feedFor } from '../../fixtures/xss/injection.mjs';
import type { Feed } from '../../../src/feed/types.js';

function markedTokens(source: string, inline: boolean) {
  return inline ? Lexer.lexInline(source, getDefaults()) : Lexer.lex(source, getDefaults());
}

function fasterTokens(source: string, inline: boolean) {
  const options = getDefaults();
  const lexer = new Lexer(options);
  options.tokenizer!.rules = fasterRules(options.tokenizer!.rules);
  return inline ? lexer.inlineTokens(source) : lexer.lex(source);
}

const SHAPES = [
  'Title\n=====\n\nSub\n---\n\n- a\n- b\n\n***\n\n1. one\n2. two\n\n> quote\n> more\n\n    code\n\n```js\nfenced\n```',
  '| a | b |\n|---|:-:|\n| 1 | 2 |\n\n<div>raw <b>html</b></div>\n\n[ref]: https://example.com/ "t"\n\nSee [ref] and <https://auto.example> and www.example.com.',
  'Setext under a list?\n- item\n---\n\nTwo lines\nthen =\n  ===  \n\nNot after a blank\n\n---\n\nNor after spaces\n   \n===\n\nTabs\t\n-\t\n\nLast line\n==',
  'One line only ===\n\nA\u2028B\n---\n\nhttps://example.com/path?q=1 mail@example.com ~~gone~~ **b** _i_ `c` \\* ![img](x.png)',
  '[' + '['.repeat(200) + 'x](y)' + ']'.repeat(200),
  'x <pre> ' + '<div a=b"c>'.repeat(200),
  '- '.repeat(30) + 'deep\n\n' + '> '.repeat(30) + 'deeper',
];

describe("lexing with marked's rules made linear in WebKit", function () {
  // Lexing only, nothing to wait for and nothing that can hang: a loaded machine may take minutes.
  this.timeout(0);

  it('gives marked’s own tokens for ordinary and hostile shapes, as blocks and inline', () => {
    for (const source of SHAPES) {
      for (const inline of [false, true]) {
        expect(fasterTokens(source, inline), source.slice(0, 60)).to.deep.equal(markedTokens(source, inline));
      }
    }
  });

  it('gives marked’s own tokens for the demo feed’s postings', async () => {
    const demo = (await (await fetch('/demo/feed.json')).json()) as Feed;
    // Their first 2,000 characters: marked's own rules take WebKit minutes on whole ones (the reason for all this).
    const bodies = demo.postings.map((posting) => (posting.body ?? '').slice(0, 2000));
    for (const body of bodies) expect(fasterTokens(body, false), body.slice(0, 60)).to.deep.equal(markedTokens(body, false));
  });

  it('gives marked’s own tokens for every XSS vector in every Markdown context', () => {
    const { postings } = feedFor('body Markdown contexts', VECTORS);
    expect(postings).to.have.length(VECTORS.length);
    // Each context on its own (they are joined by blank lines): short texts keep marked's own rules quick in WebKit too.
    const texts = postings.flatMap((posting) => (posting.body ?? '').split('\n\n'));
    for (const text of texts) expect(fasterTokens(text, false), text.slice(0, 60)).to.deep.equal(markedTokens(text, false));
  });
});
