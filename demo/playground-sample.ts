/** The playground's first page: a Norwegian posting as an author writes it for Hugo. */
export const SAMPLE_FILE_NAME = 'frontendutvikler.nb.md';

export const SAMPLE_PAGE = `---
title: "Frontendutvikler – designsystem"
intro: "Gjør karrieresidene våre raske, tilgjengelige og vakre for alle som leter etter en ny jobb."
date: 2026-11-24
expiryDate: 2027-01-10
team: "Design og frontend"
location: "Oslo eller Tromsø"
duration: "Heltid"
sidebarlinkurl: "https://jobs.nordlys.example/apply/frontendutvikler"
sidebarlinkname: "Søk nå"
translationKey: "frontend-developer-2026"
---

{{< ingress >}}
Vi ser etter en **frontendutvikler** som vil eie designsystemet vårt – fra fargetokenene til den siste teksten en skjermleser leser opp.
{{< /ingress >}}

## Dette skal du gjøre

- {{< inline "Bygge:" >}} webkomponenter i Lit og TypeScript som kundene våre bygger inn på egne sider.
- {{< inline "Måle:" >}} tilgjengelighet og ytelse, med automatiske tester og med ekte brukere.
- {{< inline "Samarbeide:" >}} med designerne om tokens, tilstander og kanttilfeller.

Les gjerne om [hvordan vi rekrutterer](#rekruttering) før du søker.

{{% note "Godt å vite" %}}
Vi svarer alle søkere innen to uker, også når svaret er nei.
{{% /note %}}

## Hvem vi ser etter

Du har noen års erfaring med moderne CSS og JavaScript, og du bryr deg om dem som bruker tastatur, skjermleser eller en gammel telefon.

{{< icon-block-horisontal icon="fa-solid fa-arrow-up-right-from-square" text="Søk på stillingen" description="Send CV-en din og noen ord om et grensesnitt du er stolt av." link="https://jobs.nordlys.example/apply/frontendutvikler" >}}

{{% accordion title="Slik foregår rekrutteringen" id="rekruttering" %}}
1. **En kort prat** med Maja, som leder teamet.
2. **En arbeidsprøve** på to timer, sammen med oss – ikke hjemme alene.
3. **Referanser og tilbud.**
{{% /accordion %}}

{{< distance >}}

{{< horisontal-card image="img/people/maja.svg" alt="Portrett av Maja Lind" cardtitle="Lurer du på noe?" text="Maja leder design og frontend og svarer gjerne på spørsmål om stillingen." link="mailto:maja.lind@nordlys.example" linktext="Send e-post til Maja" >}}
`;
