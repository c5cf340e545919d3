import { z } from '../zod';
import { buildItem } from '../domain/dialogues';
import { findQuestion } from '../guide/questions';
import { getGuide } from '../guide/bundled';
import { IsoDateSchema, IsoDateTimeSchema, LanguageSchema, TemplateIdSchema } from '../domain/schema';
import type { Dialogue, Item } from '../domain/schema';
import type { Summary, SummaryEntry } from '../export/summary';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/values';
import { firstIssue, type FileProblem } from './file-text';

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
  const entries: SharedEntry[] = [];
  for (const section of candidates.sections) {
    for (const entry of section.entries) {
      if (!included.has(entry.id)) continue;
      const shared = toSharedEntry(entry, section.topicId);
      if (shared) entries.push(shared);
    }
  }
  return {
    format: SHARE_FORMAT,
    version: SHARE_VERSION,
    exportedAt: now.toISOString(),
    from: { name: dialogue.employeeName },
    dialogue: { id: dialogue.id, plannedDate: dialogue.plannedDate, templateId: dialogue.templateId, language: dialogue.language },
    entries,
  };
}

function toSharedEntry(entry: SummaryEntry & { questionId?: string }, topicId: string): SharedEntry | null {
  switch (entry.kind) {
    case 'question':
      return { kind: 'question', id: entry.id, topicId, questionId: entry.id };
    case 'point':
      return { kind: 'point', id: entry.id, topicId, text: entry.text, sensitive: entry.sensitive };
    case 'goal':
      return { kind: 'goal', id: entry.id, topicId, text: entry.text, deadline: entry.deadline ?? null, why: entry.why ?? '' };
    case 'answer':
      return entry.questionId ? { kind: 'answer', id: entry.id, topicId, questionId: entry.questionId, text: entry.text, sensitive: entry.sensitive } : null;
    case 'selfAssessment':
      return { kind: 'selfAssessment', id: entry.id, topicId, text: entry.text, sensitive: entry.sensitive };
    default:
      return null;
  }
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

/**
 * What importing a file into a dialogue would add, what it skips as already there, and the link to the
 * employee's dialogue it names (the manager's outcome goes back to that one).
 */
export function planImport(file: SharedFile, dialogue: Dialogue, existing: readonly Item[]): { add: Item[]; alreadyThere: number; counterpartDialogueId: string | null } {
  const guide = getGuide(dialogue.templateId, dialogue.language);
  const known = new Set(existing.map((item) => item.origin?.sourceId).filter(Boolean));
  const origin = (sourceId: string) => ({ by: file.from.name, sourceId });
  const questionText = (questionId: string) => findQuestion(guide, questionId)?.question.text ?? questionId;
  const add: Item[] = [];
  let alreadyThere = 0;
  for (const entry of file.entries) {
    if (known.has(entry.id)) {
      alreadyThere++;
      continue;
    }
    const base = { dialogueId: dialogue.id, topicId: entry.topicId, origin: origin(entry.id), shared: true };
    switch (entry.kind) {
      case 'question':
        add.push(buildItem({ ...base, kind: 'point', text: questionText(entry.questionId), sensitive: findQuestion(guide, entry.questionId)?.group.kind === 'harassment' }));
        break;
      case 'point':
      case 'selfAssessment':
        add.push(buildItem({ ...base, kind: 'point', text: entry.text, sensitive: entry.sensitive }));
        break;
      case 'answer': {
        const withQuestion = `${questionText(entry.questionId)}\n${entry.text}`;
        // A note near the length limit cannot take its question in front: the question then comes as a point of
        // its own, just before it, so that neither is cut and the item stays within the rules a backup checks.
        if (withQuestion.length <= MAX_TEXT_LENGTH) add.push(buildItem({ ...base, kind: 'point', text: withQuestion, sensitive: entry.sensitive }));
        else {
          add.push(buildItem({ ...base, kind: 'point', origin: origin(`${entry.id}:question`), text: questionText(entry.questionId), sensitive: entry.sensitive }));
          add.push(buildItem({ ...base, kind: 'point', text: entry.text, sensitive: entry.sensitive }));
        }
        break;
      }
      case 'goal':
        add.push(buildItem({ ...base, kind: 'goal', text: entry.text, deadline: entry.deadline, why: entry.why }));
        break;
    }
  }
  return { add, alreadyThere, counterpartDialogueId: file.dialogue.id ?? dialogue.counterpartDialogueId ?? null };
}
