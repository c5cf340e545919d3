import type { MessagesLike } from './index';

/**
 * The interface's English text for the side panel's first screen (the list, the panel's frame, what a field says
 * of itself). The other areas' text, a dialogue's topics included (that view loads as a lazy area and waits for
 * it anyway), is in en-areas.ts and loads with them. nb.ts must have every key (its type says so).
 */
export const en = {
  appName: 'Samtale',
  loading: 'Loading…',
  cancel: 'Cancel',
  delete: 'Delete',
  settings: 'Settings',
  mainNavigation: 'Samtale',

  saveIdle: 'All changes are saved in this browser',
  savePending: 'Saving…',
  saveSaved: 'Saved',
  saveFailed: 'Not saved',

  charactersLeft: { one: '1 character left', other: '{count} characters left' },
  dateOutOfRange: 'Enter a real date between the years 1900 and 2199: this one is not kept.',

  dialoguesHeading: 'Your dialogues',
  welcomeHeading: 'Welcome to Samtale',
  welcomeWhat: 'Prepare for and hold the University of Oslo’s annual one-to-one work dialogue (medarbeidersamtale), through the seven topics of UiO’s guide.',
  welcomePrivate: 'What you write stays in this browser unless you send or export it yourself.',
  welcomeReadMore: 'How your notes are kept',
  welcomeEmployee: 'Prepare my own dialogue',
  welcomeManager: 'Prepare dialogues with my employees',
  newDialogue: 'New dialogue',
  resume: 'Open',
  deleteDialogue: 'Delete dialogue',
  deleteDialogueTitle: 'Delete this dialogue?',
  deleteDialogueBody: 'The dialogue of {date} with {manager} and everything written in it will be deleted from this browser. This cannot be undone.',
  deleteDialogueBodyNoManager: 'The dialogue of {date} and everything written in it will be deleted from this browser. This cannot be undone.',
  dialogueTitle: 'Dialogue: {date}',
  dialogueWith: 'With {manager}',
  dialogueNoManager: 'No manager named yet',
  dialogueNoDate: 'No date planned',
  topicsPrepared: '{done} of {total} topics prepared',
  questionsMarked: { zero: 'No questions marked yet', one: '1 question to raise', other: '{count} questions to raise' },

  topicsNavigation: 'Topics',
  topicPrepared: 'prepared',
  previousTopic: 'Previous topic',
  nextTopic: 'Next topic',
  finishPreparation: 'Back to your dialogues',
  takeInOpen: 'Take in from your manager',
  exportOpen: 'Summary and export',

  inviteHeading: 'Invitation',

  navMyDialogues: 'My dialogues',
  navMyEmployees: 'My employees',
  dialogueStatus: 'Status',
  statusPlanned: 'Planned',
  statusInvited: 'Invited',
  statusPrepared: 'Prepared',
  statusHeld: 'Held',
  statusPlanAgreed: 'Plan agreed',
  statusFollowedUp: 'Followed up',
  planDialogue: 'Plan a dialogue',

  meetingOpen: 'Meeting mode',
  importOpen: 'Import from the employee',
  backupReminder: 'Uninstalling Samtale deletes your notes. You have not saved a backup for a while.',
  backupReminderAction: 'Back up now',

  guideUpdateNotice: {
    one: 'UiO’s guide page words 1 question differently from Samtale’s guide.',
    other: 'UiO’s guide page words {count} questions differently from Samtale’s guide.',
  },
  guideUpdateReview: 'Review',
} as const;

export type CoreMessageKey = keyof typeof en;
/** Every key, with the same form as English: a plain text, or a plural's forms. */
export type CoreMessages = MessagesLike<typeof en>;
