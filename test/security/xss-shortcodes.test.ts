// The XSS corpus in every named parameter of every shortcode, quoted and raw (see test/support/xss-matrix.ts).
import { expect } from '@open-wc/testing';
import { describeInjection } from '../support/xss-matrix.js';
import { SHORTCODE_NAMES } from '../fixtures/xss/injection.mjs';
import { KNOWN_SHORTCODES } from '../../src/content/parse/known-shortcodes.js';

it('covers every shortcode the renderer knows', () => {
  expect([...SHORTCODE_NAMES].sort()).to.deep.equal([...KNOWN_SHORTCODES].sort());
});

describeInjection(['shortcode params, quoted', 'shortcode params, raw']);
