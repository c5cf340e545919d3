import { z } from '../zod';
import { buildItem } from '../domain/dialogues';
import { findQuestion } from '../guide/questions';
import { getGuide } from '../guide/bundled';
import { IsoDateSchema, IsoDateTimeSchema, LanguageSchema, TemplateIdSchema } from '../domain/schema';
import type { Dialogue, Item } from '../domain/schema';
import type { Summary } from '../export/summary';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/values';
import { otherMarks } from '../domain/authorship';
import { firstIssue, type FileProblem } from './file-text';
import { sharedEntriesOf } from './share-entries';

/**
 * Sharing without a server: the employee saves the points they choose to a small JSON file (or the clipboard);
 * the manager imports it into that employee's dialogue. The file is validated strictly before anything is
 * written (lib/storage/exchange-writes.ts writes it), and importing the same file twice adds nothing twice.
 */
export const SHARE_FORMAT = 'samtale-shared-points';
/** 2 names the employee's dialogue, so that the manager's outcome finds its way back to it (issue #18); 1 is still read. */
export const SHARE_VERSION = 2;

/** Samtale writes UUIDs (36 characters); 48 leaves room for the suffix an imported note's question gets. */
const Id = z.string().min(1).max(48);
const TopicId = z.string().regex(/^t[1-7]$/);
const QuestionId = z.string().regex(/^t[1-7]-[a-z]\d{2}$/);
const Text = z.string().max(MAX_TEXT_LENGTH);

const SharedEntrySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), id: Id, topicId: TopicId, questionId: QuestionId }).strict(),
  z.object({ kind: z.literal('point'), id: Id, topicId: TopicId, text: Text, sensitive: z.boolean() }).strict(),
  z.object({ kind: z.literal('goal'), id: Id, topicId: TopicId, text: Text, deadline: IsoDateSchema.nullable(), why: Text }).strict(),
  z.object({ kind: z.literal('answer'), id: Id, topicId: TopicId, questionId: QuestionId, text: Text, sensitive: z.boolean() }).strict(),
  z.object({ kind: z.literal('selfAssessment'), id: Id, topicId: TopicId, text: Text, sensitive: z.boolean() }).strict(),
]);

export const SharedFileSchema = z
  .object({
    format: z.literal(SHARE_FORMAT),
    version: z.union([z.literal(1), z.literal(SHARE_VERSION)]),
    exportedAt: IsoDateTimeSchema,
    from: z.object({ name: z.string().max(MAX_SHORT_TEXT_LENGTH) }).strict(),
    dialogue: z.object({ id: z.string().min(1).max(64).optional(), plannedDate: IsoDateSchema.nullable(), templateId: TemplateIdSchema, language: LanguageSchema }).strict(),
    entries: z.array(SharedEntrySchema).max(2000),
  })
  .strict();
export type SharedFile = z.infer<typeof SharedFileSchema>;
export type SharedEntry = SharedFile['entries'][number];

/** The chosen entries of an employee's summary, as the file they give their manager. */
export function buildSharedFile(dialogue: Dialogue, candidates: Summary, included: ReadonlySet<string>, now: Date = new Date()): SharedFile {
  return {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    exportedAt: now.toISOString(),
    from: { name: dialogue.employeeName },
    dialogue: { id: dialogue.id, plannedDate: dialogue.plannedDate, templateId: dialogue.templateId, language: dialogue.language },
    entries: sharedEntriesOf(candidates, included),
  };
}

export type ShareProblem = FileProblem;

export type ParsedShare = { ok: true; file: SharedFile } | { ok: false; problem: ShareProblem };

/** A shared file's content (its envelope read by lib/files/incoming.ts), checked; says clearly why it is refused. */
export function sharedFileOf(value: unknown): ParsedShare {
  const parsed = SharedFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: { kind: 'invalid', detail: firstIssue(parsed.error) } };
  const ids = parsed.data.entries.map((entry) => entry.id);
  if (new Set(ids).size !== ids.length) return { ok: false, problem: { kind: 'invalid', detail: 'entries: duplicate ids' } };
  return { ok: true, file: parsed.data };
}

/** What importing a shared file would do to a dialogue (lib/storage/exchange-writes.ts writes it). */
export interface SharedImport {
  /** The other party's entries, each kept as theirs (its origin) and of its own kind. */
  add: Item[];
  /** The questions the other party marked that this copy does not show as theirs yet (they stay questions). */
  marks: string[];
  /** Entries already taken in from an earlier file. */
  alreadyThere: number;
  counterpartDialogueId: string | null;
}

/**
 * What importing a file into a dialogue would add, what it skips as already there, and the link to the
 * employee's dialogue it names (the manager's outcome goes back to that one). Every entry stays the other
 * party's and keeps its kind (issue #28): a marked question is a mark of theirs beside this copy's own, a note on
 * a question stays on that question, a self-assessment stays theirs; none becomes this copy's point.
 */
export function planImport(file: SharedFile, dialogue: Dialogue, existing: readonly Item[]): SharedImport {
  const guide = getGuide(dialogue.templateId, dialogue.language);
  const known = new Set(existing.map((item) => item.origin?.sourceId).filter(Boolean));
  const theirMarks = new Set(otherMarks(dialogue));
  const origin = (sourceId: string) => ({ by: file.from.name, sourceId });
  const add: Item[] = [];
  const marks: string[] = [];
  let alreadyThere = 0;
  for (const entry of file.entries) {
    if (known.has(entry.id) || (entry.kind === 'question' && theirMarks.has(entry.questionId))) {
      alreadyThere++;
      continue;
    }
    const base = { dialogueId: dialogue.id, topicId: entry.topicId, origin: origin(entry.id), shared: true };
    switch (entry.kind) {
      case 'question':
        // Only questions of this dialogue's guide: an id the guide does not have would be a mark of nothing.
        if (findQuestion(guide, entry.questionId)) marks.push(entry.questionId);
        break;
      case 'point':
        add.push(buildItem({ ...base, kind: 'point', text: entry.text, sensitive: entry.sensitive }));
        break;
      case 'selfAssessment':
        add.push(buildItem({ ...base, kind: 'selfAssessment', text: entry.text, sensitive: entry.sensitive }));
        break;
      case 'answer':
        add.push(buildItem({ ...base, kind: 'answer', questionId: entry.questionId, text: entry.text, sensitive: entry.sensitive || findQuestion(guide, entry.questionId)?.group.kind === 'harassment' }));
        break;
      case 'goal':
        add.push(buildItem({ ...base, kind: 'goal', text: entry.text, deadline: entry.deadline, why: entry.why }));
        break;
    }
  }
  return { add, marks, alreadyThere, counterpartDialogueId: file.dialogue.id ?? dialogue.counterpartDialogueId ?? null };
}
