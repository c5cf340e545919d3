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

/** The fields of a dialogue that change after it is made (marks, agreement and the clock have writes of their own). */
export type DialogueChanges = Partial<Omit<Dialogue, 'id' | 'createdAt' | 'updatedAt' | 'markedQuestionIds'>>;

/** A dialogue's meeting facts as first planned (the manager plans time, length and place with it). */
export type DialogueDetails = Partial<Pick<Dialogue, 'plannedTime' | 'durationMinutes' | 'place'>>;

/** Newest first: by planned date where there is one, else by when it was created. */
export function dialogueSortKey(dialogue: Dialogue): string {
  return dialogue.plannedDate ?? dialogue.createdAt.slice(0, 10);
}

export function sortDialogues(dialogues: readonly Dialogue[]): Dialogue[] {
  return [...dialogues].sort((a, b) => compareCodeUnits(dialogueSortKey(b), dialogueSortKey(a)) || compareCodeUnits(b.createdAt, a.createdAt));
}

/** The round trip's times of a plan item start empty (lib/domain/follow-up.ts reads a missing time as the item's creation). */
type RoundTripTimes = 'fieldsAt' | 'receivedAt';
type ItemExtras<K extends ItemKind> = Omit<ItemOf<K>, 'id' | 'dialogueId' | 'topicId' | 'kind' | 'text' | 'sealed' | 'sensitive' | 'shared' | 'origin' | 'createdAt' | 'updatedAt' | RoundTripTimes> &
  Partial<Pick<ItemOf<K>, Extract<keyof ItemOf<K>, RoundTripTimes>>>;

export type NewItem<K extends ItemKind> = { kind: K; dialogueId: string; topicId: string; text?: string; sensitive?: boolean; shared?: boolean; origin?: Item['origin'] } & ItemExtras<K>;

/** A new item in memory; it is written on its first save, so an id exists before the first keystroke lands. */
export function buildItem<K extends ItemKind>(fields: NewItem<K>, id: string = newId()): ItemOf<K> {
  const now = nowIso();
  const roundTrip = fields.kind === 'plan' ? { fieldsAt: {}, receivedAt: {} } : {};
  return { text: '', sensitive: false, shared: false, sealed: null, origin: null, createdAt: now, updatedAt: now, ...roundTrip, ...fields, id } as unknown as ItemOf<K>;
}

/** The fields of an item that the user edits; everything else is fixed when it is created. */
export type ItemChanges = Partial<Omit<Item, 'id' | 'dialogueId' | 'topicId' | 'kind' | 'createdAt' | 'updatedAt'>>;
