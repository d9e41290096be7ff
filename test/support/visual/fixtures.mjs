/**
 * The visual tests' own feed: a made-up employer (Skarv Systems), written for these tests and
 * nothing else, so other changes to the demo or the corpus never move a screenshot. Dates are
 * relative to NOW, the clock every shot is taken at.
 */

/** The fixed clock of every shot: 25 Nov 2026, noon in Oslo. */
export const NOW = Date.parse('2026-11-25T11:00:00Z');
export const TIME_ZONE = 'Europe/Oslo';

const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days) => new Date(NOW - days * DAY).toISOString().slice(0, 10);

const DESIGNER_EN = `{{< ingress >}}
We are looking for a product designer who likes to take an idea from a rough sketch to a tested, shipped feature – and who writes down why along the way.
{{< /ingress >}}

## About the role

Skarv Systems builds the booking and ticketing software that ferry lines, bus companies and small airports along the Norwegian coast use every day. Our customers range from a single ferry crossing with two boats to regional operators selling tickets for hundreds of departures a day, and most of their passengers buy on a phone, often outdoors, often in a hurry.

You will join a cross-functional team of six and own the design of the passenger-facing web app. That means research with real travellers at real quays, flows and prototypes, and the detailed interface work that follows, in close collaboration with the engineers who build it.

### What you will work on

- A new journey planner that works as well on a cracked phone screen in the rain as on a laptop.
- Accessibility across the booking flow, together with an external audit partner.
- A design system shared by four teams, with tokens that our customers can brand.

#### Tools we use

Figma for design and prototyping, Dovetail for research notes, and a Storybook that the whole team can read.

### Who you are

- You have a few years of product design behind you, with work you can show and explain.
- You are comfortable with interaction design, visual design and usability testing.
- You write clearly in English or a Scandinavian language.

## What we offer

| Benefit | What it means |
| --- | --- |
| Pension | Seven percent from the first krone |
| Holidays | Five weeks, plus the week between Christmas and New Year |
| Learning | A yearly budget for courses, books and one conference |

{{% note title="Salary" %}}
NOK 720,000 – 860,000 a year, depending on experience.
{{% /note %}}

{{< icon-block-horisontal icon="fa-solid fa-arrow-up-right-from-square" text="Apply for this position" description="We reply to every application within two weeks." link="https://jobs.skarv.example/apply/product-designer" >}}

{{% accordion title="How we hire" id="process" %}}
1. **A first call** of thirty minutes with Ingrid, about you and the role.
2. **A portfolio conversation** with two designers from the team.
3. **A short paid task**, if you like, or a walk through earlier work.

### Would another format suit you better?

Tell us. We would rather adapt the process than miss the right person.
{{% /accordion %}}

{{< horisontal-card image="img/ingrid.svg" cardtitle="Questions about the role?" text="Ingrid Dahl leads design at Skarv Systems and answers within a working day." link="mailto:ingrid.dahl@skarv.example" linktext="Send Ingrid an e-mail" >}}
`;

const DESIGNER_NB = `{{< ingress >}}
Vi ser etter en produktdesigner som liker å ta en idé fra en grov skisse til en testet funksjon i produksjon – og som skriver ned hvorfor underveis.
{{< /ingress >}}

## Om stillingen

Skarv Systems lager bestillings- og billettsystemene som fergeselskaper, busselskaper og små flyplasser langs norskekysten bruker hver dag. Kundene våre spenner fra ett fergesamband med to båter til regionale selskaper som selger billetter til hundrevis av avganger om dagen, og de fleste passasjerene kjøper på mobilen, ofte utendørs og ofte i en fart.

Du blir en del av et tverrfaglig team på seks og får ansvaret for designet av nettløsningen passasjerene bruker. Det betyr brukerinnsikt med ekte reisende på ekte kaier, flyter og prototyper, og det detaljerte grensesnittarbeidet som følger, i tett samarbeid med utviklerne som bygger det.

### Dette skal du jobbe med

- En ny reiseplanlegger som fungerer like godt på en sprukket mobilskjerm i regnet som på en bærbar PC.
- Universell utforming i hele bestillingsløpet, sammen med en ekstern revisor.
- Et designsystem som fire team deler, med tokens kundene kan tilpasse sin egen profil.

#### Verktøy vi bruker

Figma til design og prototyper, Dovetail til innsiktsnotater og en Storybook hele teamet kan lese.

### Hvem du er

- Du har noen års erfaring med produktdesign og arbeid du kan vise fram og forklare.
- Du er trygg på interaksjonsdesign, visuelt design og brukertesting.
- Du skriver klart og tydelig på norsk eller engelsk.

## Dette tilbyr vi

| Gode | Hva det betyr |
| --- | --- |
| Pensjon | Sju prosent fra første krone |
| Ferie | Fem uker, pluss uka mellom jul og nyttår |
| Læring | Et årlig budsjett til kurs, bøker og én konferanse |

{{% note title="Lønn" %}}
720 000–860 000 kroner i året, avhengig av erfaring.
{{% /note %}}

{{< icon-block-horisontal icon="fa-solid fa-arrow-up-right-from-square" text="Søk på stillingen" description="Vi svarer på alle søknader innen to uker." link="https://jobs.skarv.example/apply/produktdesigner" >}}

{{% accordion title="Slik ansetter vi" id="prosess" %}}
1. **En første samtale** på en halvtime med Ingrid, om deg og stillingen.
2. **En porteføljesamtale** med to designere fra teamet.
3. **En kort, betalt oppgave** om du vil, eller en gjennomgang av tidligere arbeid.

### Passer et annet opplegg bedre for deg?

Si fra. Vi tilpasser heller prosessen enn å gå glipp av rett person.
{{% /accordion %}}

{{< horisontal-card image="img/ingrid.svg" cardtitle="Spørsmål om stillingen?" text="Ingrid Dahl leder designarbeidet i Skarv Systems og svarer innen en arbeidsdag." link="mailto:ingrid.dahl@skarv.example" linktext="Send Ingrid en e-post" >}}
`;

