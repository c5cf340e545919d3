import type { SamtaleDatabase } from '../storage/db';
import { DEFAULT_TEMPLATE } from '../guide';
import type { Dialogue, Item, ItemKind, ItemOf, Language, StaffCategory, TemplateId } from './schema';
import { compareCodeUnits } from './order';

/** What a user chooses when starting a dialogue. */
export interface NewDialogueInput {
  role: Dialogue['role'];
  employeeId?: string | null;
  employeeName: string;
  managerName: string;
  plannedDate: string | null;
  staffCategory: StaffCategory;
  turned60: boolean;
  templateId?: TemplateId;
  language: Language;
}

export const newId = (): string => crypto.randomUUID();
export const nowIso = (): string => new Date().toISOString();
/** Today's date on the user's own clock (not UTC): a dialogue is "today" where the user is. */
export const todayIso = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export function buildDialogue(input: NewDialogueInput, previousDialogueId: string | null = null): Dialogue {
  const now = nowIso();
  return {
    id: newId(),
    role: input.role,
    employeeId: input.employeeId ?? null,
    employeeName: input.employeeName.trim(),
    managerName: input.managerName.trim(),
    plannedDate: input.plannedDate || null,
    plannedTime: null,
    durationMinutes: 90,
    place: '',
    staffCategory: input.staffCategory,
    turned60: input.turned60,
    templateId: input.templateId ?? DEFAULT_TEMPLATE,
    language: input.language,
    status: 'planned',
    markedQuestionIds: [],
    previousDialogueId,
    agreement: { employee: null, manager: null },
    coveredTopicIds: [],
    meetingSeconds: 0,
    meetingRunningSince: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** The latest earlier dialogue of the same employee on the same side, whose conclusions the new one follows up. */
async function findPreviousDialogue(db: SamtaleDatabase, input: NewDialogueInput): Promise<Dialogue | undefined> {
  const candidates = await db.dialogues
    .filter((d) => d.role === input.role && (d.employeeId ?? null) === (input.employeeId ?? null))
    .toArray();
  return candidates.sort((a, b) => compareCodeUnits(dialogueSortKey(b), dialogueSortKey(a)))[0];
}

export async function createDialogue(db: SamtaleDatabase, input: NewDialogueInput): Promise<Dialogue> {
  return db.transaction('rw', db.dialogues, async () => {
    const previous = await findPreviousDialogue(db, input);
    const dialogue = buildDialogue(input, previous?.id ?? null);
    await db.dialogues.add(dialogue);
    return dialogue;
  });
}

/** Newest first: by planned date where there is one, else by when it was created. */
export function dialogueSortKey(dialogue: Dialogue): string {
  return dialogue.plannedDate ?? dialogue.createdAt.slice(0, 10);
}

export function sortDialogues(dialogues: readonly Dialogue[]): Dialogue[] {
  return [...dialogues].sort((a, b) => compareCodeUnits(dialogueSortKey(b), dialogueSortKey(a)) || compareCodeUnits(b.createdAt, a.createdAt));
}

export async function updateDialogue(
  db: SamtaleDatabase,
  id: string,
  changes: Partial<Omit<Dialogue, 'id' | 'createdAt' | 'updatedAt' | 'markedQuestionIds'>>,
): Promise<void> {
  const updated = await db.dialogues.update(id, { ...changes, updatedAt: nowIso() });
  if (updated === 0) throw new Error(`No dialogue ${id}`);
}

/** Marks or unmarks one question. Only that id is added or removed, so two panels marking at once both win. */
export async function setQuestionMarked(db: SamtaleDatabase, dialogueId: string, questionId: string, marked: boolean): Promise<void> {
  await db.transaction('rw', db.dialogues, async () => {
    const dialogue = await db.dialogues.get(dialogueId);
    if (!dialogue) throw new Error(`No dialogue ${dialogueId}`);
    const others = dialogue.markedQuestionIds.filter((id) => id !== questionId);
    await db.dialogues.update(dialogueId, {
      markedQuestionIds: marked ? [...others, questionId] : others,
      updatedAt: nowIso(),
    });
  });
}

/** Deletes a dialogue with everything written in it, in one transaction. */
export async function deleteDialogue(db: SamtaleDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.dialogues, db.items, async () => {
    await db.items.where('dialogueId').equals(id).delete();
    await db.dialogues.delete(id);
  });
}

export async function itemsOfDialogue(db: SamtaleDatabase, dialogueId: string): Promise<Item[]> {
  return db.items.where('dialogueId').equals(dialogueId).toArray();
}

type ItemExtras<K extends ItemKind> = Omit<ItemOf<K>, 'id' | 'dialogueId' | 'topicId' | 'kind' | 'text' | 'sealed' | 'sensitive' | 'shared' | 'origin' | 'createdAt' | 'updatedAt'>;

export type NewItem<K extends ItemKind> = { kind: K; dialogueId: string; topicId: string; text?: string; sensitive?: boolean; shared?: boolean; origin?: Item['origin'] } & ItemExtras<K>;

/** A new item in memory; it is written on its first save, so an id exists before the first keystroke lands. */
export function buildItem<K extends ItemKind>(fields: NewItem<K>, id: string = newId()): ItemOf<K> {
  const now = nowIso();
  return { text: '', sensitive: false, shared: false, sealed: null, origin: null, createdAt: now, updatedAt: now, ...fields, id } as unknown as ItemOf<K>;
}

/** A new, open plan item (what / who / by when / judged how), the employee responsible until chosen. */
export const newPlanItemFields = (text: string) => ({
  kind: 'plan' as const,
  text,
  responsible: 'employee' as const,
  responsibleName: '',
  due: null,
  successCriteria: '',
  status: 'open' as const,
  statusComment: '',
  carriedFromId: null,
});

/** The fields of an item that the user edits; everything else is fixed when it is created. */
export type ItemChanges = Partial<Omit<Item, 'id' | 'dialogueId' | 'topicId' | 'kind' | 'createdAt' | 'updatedAt'>>;
