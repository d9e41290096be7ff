
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's03df1a4ea2215ada': `Stillingen er ikke længere ledig. Her er vores ledige stillinger.`,
's19172ed3838854fc': `Kopiér link`,
's1b5d52ee35c07d63': str`${0} ledige stillinger`,
's1f224cf8b88cb893': `Linket er kopieret`,
's24934a76c59114d2': str`Listen blev sidst opdateret for ${0} minut siden.`,
's24b1dafb1b20370c': `Afdeling`,
's2639f8888c185a7f': `Alle sprog`,
's345602edbb5ad623': str`Listen blev sidst opdateret for ${0} dage siden.`,
's3741f519c32ac391': `Ny`,
's38c2bbecb603a489': `Der er ikke valgt nogen stillingsliste her, så der er ingen stillinger at vise.`,
's3a22f14453593756': `Kopiér dette link:`,
's45e85bbad9206de3': `Listen over ledige stillinger er for stor til at blive hentet.`,
's460fffc182c8be0a': `Alle afdelinger`,
's480a6498f1b814bf': `Vi kunne ikke hente listen over ledige stillinger. Tjek din forbindelse, og prøv igen.`,
's5707200df052b89d': `Opdaterer listen …`,
's5883719d7a690448': str`Listen blev sidst opdateret for ${0} time siden.`,
's5d929ff1619ac0c9': `Søg`,
's5dd29d97ee0d9143': str`Vis ${0} til`,
's708099edcb6437fb': str`Listen over ledige stillinger kunne ikke indlæses (serveren svarede ${0}).`,
's731111514598526d': `Det tager for lang tid at hente listen over ledige stillinger. Prøv igen om lidt.`,
's75df9ea1551637d8': `Resten af dette stillingsopslag kunne ikke indlæses. Gå tilbage og åbn det igen for at prøve en gang til.`,
's7b91b120fd64ff2d': `Andre stillinger`,
's7cdc95130b5fa5d7': `Listen over ledige stillinger er i et nyere format, end denne visning understøtter.`,
's7fe4cf13d3088752': str`Opslået for ${0} dage siden`,
's81fa26ccde47d6b4': `(åbner i en ny fane)`,
's86259b6e1980ad33': `Den kunne ikke opdateres lige nu.`,
's88e40706e9041666': `Andre sprog`,
's8a88484b81254692': `Listen over ledige stillinger er beskadiget og kunne ikke læses.`,
's8c5d47110698dde2': str`${0} ledig stilling`,
's922a3b6a4b5c5df5': str`Listen blev sidst opdateret for ${0} timer siden.`,
'sa1cc7a3ac535e743': `Opslået i dag`,
'sa436085a14e0b75f': str`Opslået for ${0} dag siden`,
'sa437b59323f5654e': str`Listen blev sidst opdateret for ${0} dag siden.`,
'sa8beb6b1182241ac': `Filtre`,
'sb8f855b49234b81b': `Søg stillingen`,
'sb9e04de243e863ae': `Vi har ingen ledige stillinger lige nu.`,
'sbbbb6a7d26bf9034': `Alle stillinger`,
'scc0af400e73c344f': str`Listen blev sidst opdateret for ${0} minutter siden.`,
'scc7be9e3b6f34152': `Opslået i går`,
'scd1dd6ff53d0d01a': `Prøv igen`,
'se253299d8c90f409': `Ryd filtrene`,
'se69ff47209563dbc': `Ingen stillinger passer til din søgning.`,
'see2fcaedf9743ec6': `Arbejdssted`,
'sefcf950b3cc4fc3b': `Sprog`,
'sfd1f8632bc3a60c4': str`Opslået ${0}`,
'sfd9b60d1cef1d7f5': `Henter ledige stillinger …`,
'sfe5857d2790cdd68': `Alle steder`,
'sfec3cb124f22daf4': `Find en stilling`,
    };
  