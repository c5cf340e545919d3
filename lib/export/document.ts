import { formatDate, type MessageKey, type Translate } from '../i18n';
import { translator } from '../i18n/bundled';
import type { StaffCategory } from '../domain/schema';
import { ownerName, partyLabel } from '../domain/authorship';
import type { PlanRow, Summary, SummaryEntry, EntryKind } from './summary';

/**
 * The summary as a small document tree. The HTML, plain text, Markdown and .docx renderers all walk this one
 * tree, so the four outputs cannot drift apart in what they contain or in its order.
 */
export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'fields'; fields: Array<[label: string, value: string]> }
  | { type: 'list'; items: string[] }
  | { type: 'table'; headers: string[]; rows: string[][] }
  | { type: 'signatures'; lines: string[] };

export interface DocumentOptions {
  /** Name/date/signature lines for both parties (the .docx and the print view). */
  signatures?: boolean;
  /** Leave out the title and the header fields (a single topic copied into one box of the form). */
  bare?: boolean;
}

const STAFF_LABEL: Record<StaffCategory, MessageKey> = {
  academic: 'staffAcademic',
  doctoralFellow: 'staffDoctoralFellow',
  technicalAdministrative: 'staffTechnicalAdministrative',
};
const FORM_LABEL: Record<StaffCategory, MessageKey> = {
  academic: 'formAcademic',
  doctoralFellow: 'formDoctoralFellow',
  technicalAdministrative: 'formTechnicalAdministrative',
};
/**
 * Order and heading of each kind of the owner's entries within a topic: before the meeting the words of a
 * preparation, after it those of its record (issue #28). The other party's entries follow under their name.
 */
const ENTRY_GROUPS: Array<[EntryKind, { before: MessageKey; after: MessageKey }]> = [
  ['conclusion', { before: 'exportConclusion', after: 'exportConclusion' }],
  ['question', { before: 'exportQuestions', after: 'exportQuestionsRaised' }],
  ['point', { before: 'exportPointsToRaise', after: 'exportPoints' }],
  ['goal', { before: 'exportGoals', after: 'exportGoals' }],
  ['selfAssessment', { before: 'exportSelfAssessment', after: 'exportSelfAssessment' }],
  ['answer', { before: 'exportNotes', after: 'exportNotes' }],
  ['meetingNote', { before: 'exportMeetingNotes', after: 'exportMeetingNotes' }],
];

export const PLAN_COLUMNS: MessageKey[] = ['planWhat', 'planResponsible', 'planDue', 'planSuccess', 'planStatus'];

function entryText(entry: SummaryEntry, t: Translate, language: Summary['dialogue']['language']): string {
  if (entry.kind === 'selfAssessment' && entry.author !== null) return `${t('exportTheirSelfAssessment')}: ${entry.text}`;
  if (entry.kind !== 'goal') return entry.text;
  const parts = [entry.text];
  if (entry.deadline) parts.push(`(${t('exportGoalDeadline', { date: formatDate(entry.deadline, language) })})`);
  if (entry.why) parts.push(`– ${entry.why}`);
  return parts.join(' ');
}

export function planCells(row: PlanRow, t: Translate, language: Summary['dialogue']['language']): string[] {
  const responsible = { employee: t('responsibleEmployee'), manager: t('responsibleManager'), other: t('responsibleOther') }[row.responsible];
  const status = { open: t('statusOpen'), inProgress: t('statusInProgress'), done: t('statusDone'), dropped: t('statusDropped') }[row.status];
  return [
    row.what,
    row.responsibleName ? `${responsible}: ${row.responsibleName}` : responsible,
    row.due ? formatDate(row.due, language) : '',
    row.successCriteria,
    row.statusComment ? `${status} – ${row.statusComment}` : status,
  ];
}

/** The plan as a table (or a line saying there is none). */
function planBlocks(summary: Summary, t: Translate, level: 2 | 3): Block[] {
  const { language } = summary.dialogue;
  return [
    { type: 'heading', level, text: t('planHeading') },
    summary.plan.length === 0
      ? { type: 'paragraph', text: t('exportPlanNone') }
      : { type: 'table', headers: PLAN_COLUMNS.map((key) => t(key)), rows: summary.plan.map((row) => planCells(row, t, language)) },
  ];
}

