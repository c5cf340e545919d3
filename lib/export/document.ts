import { formatDate, type MessageKey, type Translate } from '../i18n';
import { translator } from '../i18n/bundled';
import type { StaffCategory } from '../domain/schema';
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
/** Order and heading of each kind of entry within a topic. */
const ENTRY_GROUPS: Array<[EntryKind, MessageKey]> = [
  ['conclusion', 'exportConclusion'],
  ['question', 'exportQuestions'],
  ['point', 'exportPoints'],
  ['goal', 'exportGoals'],
  ['selfAssessment', 'exportSelfAssessment'],
  ['answer', 'exportNotes'],
  ['meetingNote', 'exportMeetingNotes'],
];

export const PLAN_COLUMNS: MessageKey[] = ['planWhat', 'planResponsible', 'planDue', 'planSuccess', 'planStatus'];

function entryText(entry: SummaryEntry, t: Translate, language: Summary['dialogue']['language']): string {
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

export function buildDocument(summary: Summary, options: DocumentOptions = {}): Block[] {
  const { language } = summary.dialogue;
  const t = translator(language);
  const blocks: Block[] = [];
  if (!options.bare) {
    // With no topics it is the plan on its own, for UiO's separate follow-up and development plan form.
    blocks.push({ type: 'heading', level: 1, text: summary.sections.length === 0 ? t('exportPlanTitle') : t('exportTitle') });
    blocks.push({
      type: 'fields',
      fields: [
        [t('exportEmployee'), summary.dialogue.employeeName],
        [t('exportManager'), summary.dialogue.managerName],
        [t('exportDate'), summary.dialogue.plannedDate ? formatDate(summary.dialogue.plannedDate, language) : ''],
        [t('exportStaffCategory'), t(STAFF_LABEL[summary.dialogue.staffCategory])],
        [t('exportForm'), t(FORM_LABEL[summary.dialogue.staffCategory])],
      ],
    });
  }
  for (const section of summary.sections) {
    blocks.push({ type: 'heading', level: 2, text: `${section.number}. ${section.title}` });
    if (section.entries.length === 0) blocks.push({ type: 'paragraph', text: t('exportNothing') });
    for (const [kind, heading] of ENTRY_GROUPS) {
      const entries = section.entries.filter((entry) => entry.kind === kind);
      if (entries.length === 0) continue;
      blocks.push({ type: 'heading', level: 3, text: t(heading) });
      if (kind === 'conclusion' || kind === 'selfAssessment') for (const entry of entries) blocks.push({ type: 'paragraph', text: entry.text });
      else blocks.push({ type: 'list', items: entries.map((entry) => entryText(entry, t, language)) });
    }
  }
  if (!options.bare || summary.plan.length > 0) {
    blocks.push({ type: 'heading', level: 2, text: t('planHeading') });
    if (summary.plan.length === 0) blocks.push({ type: 'paragraph', text: t('exportPlanNone') });
    else blocks.push({ type: 'table', headers: PLAN_COLUMNS.map((key) => t(key)), rows: summary.plan.map((row) => planCells(row, t, language)) });
  }
  if (options.signatures) {
    blocks.push({ type: 'heading', level: 2, text: t('exportSignatures') });
    blocks.push({ type: 'signatures', lines: [t('exportSignatureEmployee'), t('exportSignatureManager')] });
  }
  return blocks;
}