const SHORT_BODY = '## About the role\n\nA short description.\n';

/** Six postings, four of them with a Norwegian version, dated from today to six weeks back. */
export const FEED = {
  version: 1,
  generated: '2026-11-25T08:00:00Z',
  postings: [
    {
      id: 'frontend-engineer',
      lang: 'en',
      title: 'Frontend Engineer',
      intro: 'Build the booking app that half a million travellers use every month.',
      datePosted: daysAgo(0),
      team: 'Web',
      location: 'Oslo',
      employmentType: 'Full time',
      translationKey: 'frontend',
      body: SHORT_BODY,
    },
    {
      id: 'frontendutvikler',
      lang: 'nb',
      title: 'Frontendutvikler',
      intro: 'Bygg bestillingsappen som en halv million reisende bruker hver måned.',
      datePosted: daysAgo(0),
      team: 'Web',
      location: 'Oslo',
      employmentType: 'Heltid',
      translationKey: 'frontend',
      body: '## Om stillingen\n\nEn kort beskrivelse.\n',
    },
    {
      id: 'office-manager',
      lang: 'en',
      title: 'Office Manager',
      intro: 'Keep our Bergen office running.',
      datePosted: daysAgo(1),
      team: 'Operations',
      location: 'Bergen',
      employmentType: 'Part time',
      body: SHORT_BODY,
    },
    {
      id: 'product-designer',
      lang: 'en',
      title: 'Product Designer',
      intro: 'Design the journey planner and booking flow for ferries and buses along the Norwegian coast, from research at the quay to the last pixel.',
      datePosted: daysAgo(3),
      team: 'Design',
      location: 'Tromsø',
      employmentType: 'Full time',
      apply: { url: 'https://jobs.skarv.example/apply/product-designer', label: 'Apply now' },
      translationKey: 'designer',
      body: DESIGNER_EN,
    },
    {
      id: 'produktdesigner',
      lang: 'nb',
      title: 'Produktdesigner',
      intro: 'Design reiseplanleggeren og bestillingsløpet for ferger og busser langs norskekysten, fra innsikt på kaia til siste piksel.',
      datePosted: daysAgo(3),
      team: 'Design',
      location: 'Tromsø',
      employmentType: 'Heltid',
      apply: { url: 'https://jobs.skarv.example/apply/produktdesigner', label: 'Søk nå' },
      translationKey: 'designer',
      body: DESIGNER_NB,
    },
    {
      id: 'site-reliability-engineer',
      lang: 'en',
      title: 'Site Reliability Engineer – Ticketing Platform and Payment Integrations',
      intro: 'Keep ticket sales up through the summer rush and the winter storms.',
      datePosted: daysAgo(10),
      team: 'Platform',
      location: 'Stockholm',
      employmentType: 'Full time',
      translationKey: 'sre',
      body: SHORT_BODY,
    },
    {
      id: 'driftsingenior',
      lang: 'nb',
      title: 'Driftsingeniør – billettplattform og betalingsintegrasjoner',
      intro: 'Hold billettsalget oppe gjennom sommerrushet og vinterstormene.',
      datePosted: daysAgo(10),
      team: 'Plattform',
      location: 'Stockholm',
      employmentType: 'Heltid',
      translationKey: 'sre',
      body: '## Om stillingen\n\nEn kort beskrivelse.\n',
    },
    {
      id: 'customer-success-lead',
      lang: 'en',
      title: 'Customer Success Lead, Public Sector',
      intro: 'Help counties and municipalities get the most out of their ticketing.',
      datePosted: daysAgo(20),
      team: 'Sales',
      location: 'Copenhagen',
      employmentType: 'Full time',
      body: SHORT_BODY,
    },
    {
      id: 'data-engineer',
      lang: 'en',
      title: 'Data Engineer',
      datePosted: daysAgo(40),
      team: 'Data',
      location: 'Remote in Europe',
      employmentType: 'Contract, 12 months',
      translationKey: 'data',
      body: SHORT_BODY,
    },
    {
      id: 'dataingenior',
      lang: 'nb',
      title: 'Dataingeniør',
      datePosted: daysAgo(40),
      team: 'Data',
      location: 'Fjernarbeid i Europa',
      employmentType: 'Engasjement, 12 måneder',
      translationKey: 'data',
      body: '## Om stillingen\n\nEn kort beskrivelse.\n',
    },
  ],
};

/** The posting each language opens: the one with every kind of content. */
export const RICH_POSTING = { en: 'product-designer', nb: 'produktdesigner' };

/** A round portrait without text (text in an SVG would depend on the machine's fonts). */
export const PORTRAIT_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96" width="96" height="96">
  <rect width="96" height="96" fill="#cfe3ea"/>
  <circle cx="48" cy="38" r="18" fill="#3d6b7a"/>
  <path d="M14 96c4-22 18-32 34-32s30 10 34 32z" fill="#3d6b7a"/>
</svg>`;
