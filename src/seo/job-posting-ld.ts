/**
 * A posting as a schema.org JobPosting for search engines (Google for Jobs). Pure: the
 * caller supplies the description HTML and the page URL.
 */
import type { Organization, Posting } from '../feed/types.js';

/** schema.org employmentType values, recognised in English, Norwegian, Swedish and Danish. */
const EMPLOYMENT_TYPES: ReadonlyArray<[RegExp, string]> = [
  [/full[\s-]?time|heltid|fuldtid|fulltid|permanent|fast (stilling|ansettelse|ansættelse)|tillsvidare/i, 'FULL_TIME'],
  [/part[\s-]?time|deltid/i, 'PART_TIME'],
  [/contract(or)?|freelance|konsulent|kontrakt|uppdrag/i, 'CONTRACTOR'],
  [/temporary|temp\b|vikar|midlertidig|tidsbegrenset|tidsbegränsad|visstid|tidsbegrænset/i, 'TEMPORARY'],
  [/intern(ship)?|trainee|praktik|praksis|lærling|lärling|sommerjobb|sommarjobb|summer job/i, 'INTERN'],
  [/volunteer|frivillig/i, 'VOLUNTEER'],
  [/per[\s-]?diem|timebasert|timanställning/i, 'PER_DIEM'],
];

const REMOTE = /\b(remote|fjernarbeid|hjemmekontor|distans|fjernarbejde|hemifrån|anywhere)\b/i;

export function employmentTypes(text: string | undefined): string[] {
  if (!text) return [];
  const types = EMPLOYMENT_TYPES.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
  return types.length ? types : ['OTHER'];
}

export interface JobPostingContext {
  organization: Organization;
  /** The rendered, sanitised body as HTML. */
  description: string;
  /** The page that shows the posting, when the feed names no canonical `url`. */
  pageUrl: string;
}

/** The JSON-LD object for a posting. */
export function jobPostingLd(posting: Posting, context: JobPostingContext): Record<string, unknown> {
  const { organization } = context;
  const location = posting.location ?? '';
  const remote = REMOTE.test(location);
  // "Remote in Europe", "Fjernarbeid i Norden": where applicants may live.
  const region = location.replace(REMOTE, '').replace(/^[\s,–-]*(in|i|inom|within)\s+/i, '').trim();
  const types = employmentTypes(posting.employmentType);
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: posting.title,
    description: context.description,
    datePosted: posting.datePosted,
    ...(posting.validThrough && { validThrough: posting.validThrough }),
    ...(types.length && { employmentType: types.length === 1 ? types[0] : types }),
    hiringOrganization: {
      '@type': 'Organization',
      name: organization.name,
      ...(organization.url && { sameAs: organization.url }),
      ...(organization.logo && { logo: organization.logo }),
    },
    ...(remote
      ? {
          jobLocationType: 'TELECOMMUTE',
          ...(region && { applicantLocationRequirements: { '@type': 'AdministrativeArea', name: region } }),
        }
      : location && {
          jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: location } },
        }),
    identifier: { '@type': 'PropertyValue', name: organization.name, value: posting.id },
    url: posting.url ?? context.pageUrl,
    directApply: false,
  };
}

/** JSON for a script element, with `<` escaped so the text can never close the element. */
export function toJsonLd(data: Record<string, unknown>): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
