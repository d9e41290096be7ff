// Feed values that both the validator's tests (test/feed/validate.test.ts) and its agreement
// with the schema (test/feed/validate-schema.test.mjs) use: one table, so that they test the same.

/** A posting with every field set and valid. */
export const validPosting = () => ({
  id: 'backend-dev_2026.1~a',
  lang: 'de-CH',
  title: 'Backend developer',
  intro: 'Join us.',
  datePosted: '2026-03-01',
  validThrough: '2026-04-30T23:59:59+02:00',
  team: 'Platform',
  location: 'Zürich',
  employmentType: 'Full-time',
  image: '../img/team.png',
  url: 'https://example.com/jobs/backend',
  apply: { url: 'mailto:jobs@example.com', label: 'Apply now' },
  translationKey: 'backend-dev',
  body: '## About\n\n{{< benefits >}}',
});

/** ISO dates and date-times that exist in the calendar. */
export const VALID_DATES = [
  '2026-03-01',
  '2024-02-29',
  '2000-02-29',
  '0000-02-29',
  '2026-12-31',
  '9999-12-31',
  '2026-03-01T09:30:00Z',
  '2026-03-01T09:30:00.5Z',
  '2026-03-01T23:59:59.123+05:30',
  '2026-03-01T00:00:00-00:00',
];

/** Dates that are malformed or not in the calendar (short enough to be read as dates). */
export const INVALID_DATES = [
  'yesterday',
  '2026-02-30',
  '2025-02-29',
  '1900-02-29',
  '2025-13-01',
  '2025-00-10',
  '2025-04-31',
  '2025-06-31',
  '2025-01-32',
  '2025-01-00',
  '2025-1-5',
  '20250105',
  '2026-03-01T09:30Z',
  '2026-03-01T09:30:00',
  '2026-03-01 09:30:00Z',
  '2026-03-01t09:30:00z',
  '2026-03-01T24:00:00Z',
  '2026-03-01T23:60:00Z',
  '2026-03-01T23:59:60Z',
  '2026-06-30T23:59:60Z',
  '2026-03-01T12:00:00+24:00',
  '2026-03-01T12:00:00+05:60',
  '2026-03-01T12:00:00+0530',
  '2026-02-30T12:00:00Z',
  ' 2026-03-01',
  '2026-03-01\n',
  '2026-03-01T12:00:00Z\n',
];
