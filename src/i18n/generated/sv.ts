
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03df1a4ea2215ada': `Den tjänsten är inte längre ledig. Här är de som är lediga nu.`,
's1b5d52ee35c07d63': str`${0} lediga tjänster`,
's24b1dafb1b20370c': `Avdelning`,
's38c2bbecb603a489': `Ingen lista över tjänster är vald här, så det finns inga tjänster att visa.`,
's480a6498f1b814bf': `Vi kunde inte nå listan över lediga tjänster. Kontrollera din anslutning och försök igen.`,
's708099edcb6437fb': str`Listan över lediga tjänster kunde inte laddas (servern svarade ${0}).`,
's731111514598526d': `Det tar för lång tid att hämta listan över lediga tjänster. Försök igen om en stund.`,
's7cdc95130b5fa5d7': `Listan över lediga tjänster har ett nyare format än den här visningen förstår.`,
's81fa26ccde47d6b4': `(öppnas i en ny flik)`,
's88e40706e9041666': `Andra språk`,
's8a88484b81254692': `Listan över lediga tjänster är skadad och kunde inte läsas.`,
's8c5d47110698dde2': str`${0} ledig tjänst`,
'sb8f855b49234b81b': `Ansök`,
'sb9e04de243e863ae': `Vi har inga lediga tjänster just nu.`,
'sbbbb6a7d26bf9034': `Alla tjänster`,
'scd1dd6ff53d0d01a': `Försök igen`,
'see2fcaedf9743ec6': `Arbetsort`,
'sfd1f8632bc3a60c4': str`Publicerad ${0}`,
'sfd9b60d1cef1d7f5': `Hämtar lediga tjänster …`,
    };
  