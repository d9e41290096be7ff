import { expect } from '@open-wc/testing';
import type { Posting } from '../../src/feed/types.js';
import type { ReaderFilters } from '../../src/feed/listing.js';
import {
  NO_FILTERS,
  commaList,
  distinctValues,
  foldForSearch,
  groupBy,
  inSlice,
  isExpired,
  isNew,
  listPostings,
} from '../../src/feed/listing.js';

const NOW = Date.parse('2026-11-28T12:00:00Z');
const DAY = 86_400_000;

function posting(id: string, fields: Partial<Posting> = {}): Posting {
  return { id, lang: 'en', title: `Title ${id}`, datePosted: '2026-11-01', body: '', ...fields };
}

const FEED: Posting[] = [
  posting('platform-oslo', { team: 'Platform', location: 'Oslo', datePosted: '2026-11-20', title: 'Platform Engineer', translationKey: 'p' }),
  posting('plattform-oslo', { team: 'Platform', location: 'Oslo', datePosted: '2026-11-20', lang: 'nb', title: 'Plattformingeniør', translationKey: 'p' }),
  posting('network-remote', { team: 'Network', location: 'Remote in Europe', datePosted: '2026-10-02', intro: 'BGP and IPv6 at scale' }),
  posting('salj-sthlm', { team: 'Försäljning', location: 'Stockholm', lang: 'sv', datePosted: '2026-10-20', title: 'Säljare' }),
  posting('controller-kbh', { team: 'Økonomi', location: 'København', lang: 'da', datePosted: '2026-08-27' }),
  posting('expired', { team: 'Platform', location: 'Oslo', datePosted: '2026-06-01', validThrough: '2026-11-27' }),
  posting('expires-today', { team: 'Network', location: 'Oslo', datePosted: '2026-07-01', validThrough: '2026-11-28' }),
];

describe('listing: pure rules', () => {
  it('splits comma lists', () => {
    expect(commaList(' Platform, Network ,,')).to.deep.equal(['Platform', 'Network']);
    expect(commaList(null)).to.deep.equal([]);
  });

  it('folds case and diacritics for search and matching', () => {
    expect(foldForSearch('København Ørsted Åre')).to.equal('kobenhavn orsted are');
  });

  it('hides postings after their validThrough day, in any time zone', () => {
    expect(isExpired(FEED[5], NOW)).to.equal(true);
    expect(isExpired(FEED[6], NOW), 'valid through the whole last day').to.equal(false);
    expect(isExpired(FEED[6], Date.parse('2026-11-29T00:00:01Z'))).to.equal(true);
    expect(isExpired(posting('x', { validThrough: '2026-11-28T11:00:00Z' }), NOW)).to.equal(true);
  });

  it('marks postings younger than 14 days as new', () => {
    expect(isNew(posting('a', { datePosted: '2026-11-20' }), NOW)).to.equal(true);
    expect(isNew(posting('b', { datePosted: new Date(NOW - 14 * DAY).toISOString().slice(0, 10) }), NOW)).to.equal(false);
    expect(isNew(posting('c', { datePosted: '2026-12-10' }), NOW), 'future dates are not new').to.equal(false);
  });

  it('keeps a page’s slice by team, location and posting language, case-insensitively', () => {
    const ids = (slice: Parameters<typeof inSlice>[1]) => inSlice(FEED, slice, NOW).map((p) => p.id);
    expect(ids({ teams: ['platform'], locations: [], langs: [] })).to.deep.equal(['platform-oslo', 'plattform-oslo']);
    expect(ids({ teams: [], locations: ['oslo', 'Stockholm'], langs: [] })).to.deep.equal(['platform-oslo', 'plattform-oslo', 'salj-sthlm', 'expires-today']);
    expect(ids({ teams: [], locations: [], langs: ['nb-NO', 'da'] })).to.deep.equal(['plattform-oslo', 'controller-kbh']);
  });

  it('offers distinct values sorted for the locale', () => {
    expect(distinctValues(FEED, 'team', 'nb')).to.deep.equal(['Försäljning', 'Network', 'Platform', 'Økonomi']);
    expect(distinctValues(FEED, 'lang', 'en')).to.deep.equal(['da', 'en', 'nb', 'sv']);
  });

  it('groups by a field, named groups sorted for the locale and the unnamed last', () => {
    const values = (locale: string) => groupBy([...FEED, posting('no-team')], 'team', locale).map((group) => group.value);
    expect(values('en')).to.deep.equal(['Försäljning', 'Network', 'Økonomi', 'Platform', '']);
    expect(values('nb'), 'Ø comes last in the Norwegian alphabet').to.deep.equal(['Försäljning', 'Network', 'Platform', 'Økonomi', '']);
  });
});

describe('listing: the whole list', () => {
  const options = {
    slice: { teams: [], locations: [], langs: [] },
    filters: NO_FILTERS,
    now: NOW,
    locale: 'en',
    prefers: (p: Posting) => p.lang === 'en',
    limit: 0,
    visible: Infinity,
    groupBy: null,
  };

  it('shows one card per translation group, newest first, without expired postings', () => {
    const listing = listPostings(FEED, options);
    expect(listing.groups[0].postings.map((p) => p.id)).to.deep.equal(['platform-oslo', 'salj-sthlm', 'network-remote', 'controller-kbh', 'expires-today']);
    expect(listing.matchCount).to.equal(5);
  });

  it('matches every search word against title, intro, team and location', () => {
    const matching = (filters: ReaderFilters) => listPostings(FEED, { ...options, filters }).groups[0].postings.map((p) => p.id);
    expect(matching({ ...NO_FILTERS, query: 'bgp europe' })).to.deep.equal(['network-remote']);
    expect(matching({ ...NO_FILTERS, query: 'bgp oslo' })).to.deep.equal([]);
    expect(matching({ ...NO_FILTERS, query: 'kobenhavn' })).to.deep.equal(['controller-kbh']);
    expect(matching({ ...NO_FILTERS, team: 'försäljning' })).to.deep.equal(['salj-sthlm']);
  });

  it('applies a language filter before choosing translations', () => {
    const listing = listPostings(FEED, { ...options, filters: { ...NO_FILTERS, lang: 'nb' } });
    expect(listing.groups[0].postings.map((p) => p.id)).to.deep.equal(['plattform-oslo']);
  });

  it('limits the cards but counts every match', () => {
    const listing = listPostings(FEED, { ...options, limit: 2 });
    expect(listing.groups[0].postings).to.have.length(2);
    expect(listing.matchCount).to.equal(5);
    expect(listing.more).to.equal(0);
  });

  it('renders a page of cards at a time, the rest behind "show more"', () => {
    const listing = listPostings(FEED, { ...options, visible: 3 });
    expect(listing.groups[0].postings.map((p) => p.id)).to.deep.equal(['platform-oslo', 'salj-sthlm', 'network-remote']);
    expect(listing.more).to.equal(2);
    expect(listPostings(FEED, { ...options, visible: 3, limit: 4 }).more).to.equal(1);
  });

  it('groups by location with newest first inside each group', () => {
    const listing = listPostings(FEED, { ...options, groupBy: 'location' });
    expect(listing.groups.map((g) => [g.value, g.postings.map((p) => p.id)])).to.deep.equal([
      ['København', ['controller-kbh']],
      ['Oslo', ['platform-oslo', 'expires-today']],
      ['Remote in Europe', ['network-remote']],
      ['Stockholm', ['salj-sthlm']],
    ]);
  });
});
