import type { GuideTemplate } from './types';

const PAGE = 'https://www.uio.no/for-ansatte/ansettelsesforhold/medarbeidersamtale/';

/**
 * UiOs veileder for medarbeidersamtalen på bokmål. Der UiOs norske sider er kjent (../shared/uio-nb: eksempelspørsmålene
 * til og med første spørsmål i tema 4, og sammendraget), står UiOs egen ordlyd, ordrett og merket `official`
 * (titler: `officialTitle`); resten er Samtales oversettelse av den engelske siden. Spørsmålenes id-er er de samme
 * som på engelsk; rekkefølgen følger UiOs norske side der den er kjent (t2-q11 står som nummer to i tema 2), og
 * tests/guide/official-nb.test.ts sammenligner spørsmål for spørsmål.
 */
export const uioDialogueNb: GuideTemplate = {
  id: 'uio-dialogue-2020',
  language: 'nb',
  title: 'Medarbeidersamtale',
  // UiO's own words (the Norwegian page for employees).
  summary:
    'En medarbeidersamtale er en planlagt, systematisk og personlig samtale mellom deg som medarbeider og din leder. Din leder har ansvar for å planlegge og gjennomføre medarbeidersamtalen og du for å forberede deg og bidra til gjennomføringen.',
  source: { url: PAGE, lastModified: '2025-03-19' },
  translationNotice: 'Samtales egen oversettelse av UiOs engelske veileder. Den offisielle norske ordlyden står på UiOs norske side.',
  topics: [
    {
      id: 't1',
      number: 1,
      title: 'Oppfølging av forrige samtale',
      officialTitle: true,
      purpose: [
        'Har du hatt medarbeidersamtale med lederen din før, er det naturlig å se på hva som har skjedd siden sist. Ta utgangspunkt i konklusjonene dere ble enige om i forrige medarbeidersamtale.',
        'Når medarbeideren forteller om oppgavene sine, kan det også gis tilbakemelding på medarbeiderens bidrag til enhetens mål. Du bør forberede deg på å vurdere din egen innsats. Du kan også forvente at lederen gir tilbakemelding ut fra enhetens mål og oppgaver.',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Eksempler på spørsmål',
          advice: [],
          questions: [
            { id: 't1-q01', text: 'Hva ble dere enige om i forrige medarbeidersamtale og hvilke oppfølgingsmål er blitt nådd?', official: true },
            { id: 't1-q02', text: 'Hva mål er ikke nådd?', official: true },
            { id: 't1-q03', text: 'Hvorfor?', official: true },
            { id: 't1-q04', text: 'Hvordan opplever du din egen innsats det siste året?', official: true },
          ],
        },
      ],
      prompts: {
        previousConclusions: 'Hva ble dere enige om sist, og hva er oppnådd?',
        selfAssessment: 'Se tilbake på det siste året: din egen innsats, hva som gikk bra og hva som ikke gjorde det.',
      },
      notices: [],
    },
    {
      id: 't2',
      number: 2,
      title: 'Arbeidsoppgaver, mål og arbeidsplaner',
      officialTitle: true,
      purpose: [
        'Snakk om oppgavene dine og hvordan de prioriteres, og drøft eventuelle ønsker om endrede oppgaver. Se oppgavene i lys av instituttets, fakultetets eller avdelingens mål. Gå gjennom hver enkelt oppgave slik at dere får en felles forståelse. Hva er viktige og mindre viktige oppgaver? Hvordan kan arbeidet utføres best mulig?',
        'Lederen kan gi mer utdypende tilbakemelding.',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Eksempler på spørsmål',
          advice: [],
          questions: [
            // In the order of UiO's Norwegian page, which asks about work routines (t2-q11) second.
            { id: 't2-q01', text: 'Hvordan ser du ditt arbeidsområde og dine arbeidsoppgaver i sammenheng med avdelingens/organisasjonens mål?', official: true },
            { id: 't2-q11', text: 'Har du forslag til endringer i eller forbedringer av arbeidsrutinene ved organisasjonsenheten? Hvilke?', official: true },
            { id: 't2-q02', text: 'Er du fornøyd med dine arbeidsoppgaver, ditt ansvar og din myndighet?', official: true },
            { id: 't2-q03', text: 'Evt. ønsker du at det skal være klarere?', official: true },
            { id: 't2-q04', text: 'På hvilke områder kan du gjøre en bedre jobb? Er det spesielle forhold som hindrer deg i dette?', official: true },
            { id: 't2-q05', text: 'I hvilken grad er du tilfreds med din egen arbeidsinnsats?', official: true },
            { id: 't2-q06', text: 'Hva er du mest tilfreds med ved din utførelse av jobben?', official: true },
            { id: 't2-q07', text: 'Hva er du minst tilfreds med ved din utførelse av jobben?', official: true },
            { id: 't2-q08', text: 'Er ditt tidsforbruk på de enkelte arbeidsoppgavene det du hadde planlagt?', official: true },
            { id: 't2-q09', text: 'Hvilke arbeidsoppgaver bør det legges vekt på i kommende år?', official: true },
            { id: 't2-q10', text: 'Er oppgavefordelingen fornuftig eller bør den endres, i så fall hvordan?', official: true },
            { id: 't2-q12', text: 'Ønsker du å få andre arbeidsoppgaver på kort/lang sikt?', official: true },
            { id: 't2-q13', text: 'Hvilke planer og mål er viktig å sette for neste periode?', official: true },
          ],
        },
      ],
      prompts: {},
      notices: [
        {
          kind: 'salary',
          title: 'Lønnssamtale',
          text: 'Du har rett til å be om en lønnssamtale. Lederen vurderer om temaet skal tas opp i medarbeidersamtalen eller i en egen lønnssamtale. Lønn tar lett fokuset bort fra andre temaer, så det anbefales å ha en egen lønnssamtale etterpå.',
          link: { label: 'Lønnssamtale (UiOs engelske side)', url: 'https://www.uio.no/english/for-employees/employment/payments/pay-rise/index.html' },
        },
      ],
    },
    {
      id: 't3',
      number: 3,
      title: 'Ledelse',
      officialTitle: true,
      purpose: [
        'Her ser dere på forholdet mellom lederen og deg som medarbeider.',
        'Hva fungerer godt for deg i lederens måte å lede på? Hva trenger du eventuelt mer eller mindre av fra lederen din når du planlegger og utfører oppgavene dine?',
        'Hvilke innspill har du til lederen om hvordan du best kan støttes og følges opp?',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Eksempler på spørsmål',
          advice: [],
          questions: [
            { id: 't3-q01', text: 'I hvilken grad får du den oppfølgingen du har behov for av leder?', official: true },
            { id: 't3-q02', text: 'Hvilke ønsker har du når det gjelder ledelse?', official: true },
            { id: 't3-q03', text: 'Hvordan opplever du det fungerer å diskutere din oppgaver og din arbeidssituasjon med leder?', official: true },
            { id: 't3-q04', text: 'Hvilke innspill har du til hvordan leder kan følge opp og støtte deg best mulig?', official: true },
          ],
        },
      ],
      prompts: {},
      notices: [],
    },
    {
      id: 't4',
      number: 4,
      title: 'Arbeidsmiljø og samarbeid',
      officialTitle: true,
      purpose: [
        'Hvordan trives du med kolleger og andre ansatte? Hvordan samarbeider dere? Både det fysiske og det psykososiale arbeidsmiljøet er temaer.',
        'Har du spesielle ønsker, eller er det forhold du ikke er fornøyd med, så tenk over hva som kan bedre situasjonen. Hva kan lederen hjelpe med, og hva kan du selv bidra med for å bedre situasjonen?',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Eksempler på spørsmål',
          advice: [],
          questions: [
            { id: 't4-q01', text: 'Hvordan vil du karakterisere jobbsituasjonen din akkurat nå?', official: true },
            { id: 't4-q02', text: 'Hva trenger du for å komme nærmere en ideell situasjon?' },
            { id: 't4-q03', text: 'Hvordan ser det ut rundt deg når du opplever at jobben fungerer godt for deg og andre?' },
            { id: 't4-q04', text: 'Hvordan trives du i arbeidet ditt?' },
            { id: 't4-q05', text: 'Hvordan synes du det siste året har vært på jobb?' },
            { id: 't4-q06', text: 'Hvordan trives du i avdelingen/instituttet/seksjonen?' },
            { id: 't4-q07', text: 'Hvilke forhold på jobben påvirker trivselen din positivt eller negativt?' },
            { id: 't4-q08', text: 'Er arbeidslokalene dine egnet?' },
            { id: 't4-q09', text: 'Er ressursene og arbeidsutstyret tilstrekkelige til å gjøre jobben på en god måte?' },
            { id: 't4-q10', text: 'Er det noe annet som ikke er tatt opp, som påvirker arbeidssituasjonen din og som du ønsker å snakke om?' },
          ],
        },
        {
          kind: 'harassment',
          title: 'Utdypende spørsmål ved mistanke om trakassering',
          advice: [
            'UiO aksepterer ingen former for trakassering. Opplever du som medarbeider utilbørlig oppførsel, bør du ta det opp med lederen din.',
            'Det er viktig å vurdere alvorlighetsgraden, og om det er behov for et eget møte for å gå nærmere inn i saken, eller om det må settes inn tiltak umiddelbart.',
            'Alle meldinger om trakassering skal tas på alvor og følges opp.',
          ],
          link: { label: 'Meld fra om trakassering (UiOs engelske side)', url: 'https://www.uio.no/english/about/hse/speak-up/reporting' },
          questions: [
            { id: 't4-h01', text: 'Hvordan opplevde du trakasseringen?' },
            { id: 't4-h02', text: 'Hvordan har du det nå?' },
            { id: 't4-h03', text: 'Hva trenger du å snakke mer med lederen din om?' },
            { id: 't4-h04', text: 'Hvordan kan lederen din best støtte deg?' },
            { id: 't4-h05', text: 'Ønsker du å sende en formell melding om trakassering?' },
          ],
        },
      ],
      prompts: {},
      notices: [],
    },
    {
      id: 't5',
      number: 5,
      title: 'Kompetanse, faglig og personlig utvikling',
      purpose: [
        'Hva opplever du som dine styrker i arbeidsforholdet, og hvilke arbeidsoppgaver lykkes du godt med? Er det noe du ønsker å bli bedre på? Si gjerne fra til lederen hva du mener.',
        'Lederen gir deg tilbakemelding på styrkene dine og på hvordan hen ser bidraget ditt til hele enheten. Du kan ta opp ønsker om videre utvikling og hva du trenger av kompetansepåfyll. Lederen vurderer hva som er mulig innenfor enhetens planer, mål og budsjett.',
      ],
      groups: [
        {
          kind: 'examples',
          title: 'Eksempler på spørsmål',
          advice: [],
          questions: [
            { id: 't5-q01', text: 'Hva er dine sterkeste sider?' },
            { id: 't5-q02', text: 'Hva ønsker du å bli bedre på?' },
            { id: 't5-q03', text: 'Har du kvalifikasjoner eller talenter som du ikke får brukt i stillingen din i dag?' },
            { id: 't5-q04', text: 'Hvilke områder av arbeidet ditt ønsker du å utvikle? På hvilke områder trenger du mer kompetanse?' },
            { id: 't5-q05', text: 'Hva slags ferdigheter trenger du for å gjøre en bedre jobb?' },
            { id: 't5-q06', text: 'Hvilke utviklingstiltak ønsker du (kurs o.l.)?' },
            { id: 't5-q07', text: 'På hvilke områder ønsker du personlig og/eller faglig utvikling?' },
            { id: 't5-q08', text: 'Gir stillingen muligheter for utvikling slik du ønsker?' },
            { id: 't5-q09', text: 'Hvilke områder (store og små) har du spesiell kompetanse på?' },
            { id: 't5-q10', text: 'Har kollegene dine kompetanse som du bør gjøre mer bruk av?' },
            { id: 't5-q11', text: 'Hvordan kan kompetanseutvekslingen best skje?' },
          ],
        },
        {
          kind: 'sixtyPlus',
          title: 'Tilleggsspørsmål til medarbeidere som har fylt 60 år',
          advice: [
            'Når ansatte ved UiO fyller 60 år, skal de tilbys en «seniorsamtale»: en medarbeidersamtale med særlig vekt på seniorlivet, ønsker og ambisjoner, framtidsutsikter og behov for kompetanseutvikling.',
          ],
          questions: [
            { id: 't5-s01', text: 'Hvilke ambisjoner har du for de nærmeste årene?' },
            { id: 't5-s02', text: 'Hvordan ser du på framtiden din ved enheten/fakultetet/UiO?' },
          ],
        },
      ],
      prompts: {},
      notices: [],
    },
    {
      id: 't6',
      number: 6,
      title: 'Planer og mål',
      purpose: [
        'Drøft hvilke planer og mål dere mener er viktige å prioritere fram til neste medarbeidersamtale.',
        'Målene bør være realistiske og tidfestet, og de må ligge innenfor ditt ansvars- og myndighetsområde.',
      ],
      groups: [],
      prompts: { goals: 'Mål som er realistiske, tidfestet og innenfor ditt ansvars- og myndighetsområde.' },
      notices: [],
    },
    {
      id: 't7',
      number: 7,
      title: 'Oppfølging av medarbeidersamtalen',
      purpose: [
        'Det er viktig at dere blir enige om hva som skal følges opp, og hvordan, før dere avslutter samtalen. Hva skal gjøres når? Hvem har ansvaret?',
        'En oppfølgings- og utviklingsplan skal signeres av både deg og lederen din. Begge har ansvar for å følge opp det dere har avtalt.',
        'Medarbeidersamtalen bør gjennomføres jevnlig. Én gang i året bør være et mål.',
      ],
      groups: [],
      prompts: { followUpPlan: 'Hva skal gjøres, av hvem, innen når, og hvordan vet dere at det er gjort?' },
      notices: [],
    },
  ],
  forms: [
    { label: 'Medarbeidersamtale med vitenskapelig ansatte (skjema på UiOs side)', url: PAGE, for: 'academic' },
    { label: 'Medarbeidersamtale med stipendiater (skjema på UiOs side)', url: PAGE, for: 'doctoralFellow' },
    { label: 'Medarbeidersamtale med teknisk-administrativt ansatte (skjema på UiOs side)', url: PAGE, for: 'technicalAdministrative' },
    { label: 'Oppfølgings- og utviklingsplan (skjema på UiOs side)', url: PAGE, for: 'followUpPlan' },
  ],
};