/** Each party's agreement as recorded in Samtale (names, dates, who noted it): a record, not a signature. */
function agreementBlocks(summary: Summary, t: Translate): Block[] {
  const { agreement, employeeName, managerName, language } = summary.dialogue;
  const parties = [
    ['employee', t('responsibleEmployee'), employeeName],
    ['manager', t('responsibleManager'), managerName],
  ] as const;
  const lines = parties.map(([party, role, name]) => {
    const acknowledgement = agreement[party];
    if (!acknowledgement) return t('exportNotAgreed', { who: partyLabel(role, name) });
    const date = formatDate(acknowledgement.date, language);
    return acknowledgement.recordedBy
      ? t('agreedInMeeting', { role, name: acknowledgement.name, date, recordedBy: acknowledgement.recordedBy })
      : t('agreedBy', { role, name: acknowledgement.name, date });
  });
  return [{ type: 'heading', level: 2, text: t('agreementHeading') }, { type: 'list', items: lines }, { type: 'paragraph', text: t('exportAgreementNote') }];
}

export function buildDocument(summary: Summary, options: DocumentOptions = {}): Block[] {
  const { language } = summary.dialogue;
  const t = translator(language);
  const blocks: Block[] = [];
  const planOnly = summary.sections.length === 0;
  if (!options.bare) {
    // With no topics it is the plan on its own, for UiO's separate follow-up and development plan form.
    blocks.push({ type: 'heading', level: 1, text: planOnly ? t('exportPlanTitle') : summary.held ? t('exportTitle') : t('exportPreparationTitle') });
    blocks.push({
      type: 'fields',
      fields: [
        [t('exportEmployee'), summary.dialogue.employeeName],
        [t('exportManager'), summary.dialogue.managerName],
        [t('exportDate'), summary.dialogue.plannedDate ? formatDate(summary.dialogue.plannedDate, language) : ''],
        [t('exportStaffCategory'), t(STAFF_LABEL[summary.dialogue.staffCategory])],
        [t('exportForm'), planOnly ? t('formFollowUpPlan') : t(FORM_LABEL[summary.dialogue.staffCategory])],
      ],
    });
  }
  let planShown = false;
  for (const section of summary.sections) {
    blocks.push({ type: 'heading', level: 2, text: `${section.number}. ${section.title}` });
    const withPlan = section.topicId === summary.planTopicId && summary.plan.length > 0;
    if (section.entries.length === 0 && !withPlan) blocks.push({ type: 'paragraph', text: t('exportNothing') });
    const own = section.entries.filter((entry) => entry.author === null || entry.kind === 'conclusion');
    for (const [kind, heading] of ENTRY_GROUPS) {
      const entries = own.filter((entry) => entry.kind === kind);
      if (entries.length === 0) continue;
      const text = kind === 'meetingNote' ? t('exportMeetingNotesBy', { name: ownerName(summary.dialogue) || t(summary.dialogue.role === 'manager' ? 'responsibleManager' : 'responsibleEmployee') }) : t(summary.held ? heading.after : heading.before);
      blocks.push({ type: 'heading', level: 3, text });
      if (kind === 'conclusion' || kind === 'selfAssessment') for (const entry of entries) blocks.push({ type: 'paragraph', text: entry.text });
      else blocks.push({ type: 'list', items: entries.map((entry) => entryText(entry, t, language)) });
    }
    // The other party's words under their name, in the guide's order of kinds.
    const theirs = ENTRY_GROUPS.flatMap(([kind]) => section.entries.filter((entry) => entry.author !== null && entry.kind !== 'conclusion' && entry.kind === kind));
    if (theirs.length > 0) {
      blocks.push({ type: 'heading', level: 3, text: t('exportRaisedBy', { name: theirs[0]!.author! }) });
      blocks.push({ type: 'list', items: theirs.map((entry) => entryText(entry, t, language)) });
    }
    if (withPlan) {
      blocks.push(...planBlocks(summary, t, 3));
      planShown = true;
    }
  }
  if (!planShown && (!options.bare || summary.plan.length > 0)) blocks.push(...planBlocks(summary, t, 2));
  // The record of a held meeting says what each party agreed (issue #28); a preparation has nothing to say yet.
  if (!options.bare && (summary.held || summary.dialogue.agreement.employee || summary.dialogue.agreement.manager)) blocks.push(...agreementBlocks(summary, t));
  if (options.signatures) {
    blocks.push({ type: 'heading', level: 2, text: t('exportSignatures') });
    blocks.push({ type: 'signatures', lines: [t('exportSignatureEmployee'), t('exportSignatureManager')] });
  }
  return blocks;
}
