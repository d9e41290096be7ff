
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03df1a4ea2215ada': `Stillingen er ikke lenger ledig. Her er våre ledige stillinger.`,
's14f68ccf875c23a8': str`Innhold fra ${0}`,
's19172ed3838854fc': `Kopier lenke`,
's1b5d52ee35c07d63': str`${0} ledige stillinger`,
's1f224cf8b88cb893': `Lenken er kopiert`,
's24b1dafb1b20370c': `Avdeling`,
's2639f8888c185a7f': `Alle språk`,
's2b2472f6ba272332': `Vis skjemaet`,
's3088c19ed07cf208': str`Ingenting hentes fra ${0} før du velger det.`,
's3741f519c32ac391': `Ny`,
's38c2bbecb603a489': `Ingen stillingsliste er valgt her, så det er ingen stillinger å vise.`,
's3a22f14453593756': `Kopier denne lenken:`,
's45e85bbad9206de3': `Listen over ledige stillinger er for stor til å hentes.`,
's460fffc182c8be0a': `Alle avdelinger`,
's480a6498f1b814bf': `Vi fikk ikke kontakt med listen over ledige stillinger. Sjekk nettforbindelsen og prøv igjen.`,
's4cf27cb9ed0fe188': `Spill av video`,
's5d929ff1619ac0c9': `Søk`,
's5dd29d97ee0d9143': str`Vis ${0} til`,
's68e052022b91c5ce': `Åpne i ny fane`,
's708099edcb6437fb': str`Listen over ledige stillinger kunne ikke hentes (serveren svarte ${0}).`,
's731111514598526d': `Det tar for lang tid å hente listen over ledige stillinger. Prøv igjen om litt.`,
's75df9ea1551637d8': `Resten av denne stillingsannonsen kunne ikke lastes. Gå tilbake og åpne den igjen for å prøve på nytt.`,
's7b91b120fd64ff2d': `Andre stillinger`,
's7cdc95130b5fa5d7': `Listen over ledige stillinger er i et nyere format enn denne visningen støtter.`,
's7fe4cf13d3088752': str`Publisert for ${0} dager siden`,
's81fa26ccde47d6b4': `(åpnes i en ny fane)`,
's88e40706e9041666': `Andre språk`,
's8a88484b81254692': `Listen over ledige stillinger er skadet og kunne ikke leses.`,
's8c5d47110698dde2': str`${0} ledig stilling`,
'sa1cc7a3ac535e743': `Publisert i dag`,
'sa436085a14e0b75f': str`Publisert for ${0} dag siden`,
'sa8beb6b1182241ac': `Filtre`,
'sad23e703b3f81db1': `Denne siden kan ikke vise det her.`,
'sb333d0a4451e25fb': `Les på nettstedet vårt`,
'sb8f855b49234b81b': `Søk på stillingen`,
'sb9e04de243e863ae': `Vi har ingen ledige stillinger akkurat nå.`,
'sbaf711b963358835': str`Søknadsskjema fra ${0}`,
'sbbbb6a7d26bf9034': `Alle stillinger`,
'scc7be9e3b6f34152': `Publisert i går`,
'scd1dd6ff53d0d01a': `Prøv igjen`,
'se08820b1fe1ef7a1': `Vis innholdet`,
'se253299d8c90f409': `Fjern filtrene`,
'se69ff47209563dbc': `Ingen stillinger passer til søket ditt.`,
'see2fcaedf9743ec6': `Arbeidssted`,
'sefcf950b3cc4fc3b': `Språk`,
'sfd1f8632bc3a60c4': str`Publisert ${0}`,
'sfd9b60d1cef1d7f5': `Henter ledige stillinger …`,
'sfe5857d2790cdd68': `Alle steder`,
'sfec3cb124f22daf4': `Finn en stilling`,
'sffb1e08fcf43168b': str`Video på ${0}`,
    };
  