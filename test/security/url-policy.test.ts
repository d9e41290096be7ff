import { expect } from '@open-wc/testing';
import { isExternal, safeUrl } from '../../src/security/url-policy.js';

const BASE = 'https://feeds.example/jobs/feed.json';

describe('safeUrl', () => {
  it('allows http, https, mailto and tel links, normalised', () => {
    expect(safeUrl('https://Example.COM/a/../b?q=1#top', BASE)).to.equal('https://example.com/b?q=1#top');
    expect(safeUrl('http://example.com', BASE)).to.equal('http://example.com/');
    expect(safeUrl('mailto:jobs@example.com?subject=Hi', BASE)).to.equal('mailto:jobs@example.com?subject=Hi');
    expect(safeUrl('tel:+41440000000', BASE, 'link')).to.equal('tel:+41440000000');
    expect(safeUrl('HTTPS://example.com/', BASE)).to.equal('https://example.com/');
  });

  it('allows only http and https images', () => {
    expect(safeUrl('https://cdn.example/a.png', BASE, 'image')).to.equal('https://cdn.example/a.png');
    expect(safeUrl('http://cdn.example/a.png', BASE, 'image')).to.equal('http://cdn.example/a.png');
    expect(safeUrl('mailto:jobs@example.com', BASE, 'image')).to.equal(null);
    expect(safeUrl('tel:+41440000000', BASE, 'image')).to.equal(null);
  });

  it('refuses dangerous and unsupported schemes', () => {
    const urls = [
      'javascript:alert(1)',
      'vbscript:msgbox(1)',
      'data:text/html,<script>alert(1)</script>',
      'data:image/png;base64,iVBORw0KGgo=',
      'file:///etc/passwd',
      'blob:https://feeds.example/0b2c',
      'ftp://example.com/a',
      'ws://example.com/',
      'about:blank',
      'chrome://settings',
    ];
    for (const url of urls) {
      expect(safeUrl(url, BASE), url).to.equal(null);
      expect(safeUrl(url, BASE, 'image'), url).to.equal(null);
    }
  });

  it('is not fooled by case, whitespace or control characters', () => {
    const tricks = [
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'javascript:alert(1) ',
      '\n\tjavascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\u0001\u001fjavascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\rscript:alert(1)',
      'jav\u0009ascript:alert(1)',
      '  DATA:text/html,x',
      'vb\nscript:msgbox(1)',
    ];
    for (const url of tricks) {
      expect(safeUrl(url, BASE), JSON.stringify(url)).to.equal(null);
      expect(safeUrl(url, BASE, 'image'), JSON.stringify(url)).to.equal(null);
    }
  });

  it('trims whitespace and control characters around allowed URLs', () => {
    expect(safeUrl('  https://example.com/a \n', BASE)).to.equal('https://example.com/a');
    expect(safeUrl('\u0000\thttps://example.com/a\u001f', BASE)).to.equal('https://example.com/a');
    expect(safeUrl('ht\ntps://example.com/a', BASE)).to.equal('https://example.com/a');
  });

  it('treats HTML entities as literal text, i.e. a harmless relative path', () => {
    expect(safeUrl('javascript&colon;alert(1)', BASE)).to.equal('https://feeds.example/jobs/javascript&colon;alert(1)');
    expect(safeUrl('&#106;avascript:alert(1)', BASE)).to.equal('https://feeds.example/jobs/&#106;avascript:alert(1)');
    expect(safeUrl('&#x6A;avascript:alert(1)', BASE)).to.equal('https://feeds.example/jobs/&#x6A;avascript:alert(1)');
  });

  it('resolves relative URLs against the feed URL, not the page', () => {
    expect(safeUrl('../img/a.png', BASE, 'image')).to.equal('https://feeds.example/img/a.png');
    expect(safeUrl('apply.html', BASE)).to.equal('https://feeds.example/jobs/apply.html');
    expect(safeUrl('/about', BASE)).to.equal('https://feeds.example/about');
    expect(safeUrl('?lang=de', BASE)).to.equal('https://feeds.example/jobs/feed.json?lang=de');
    expect(safeUrl('../img/a.png', BASE, 'image')).not.to.contain(location.origin);
  });

  it('resolves protocol-relative URLs with the feed scheme', () => {
    expect(safeUrl('//evil.example/x', BASE)).to.equal('https://evil.example/x');
    expect(safeUrl('//cdn.example/a.png', 'http://feeds.example/feed.json', 'image')).to.equal('http://cdn.example/a.png');
  });

  it('keeps bare fragment links as fragments', () => {
    expect(safeUrl('#section', BASE)).to.equal('#section');
    expect(safeUrl('  #section\n', BASE)).to.equal('#section');
    expect(safeUrl('#', BASE)).to.equal('#');
    expect(safeUrl('#a b"<x>', BASE)).to.equal('#a%20b%22%3Cx%3E');
    expect(safeUrl('#section', BASE, 'image')).to.equal(null);
    expect(safeUrl('feed.json#section', BASE)).to.equal('https://feeds.example/jobs/feed.json#section');
  });

  it('refuses non-strings', () => {
    for (const value of [null, undefined, 1, true, {}, ['https://example.com'], new URL('https://example.com')]) {
      expect(safeUrl(value, BASE)).to.equal(null);
    }
  });

  it('refuses invalid URLs and URLs that need an unusable base', () => {
    expect(safeUrl('https://', BASE)).to.equal(null);
    expect(safeUrl('https://example.com:99999/', BASE)).to.equal(null);
    expect(safeUrl('https://[::1', BASE)).to.equal(null);
    expect(safeUrl('a.png', 'not a base', 'image')).to.equal(null);
    expect(safeUrl('a.png', 'file:///srv/feed.json', 'image')).to.equal(null);
  });

  it('refuses empty values rather than pointing at the feed itself', () => {
    for (const value of ['', '  ', '\n\u0000']) expect(safeUrl(value, BASE), JSON.stringify(value)).to.equal(null);
  });

  it('refuses values longer than 4096 characters', () => {
    const prefix = 'https://example.com/';
    const longest = prefix + 'a'.repeat(4096 - prefix.length);
    expect(safeUrl(longest, BASE)).to.equal(longest);
    expect(safeUrl(longest + 'a', BASE)).to.equal(null);
    expect(safeUrl('#' + 'a'.repeat(4096), BASE)).to.equal(null);
  });
});

