import type { CoreMessages } from './en';

/** Grensesnittet på norsk bokmål: de første skjermene i sidepanelet (resten er i nb-areas.ts). */
export const nb: CoreMessages = {
  appName: 'Samtale',
  loading: 'Laster …',
  cancel: 'Avbryt',
  delete: 'Slett',
  settings: 'Innstillinger',
  mainNavigation: 'Samtale',

  saveIdle: 'Alle endringer er lagret i denne nettleseren',
  savePending: 'Lagrer …',
  saveSaved: 'Lagret',
  saveFailed: 'Ikke lagret',

  charactersLeft: { one: '1 tegn igjen', other: '{count} tegn igjen' },
  dateOutOfRange: 'Skriv en gyldig dato mellom årene 1900 og 2199: denne lagres ikke.',

  dialoguesHeading: 'Dine samtaler',
  welcomeHeading: 'Velkommen til Samtale',
  welcomeWhat: 'Forbered og gjennomfør den årlige medarbeidersamtalen ved Universitetet i Oslo, gjennom de sju temaene i UiOs veiledning.',
  welcomePrivate: 'Det du skriver, blir i denne nettleseren, med mindre du selv sender eller eksporterer det.',
  welcomeReadMore: 'Slik tas notatene dine vare på',
  welcomeEmployee: 'Forbered min egen samtale',
  welcomeManager: 'Forbered samtaler med mine medarbeidere',
  newDialogue: 'Ny samtale',
  resume: 'Åpne',
  deleteDialogue: 'Slett samtalen',
  deleteDialogueTitle: 'Slette denne samtalen?',
  deleteDialogueBody: 'Samtalen {date} med {manager} og alt som er skrevet i den, slettes fra denne nettleseren. Dette kan ikke angres.',
  deleteDialogueBodyNoManager: 'Samtalen {date} og alt som er skrevet i den, slettes fra denne nettleseren. Dette kan ikke angres.',
  dialogueTitle: 'Samtale: {date}',
  dialogueWith: 'Med {manager}',
  dialogueNoManager: 'Ingen leder oppgitt ennå',
  dialogueNoDate: 'Ingen dato planlagt',
  topicsPrepared: '{done} av {total} temaer forberedt',
  questionsMarked: { zero: 'Ingen spørsmål valgt ennå', one: '1 spørsmål å ta opp', other: '{count} spørsmål å ta opp' },

  topicsNavigation: 'Temaer',
  topicPrepared: 'forberedt',
  previousTopic: 'Forrige tema',
  nextTopic: 'Neste tema',
  finishPreparation: 'Tilbake til samtalene dine',
  takeInOpen: 'Ta inn fra lederen din',
  exportOpen: 'Sammendrag og eksport',

  inviteHeading: 'Innkalling',

  navMyDialogues: 'Mine samtaler',
  navMyEmployees: 'Mine medarbeidere',
  dialogueStatus: 'Status',
  statusPlanned: 'Planlagt',
  statusInvited: 'Innkalt',
  statusPrepared: 'Forberedt',
  statusHeld: 'Gjennomført',
  statusPlanAgreed: 'Plan avtalt',
  statusFollowedUp: 'Fulgt opp',
  planDialogue: 'Planlegg en samtale',

  meetingOpen: 'Samtalemodus',
  importOpen: 'Importer fra medarbeideren',
  backupReminder: 'Avinstallerer du Samtale, forsvinner notatene dine. Det er lenge siden du lagret en sikkerhetskopi.',
  backupReminderAction: 'Ta sikkerhetskopi nå',

  guideUpdateNotice: {
    one: 'UiOs veilederside formulerer 1 spørsmål annerledes enn Samtales veileder.',
    other: 'UiOs veilederside formulerer {count} spørsmål annerledes enn Samtales veileder.',
  },
  guideUpdateReview: 'Se gjennom',
};
