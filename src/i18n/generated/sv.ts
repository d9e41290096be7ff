
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03df1a4ea2215ada': `Tjänsten är inte längre ledig. Här är våra lediga tjänster.`,
's14f68ccf875c23a8': str`Innehåll från ${0}`,
's19172ed3838854fc': `Kopiera länk`,
's1b5d52ee35c07d63': str`${0} lediga tjänster`,
's1f224cf8b88cb893': `Länken är kopierad`,
's24b1dafb1b20370c': `Avdelning`,
's2639f8888c185a7f': `Alla språk`,
's2b2472f6ba272332': `Visa formuläret`,
's3088c19ed07cf208': str`Inget hämtas från ${0} förrän du väljer det.`,
's3741f519c32ac391': `Ny`,
's38c2bbecb603a489': `Ingen lista över tjänster är vald här, så det finns inga tjänster att visa.`,
's3a22f14453593756': `Kopiera den här länken:`,
's45e85bbad9206de3': `Listan över lediga tjänster är för stor för att kunna hämtas.`,
's460fffc182c8be0a': `Alla avdelningar`,
's480a6498f1b814bf': `Vi kunde inte nå listan över lediga tjänster. Kontrollera din anslutning och försök igen.`,
's4cf27cb9ed0fe188': `Spela upp videon`,
's5d929ff1619ac0c9': `Sök`,
's5dd29d97ee0d9143': str`Visa ${0} till`,
's68e052022b91c5ce': `Öppna i ny flik`,
's708099edcb6437fb': str`Listan över lediga tjänster kunde inte hämtas (servern svarade ${0}).`,
's731111514598526d': `Det tar för lång tid att hämta listan över lediga tjänster. Försök igen om en stund.`,
's75df9ea1551637d8': `Resten av den här platsannonsen kunde inte laddas. Gå tillbaka och öppna den igen för att försöka en gång till.`,
's7b91b120fd64ff2d': `Övriga tjänster`,
's7cdc95130b5fa5d7': `Listan över lediga tjänster har ett nyare format än den här visningen stöder.`,
's7fe4cf13d3088752': str`Publicerad för ${0} dagar sedan`,
's81fa26ccde47d6b4': `(öppnas i en ny flik)`,
's88e40706e9041666': `Andra språk`,
's8a88484b81254692': `Listan över lediga tjänster är skadad och kunde inte läsas.`,
's8c5d47110698dde2': str`${0} ledig tjänst`,
'sa1cc7a3ac535e743': `Publicerad i dag`,
'sa436085a14e0b75f': str`Publicerad för ${0} dag sedan`,
'sa8beb6b1182241ac': `Filter`,
'sad23e703b3f81db1': `Den här sidan kan inte visa det här.`,
'sb333d0a4451e25fb': `Läs på vår webbplats`,
'sb8f855b49234b81b': `Sök tjänsten`,
'sb9e04de243e863ae': `Vi har inga lediga tjänster just nu.`,
'sbaf711b963358835': str`Ansökningsformulär från ${0}`,
'sbbbb6a7d26bf9034': `Alla tjänster`,
'scc7be9e3b6f34152': `Publicerad i går`,
'scd1dd6ff53d0d01a': `Försök igen`,
'se08820b1fe1ef7a1': `Visa innehållet`,
'se253299d8c90f409': `Rensa filtren`,
'se69ff47209563dbc': `Inga tjänster matchar din sökning.`,
'see2fcaedf9743ec6': `Arbetsort`,
'sefcf950b3cc4fc3b': `Språk`,
'sfd1f8632bc3a60c4': str`Publicerad ${0}`,
'sfd9b60d1cef1d7f5': `Hämtar lediga tjänster …`,
'sfe5857d2790cdd68': `Alla orter`,
'sfec3cb124f22daf4': `Hitta en tjänst`,
'sffb1e08fcf43168b': str`Video på ${0}`,
    };
  