import type { GuideTemplate, GuideTopic } from '../guide/types';
import { visibleGroups } from '../guide/questions';
import type { Dialogue, Item, ItemOf } from '../domain/schema';

/**
 * What an export can contain, and what it contains by default. The summary is built from the same records the
 * user edits; every piece has an id so the user can include or leave out each one, and the preview, the
 * clipboard, the files and the print view are all rendered from one `Summary`.
 */
export type EntryKind = 'conclusion' | 'question' | 'point' | 'goal' | 'answer' | 'selfAssessment' | 'meetingNote';

export interface SummaryEntry {
  /** The item id, or the question id for a marked question. */
  id: string;
  kind: EntryKind;
  text: string;
  /** The question a note answers. */
  questionId?: string;
  /** A goal's deadline and reason; a question's note is its own entry. */
  deadline?: string | null;
  why?: string;
  /** Private preparation (notes, self-assessment) and meeting notes: left out unless chosen. */
  private: boolean;
  /** The harassment questions and notes on them: left out unless chosen. */
  sensitive: boolean;
  includedByDefault: boolean;
}

export interface SummarySection {
  topicId: string;
  number: number;
  title: string;
  entries: SummaryEntry[];
}

export interface PlanRow {
  id: string;
  what: string;
  responsible: ItemOf<'plan'>['responsible'];
  responsibleName: string;
  due: string | null;
  successCriteria: string;
  status: ItemOf<'plan'>['status'];
  statusComment: string;
}

export interface Summary {
  dialogue: Pick<Dialogue, 'employeeName' | 'managerName' | 'plannedDate' | 'staffCategory' | 'language' | 'templateId'>;
  guideTitle: string;
  sections: SummarySection[];
  plan: PlanRow[];
}

const isWritten = (item: Item) => item.text.trim() !== '';

/**
 * A point the manager imported from a question the employee marked (lib/files/share.ts gives it the question's id
 * as its source, or the note's id with `:question` when the question had to stand apart from a long note): it
 * belongs with the questions to raise, not with the points the employee wrote (issue #19;
 * tests/export/summary.test.ts imports a shared file to hold the two together).
 */
const isSharedQuestion = (item: Item) => item.origin !== null && /^t[1-7]-[a-z]\d{2}$|:question$/.test(item.origin.sourceId);

function entriesOfTopic(topic: GuideTopic, dialogue: Dialogue, items: readonly Item[]): SummaryEntry[] {
  const here = items.filter((item) => item.topicId === topic.id);
  const entries: SummaryEntry[] = [];
  const fromItem = (item: Item, kind: EntryKind, isPrivate: boolean): SummaryEntry => ({
    id: item.id,
    kind,
    text: item.text.trim(),
    private: isPrivate,
    sensitive: item.sensitive,
    includedByDefault: !isPrivate && !item.sensitive,
  });

  for (const item of here) if (item.kind === 'conclusion' && isWritten(item)) entries.push(fromItem(item, 'conclusion', false));

  const marked = new Set(dialogue.markedQuestionIds);
  const answers = new Map(here.filter((i): i is ItemOf<'answer'> => i.kind === 'answer').map((i) => [i.questionId, i]));
  for (const group of visibleGroups(topic, dialogue.turned60)) {
    const sensitive = group.kind === 'harassment';
    for (const question of group.questions) {
      if (marked.has(question.id)) {
        entries.push({ id: question.id, kind: 'question', text: question.text, private: false, sensitive, includedByDefault: !sensitive });
      }
      const answer = answers.get(question.id);
      if (answer && isWritten(answer)) entries.push({ ...fromItem(answer, 'answer', true), questionId: question.id, sensitive: sensitive || answer.sensitive });
    }
  }
  for (const item of here) {
    if (!isWritten(item)) continue;
    if (item.kind === 'point') entries.push(fromItem(item, isSharedQuestion(item) ? 'question' : 'point', false));
    else if (item.kind === 'goal') entries.push({ ...fromItem(item, 'goal', false), deadline: item.deadline, why: item.why.trim() });
    else if (item.kind === 'selfAssessment') entries.push(fromItem(item, 'selfAssessment', true));
    else if (item.kind === 'meetingNote') entries.push(fromItem(item, 'meetingNote', true));
  }
  return entries;
}

/** Everything that could go into the summary, each piece with its default. */
export function summaryCandidates(dialogue: Dialogue, guide: GuideTemplate, items: readonly Item[]): Summary {
  const plan = items
    .filter((item): item is ItemOf<'plan'> => item.kind === 'plan' && isWritten(item))
    .map((item) => ({
      id: item.id,
      what: item.text.trim(),
      responsible: item.responsible,
      responsibleName: item.responsibleName.trim(),
      due: item.due,
      successCriteria: item.successCriteria.trim(),
      status: item.status,
      statusComment: item.statusComment.trim(),
    }));
  return {
    dialogue: {
      employeeName: dialogue.employeeName,
      managerName: dialogue.managerName,
      plannedDate: dialogue.plannedDate,
      staffCategory: dialogue.staffCategory,
      language: dialogue.language,
      templateId: dialogue.templateId,
    },
    guideTitle: guide.title,
    sections: guide.topics.map((topic) => ({ topicId: topic.id, number: topic.number, title: topic.title, entries: entriesOfTopic(topic, dialogue, items) })),
    plan,
  };
}

export function defaultSelection(candidates: Summary): Set<string> {
  return new Set(candidates.sections.flatMap((section) => section.entries.filter((e) => e.includedByDefault).map((e) => e.id)));
}

/** The summary as exported: only the entries chosen. The plan is agreed and always included. */
export function selectSummary(candidates: Summary, included: ReadonlySet<string>): Summary {
  return { ...candidates, sections: candidates.sections.map((section) => ({ ...section, entries: section.entries.filter((e) => included.has(e.id)) })) };
}

/** One topic on its own, for pasting section by section into the form's boxes. */
export function sectionOnly(summary: Summary, topicId: string): Summary {
  return { ...summary, sections: summary.sections.filter((section) => section.topicId === topicId), plan: [] };
}
