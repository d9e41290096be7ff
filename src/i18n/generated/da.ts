
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03df1a4ea2215ada': `Stillingen er ikke længere ledig. Her er vores ledige stillinger.`,
's14f68ccf875c23a8': str`Indhold fra ${0}`,
's19172ed3838854fc': `Kopiér link`,
's1b5d52ee35c07d63': str`${0} ledige stillinger`,
's1f224cf8b88cb893': `Linket er kopieret`,
's24b1dafb1b20370c': `Afdeling`,
's2639f8888c185a7f': `Alle sprog`,
's2b2472f6ba272332': `Vis skemaet`,
's3088c19ed07cf208': str`Intet hentes fra ${0}, før du vælger det.`,
's3741f519c32ac391': `Ny`,
's38c2bbecb603a489': `Der er ikke valgt nogen stillingsliste her, så der er ingen stillinger at vise.`,
's3a22f14453593756': `Kopiér dette link:`,
's45e85bbad9206de3': `Listen over ledige stillinger er for stor til at blive hentet.`,
's460fffc182c8be0a': `Alle afdelinger`,
's480a6498f1b814bf': `Vi kunne ikke hente listen over ledige stillinger. Tjek din forbindelse, og prøv igen.`,
's4cf27cb9ed0fe188': `Afspil videoen`,
's5d929ff1619ac0c9': `Søg`,
's5dd29d97ee0d9143': str`Vis ${0} til`,
's68e052022b91c5ce': `Åbn i en ny fane`,
's708099edcb6437fb': str`Listen over ledige stillinger kunne ikke indlæses (serveren svarede ${0}).`,
's731111514598526d': `Det tager for lang tid at hente listen over ledige stillinger. Prøv igen om lidt.`,
's75df9ea1551637d8': `Resten af dette stillingsopslag kunne ikke indlæses. Gå tilbage og åbn det igen for at prøve en gang til.`,
's7b91b120fd64ff2d': `Andre stillinger`,
's7cdc95130b5fa5d7': `Listen over ledige stillinger er i et nyere format, end denne visning understøtter.`,
's7fe4cf13d3088752': str`Opslået for ${0} dage siden`,
's81fa26ccde47d6b4': `(åbner i en ny fane)`,
's88e40706e9041666': `Andre sprog`,
's8a88484b81254692': `Listen over ledige stillinger er beskadiget og kunne ikke læses.`,
's8c5d47110698dde2': str`${0} ledig stilling`,
'sa1cc7a3ac535e743': `Opslået i dag`,
'sa436085a14e0b75f': str`Opslået for ${0} dag siden`,
'sa8beb6b1182241ac': `Filtre`,
'sad23e703b3f81db1': `Denne side kan ikke vise det her.`,
'sb333d0a4451e25fb': `Læs på vores websted`,
'sb8f855b49234b81b': `Søg stillingen`,
'sb9e04de243e863ae': `Vi har ingen ledige stillinger lige nu.`,
'sbaf711b963358835': str`Ansøgningsskema fra ${0}`,
'sbbbb6a7d26bf9034': `Alle stillinger`,
'scc7be9e3b6f34152': `Opslået i går`,
'scd1dd6ff53d0d01a': `Prøv igen`,
'se08820b1fe1ef7a1': `Vis indholdet`,
'se253299d8c90f409': `Ryd filtrene`,
'se69ff47209563dbc': `Ingen stillinger passer til din søgning.`,
'see2fcaedf9743ec6': `Arbejdssted`,
'sefcf950b3cc4fc3b': `Sprog`,
'sfd1f8632bc3a60c4': str`Opslået ${0}`,
'sfd9b60d1cef1d7f5': `Henter ledige stillinger …`,
'sfe5857d2790cdd68': `Alle steder`,
'sfec3cb124f22daf4': `Find en stilling`,
'sffb1e08fcf43168b': str`Video på ${0}`,
    };
  