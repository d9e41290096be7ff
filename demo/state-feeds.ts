/**
 * Feeds made for the gallery's edge cases: long titles (and long words, facts and links) and
 * postings with nothing but the required fields. The everyday states and the playground use
 * demo/feed.json (FEED_URL).
 */
import type { Feed } from '../src/careers-widget.js';
import type { Locale } from '../src/i18n/locale.js';

/** Relative URLs resolve as if the feed were published next to the page (img/… is the demo's). */
export const FEED_URL = new URL('./feed.json', document.baseURI).href;

/** The posting each language opens in the posting states (all in demo/feed.json). */
export const POSTING_FOR_LANG: Record<Locale, string> = {
  en: 'platform-engineer-oslo',
  nb: 'plattformingenior-oslo',
  sv: 'account-executive-stockholm',
  da: 'controller-kobenhavn',
};

const LONG_BODY = `{{< ingress >}}
A title can be long, and so can a word: Norwegian, Swedish and Danish build compounds such as *kundesuksessrådgiveropplæringsprogrammet*, and a link is sometimes written out in full.
{{< /ingress >}}

## A section heading that is also quite long, because some authors like to say everything up front

The full address of the application form is https://jobs.nordlys.example/apply/senior-site-reliability-engineer-multi-region-kubernetes-object-storage-observability-2026 and it must not push the page sideways.

{{% accordion title="Arbeidsmiljøutvalgsrepresentantvalgordningen og andre sammensatte ord som ikke får plass på én linje" %}}
Every heading wraps, whatever the width.
{{% /accordion %}}

{{< icon-block-horisontal icon="fa-solid fa-arrow-up-right-from-square" text="Søk på stillingen som informasjonssikkerhetsrådgiver" description="Send CV-en din, vitnemål, attester og noen ord om hvorfor akkurat du passer til denne stillingen." link="https://jobs.nordlys.example/apply/long" >}}
`;

export const LONG_TITLES_FEED: Feed = {
  version: 1,
  postings: [
    {
      id: 'long-sre',
      lang: 'en',
      title:
        'Senior Site Reliability Engineer for Multi-Region Kubernetes, Object Storage and Observability Platforms (Oslo, Stockholm, Copenhagen or Remote within the Nordics)',
      intro:
        'An intro that goes on for longer than anyone planned: it names the team, the platform, the customers, the on-call arrangement, the office, the equipment budget and the four languages we speak at lunch.',
      datePosted: '2026-11-20',
      validThrough: '2027-01-31',
      team: 'Infrastructure, Reliability and Developer Experience',
      location: 'Oslo, Bergen, Trondheim, Stockholm, Göteborg, København or remote',
      employmentType: 'Full time, permanent, with on-call one week in six',
      image: 'img/team-platform.svg',
      apply: { url: 'https://jobs.nordlys.example/apply/long-sre', label: 'Apply for the senior site reliability engineer position' },
      body: LONG_BODY,
    },
    {
      id: 'long-informasjonssikkerhet',
      lang: 'nb',
      title: 'Informasjonssikkerhetsrådgiver og personvernombud for kommunesektorens skytjenester',
      intro: 'Kundesuksessrådgiveropplæringsprogrammet trenger en sikkerhetsklareringsansvarlig.',
      datePosted: '2026-11-02',
      team: 'Sikkerhetsklareringsansvarligavdelingen',
      location: 'Trondheim',
      employmentType: 'Heltid',
      body: LONG_BODY,
    },
    {
      id: 'long-dokumentation',
      lang: 'sv',
      title: 'Dokumentationsansvarig tekniskskribent för molnplattformsutvecklingsteamet',
      datePosted: '2026-10-12',
      location: 'Stockholm',
      body: LONG_BODY,
    },
  ],
};

export const MINIMAL_FEED: Feed = {
  version: 1,
  postings: [
    {
      id: 'support-engineer',
      lang: 'en',
      title: 'Support Engineer',
      datePosted: '2026-11-21',
      body: 'You answer the questions our customers send, by e-mail and chat, and make sure the answer ends up in the documentation.\n\n## What you will do\n\n- Answer customers within a working day\n- Improve the guides you point them to',
    },
    {
      id: 'driftstekniker',
      lang: 'nb',
      title: 'Driftstekniker',
      datePosted: '2026-10-02',
      body: 'Du tar vare på maskinvaren i datasentrene våre i Oslo og Bergen.',
    },
    {
      id: 'saljare',
      lang: 'sv',
      title: 'Säljare',
      datePosted: '2026-09-15',
      body: 'Du hjälper svenska kommuner att flytta sina tjänster till en nordisk molnleverantör.',
    },
  ],
};