describe('isExternal', () => {
  const PAGE = 'https://www.example.com';

  it('is true for http(s) URLs on another origin', () => {
    expect(isExternal('https://jobs.example.com/a', PAGE)).to.equal(true);
    expect(isExternal('http://www.example.com/a', PAGE)).to.equal(true);
    expect(isExternal('https://www.example.com:8443/a', PAGE)).to.equal(true);
  });

  it('is false for the same origin, fragments, mailto, tel and garbage', () => {
    expect(isExternal('https://www.example.com/jobs?x=1', PAGE)).to.equal(false);
    expect(isExternal('https://WWW.example.com:443/', PAGE)).to.equal(false);
    expect(isExternal('#section', PAGE)).to.equal(false);
    expect(isExternal('mailto:jobs@example.com', PAGE)).to.equal(false);
    expect(isExternal('tel:+41440000000', PAGE)).to.equal(false);
    expect(isExternal('not a url', PAGE)).to.equal(false);
  });

  it('accepts a full page URL as the page origin', () => {
    expect(isExternal('https://www.example.com/a', 'https://www.example.com/careers/?p=1')).to.equal(false);
  });

  it('treats every http(s) URL as external when the page origin is opaque', () => {
    expect(isExternal('https://www.example.com/a', 'null')).to.equal(true);
  });

  it('works with location.origin', () => {
    expect(isExternal(new URL('/x', location.href).href, location.origin)).to.equal(false);
  });
});
