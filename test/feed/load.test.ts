/**
 * Feed loading at the edges, in Chromium and Firefox: the 5 MB cap, declared or
 * counted while streaming; a byte-order mark before JSON (accepted) or before anything else
 * (not-json); an empty body. test/e2e/broken-feeds.test.mjs covers the widget's side (words,
 * events, Try again) of these and the other failures across origins.
 */
import { expect } from '@open-wc/testing';
import { FeedLoadError, MAX_FEED_BYTES, fetchFeed, parseFeed } from '../../src/feed/load.js';

async function outcome(path: string, timeoutMs = 5000) {
  try {
    const loaded = await fetchFeed(new URL(path, location.href).href, new AbortController().signal, { timeoutMs });
    return `${loaded.feed.postings.length} postings`;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedLoadError);
    return (error as FeedLoadError).code;
  }
}

describe('loading a feed', () => {
  it('refuses a feed over 5 MB as it streams in, and by its Content-Length', async () => {
    expect(await outcome('/api/too-large')).to.equal('too-large');
    expect(await outcome('/api/too-large?declared')).to.equal('too-large');
  });

  it('accepts a byte-order mark before JSON, and nothing else in front of it', async () => {
    expect(await outcome('/api/bom')).to.equal('3 postings');
    expect(await outcome('/api/bom?garbage')).to.equal('not-json');
    expect(parseFeed('\uFEFF{"version":1,"postings":[]}', location.href).feed.postings).to.deep.equal([]);
    expect(() => parseFeed('\uFEFF\uFEFF{"version":1,"postings":[]}', location.href)).to.throw(FeedLoadError);
  });

  it('calls an empty body not JSON, and a slow one a timeout', async () => {
    expect(await outcome('/api/empty')).to.equal('not-json');
    expect(await outcome('/api/hold', 200)).to.equal('timeout');
  });

  it('refuses an inline feed over the cap without parsing it', () => {
    const huge = `{"version":1,"postings":[],"padding":"${' '.repeat(MAX_FEED_BYTES)}"}`;
    expect(() => parseFeed(huge, location.href)).to.throw(FeedLoadError).with.property('code', 'too-large');
  });
});
