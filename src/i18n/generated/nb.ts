
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03df1a4ea2215ada': `Denne stillingen er ikke lenger ledig. Her er de som er ledige nå.`,
's1b5d52ee35c07d63': str`${0} ledige stillinger`,
's24b1dafb1b20370c': `Avdeling`,
's38c2bbecb603a489': `Ingen stillingsliste er valgt her, så det er ingen stillinger å vise.`,
's480a6498f1b814bf': `Vi fikk ikke kontakt med listen over ledige stillinger. Sjekk nettforbindelsen og prøv igjen.`,
's708099edcb6437fb': str`Listen over ledige stillinger kunne ikke lastes inn (serveren svarte ${0}).`,
's731111514598526d': `Det tar for lang tid å hente listen over ledige stillinger. Prøv igjen om litt.`,
's7cdc95130b5fa5d7': `Listen over ledige stillinger er i et nyere format enn denne visningen forstår.`,
's81fa26ccde47d6b4': `(åpnes i en ny fane)`,
's88e40706e9041666': `Andre språk`,
's8a88484b81254692': `Listen over ledige stillinger er skadet og kunne ikke leses.`,
's8c5d47110698dde2': str`${0} ledig stilling`,
'sb8f855b49234b81b': `Søk`,
'sb9e04de243e863ae': `Vi har ingen ledige stillinger akkurat nå.`,
'sbbbb6a7d26bf9034': `Alle stillinger`,
'scd1dd6ff53d0d01a': `Prøv igjen`,
'see2fcaedf9743ec6': `Arbeidssted`,
'sfd1f8632bc3a60c4': str`Publisert ${0}`,
'sfd9b60d1cef1d7f5': `Henter ledige stillinger …`,
    };
  