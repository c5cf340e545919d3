import type { GuideTemplate } from './types';

/** Den tidligere disposisjonen for medarbeidersamtalen (2009): Samtales egen oversettelse av den engelske teksten. */
export const performanceInterviewNb: GuideTemplate = {
  id: 'uio-performance-interview-2009',
  language: 'nb',
  title: 'Medarbeidersamtale (tidligere disposisjon)',
  summary:
    'En medarbeidersamtale er en planlagt og forberedt personlig samtale. Den handler om arbeidssituasjonen og kan brukes som et verktøy for planlegging og utvikling.',
  source: { url: 'https://www.uio.no/for-ansatte/ansettelsesforhold/medarbeidersamtale/', lastModified: '2019-04-09' },
  translationNotice: 'Samtales egen oversettelse av UiOs engelske disposisjon.',
  topics: [
    {
      id: 't1',
      number: 1,
      title: 'Oppfølging og konklusjoner etter forrige medarbeidersamtale',
      purpose: ['Har dere hatt medarbeidersamtale sammen før, er det fornuftig å gå gjennom hva som har skjedd i perioden, med utgangspunkt i konklusjonene dere ble enige om da.'],
      groups: [],
      prompts: { previousConclusions: 'Hva ble dere enige om sist, og hva har skjedd siden?' },
      notices: [],
    },
    {
      id: 't2',
      number: 2,
      title: 'Avklaring av instituttets/fakultetets/seksjonens mål',
      purpose: ['Medarbeidersamtalen skal ta opp fakultetets/instituttets/seksjonens mål og medarbeiderens oppgaver i forhold til disse.'],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't3',
      number: 3,
      title: 'Arbeidsoppgaver',
      purpose: [
        'Dere drøfter oppgavene du har i dag og hvordan de prioriteres, og eventuelle ønsker om nye eller andre oppgaver. Forståelsen av eget arbeid, hva som er viktige og mindre viktige oppgaver, og hvordan du best får gjort arbeidet, bør også avklares.',
        'For vitenskapelig ansatte kan fordelingen av arbeidsplikter etter særavtalen tas opp.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't4',
      number: 4,
      title: 'Arbeidsmiljø',
      purpose: [
        'Ulike sider ved arbeidsmiljøet kan tas opp, både det psykososiale og det fysiske. Her er det viktig at begge parter sier sitt syn.',
        'Om du trives, og hvordan samarbeidet med kolleger og andre ansatte fungerer, bør drøftes. Ved behov bør dere drøfte hva som kan gjøres for å bedre forholdene. Konkrete ønsker og klager knyttet til det fysiske arbeidsmiljøet kan også tas opp.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't5',
      number: 5,
      title: 'Ledelse',
      purpose: ['Her gir du lederen tilbakemelding på hvordan du opplever hen som leder, og hvordan hen fyller lederfunksjonen.'],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't6',
      number: 6,
      title: 'Faglig og personlig utvikling',
      purpose: [
        'Denne delen handler om hvordan du fungerer i stillingen din i dag, for eksempel som forsker, underviser, kontaktperson eller administrator.',
        'Her kan du gi ditt syn på egne utviklingsbehov og planer, og samtidig få tilbakemelding på om behovene og planene er realistiske.',
      ],
      groups: [],
      prompts: {},
      notices: [],
    },
    {
      id: 't7',
      number: 7,
      title: 'Planer og mål',
      purpose: [
        'Drøft hvilke planer og mål dere begge mener er viktige å prioritere i neste periode, det vil si fram til neste medarbeidersamtale.',
        'Mål dere setter, bør være realistiske, ha en frist og ligge innenfor ditt ansvars- og myndighetsområde.',
        'For at samtalen skal få virkning, er det viktig å trekke konklusjoner og sikre at dere er enige om hva som skal følges opp. Det bør gå klart fram hva som skal gjøres, av hvem, innen når og etter hvilken standard.',
      ],
      groups: [],
      prompts: {
        goals: 'Mål som er realistiske, har en frist og ligger innenfor ditt ansvars- og myndighetsområde.',
        followUpPlan: 'Hva skal gjøres, av hvem, innen når og etter hvilken standard?',
      },
      notices: [],
    },
  ],
  forms: [],
};
