import type { GuideTemplate, GuideTopic } from '../guide/types';
import { groupsOfCopy } from '../guide/questions';
import { otherMarks, otherPartyName, theirMarkKey } from '../domain/authorship';
import { meetingHeld } from '../domain/meeting';
import { planTopicId } from '../domain/topics';
import type { Dialogue, Item, ItemOf } from '../domain/schema';

/**
 * What an export can contain, and what it contains by default. The summary is built from the same records the
 * user edits; every piece has an id so the user can include or leave out each one, and the preview, the
 * clipboard, the files and the print view are all rendered from one `Summary`.
 */
export type EntryKind = 'conclusion' | 'question' | 'point' | 'goal' | 'answer' | 'selfAssessment' | 'meetingNote';

export interface SummaryEntry {
  /** The item id, or the question id for a marked question (with `theirs:` before it for the other party's mark). */
  id: string;
  kind: EntryKind;
  text: string;
  /** Whose words (issue #28): null for this copy's owner, else the other party's name as their file gave it. */
  author: string | null;
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
  dialogue: Pick<Dialogue, 'employeeName' | 'managerName' | 'plannedDate' | 'staffCategory' | 'language' | 'templateId' | 'role' | 'agreement'>;
  /** The meeting took place: the export is its record (what was raised, what was agreed), not the preparation. */
  held: boolean;
  /** The topic that holds the plan (its section shows the plan, never "nothing recorded" beside it). */
  planTopicId: string;
  guideTitle: string;
  sections: SummarySection[];
  plan: PlanRow[];
}

const isWritten = (item: Item) => item.text.trim() !== '';

/**
 * A point the manager took in before issue #28 from a question the employee marked (lib/files/share.ts gave it the
 * question's id as its source, or the note's id with `:question`), and changed since (lib/storage/
 * shared-marks-upgrade.ts made the others marks again): still a question the employee raised, not one of her points.
 */
const isSharedQuestion = (item: Item) => item.origin !== null && /^t[1-7]-[a-z]\d{2}$|:question$/.test(item.origin.sourceId);

function entriesOfTopic(topic: GuideTopic, guide: GuideTemplate, dialogue: Dialogue, items: readonly Item[]): SummaryEntry[] {
  const here = items.filter((item) => item.topicId === topic.id);
  const entries: SummaryEntry[] = [];
  const fromItem = (item: Item, kind: EntryKind, isPrivate: boolean): SummaryEntry => {
    const author = item.origin?.by ?? null;
    // What the other party raised goes into the record under their name; a note or self-assessment they chose to
    // share with this copy's owner goes only when the owner ticks it.
    const personal = author !== null && (kind === 'answer' || kind === 'selfAssessment');
    return { id: item.id, kind, text: item.text.trim(), author, private: isPrivate, sensitive: item.sensitive, includedByDefault: !isPrivate && !item.sensitive && !personal };
  };

  for (const item of here) if (item.kind === 'conclusion' && isWritten(item)) entries.push(fromItem(item, 'conclusion', false));

  const mine = new Set(dialogue.markedQuestionIds);
  const theirs = new Set(otherMarks(dialogue));
  const other = otherPartyName(dialogue);
  const answers = here.filter((i): i is ItemOf<'answer'> => i.kind === 'answer' && isWritten(i));
  for (const group of groupsOfCopy(guide, topic, dialogue)) {
    const sensitive = group.kind === 'harassment';
    for (const question of group.questions) {
      const mark = { kind: 'question' as const, text: question.text, private: false, sensitive };
      if (mine.has(question.id)) entries.push({ ...mark, id: question.id, author: null, includedByDefault: !sensitive });
      if (theirs.has(question.id)) entries.push({ ...mark, id: theirMarkKey(question.id), author: other, includedByDefault: !sensitive });
      for (const answer of answers.filter((each) => each.questionId === question.id)) {
        entries.push({ ...fromItem(answer, 'answer', answer.origin === null), questionId: question.id, sensitive: sensitive || answer.sensitive });
      }
    }
  }
  for (const item of here) {
    if (!isWritten(item)) continue;
    if (item.kind === 'point') entries.push(fromItem(item, isSharedQuestion(item) ? 'question' : 'point', false));
    else if (item.kind === 'goal') entries.push({ ...fromItem(item, 'goal', false), deadline: item.deadline, why: item.why.trim() });
    else if (item.kind === 'selfAssessment') entries.push(fromItem(item, 'selfAssessment', item.origin === null));
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
      role: dialogue.role,
      agreement: dialogue.agreement,
    },
    held: meetingHeld(dialogue.status),
    planTopicId: planTopicId(guide),
    guideTitle: guide.title,
    sections: guide.topics.map((topic) => ({ topicId: topic.id, number: topic.number, title: topic.title, entries: entriesOfTopic(topic, guide, dialogue, items) })),
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

/** One topic on its own, for pasting section by section into the form's boxes (the plan's topic with the plan). */
export function sectionOnly(summary: Summary, topicId: string): Summary {
  return { ...summary, sections: summary.sections.filter((section) => section.topicId === topicId), plan: topicId === summary.planTopicId ? summary.plan : [] };
}
