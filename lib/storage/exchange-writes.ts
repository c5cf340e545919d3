import { nowIso, type ItemChanges } from '../domain/dialogues';
import type { Dialogue, Item, RemovedPlanItem } from '../domain/schema';
import { withRemoval } from '../domain/follow-up';
import { otherMarks } from '../domain/authorship';
import Dexie from 'dexie';
import type { SamtaleDatabase } from './db';
import { itemsOfDialogue } from './item-reads';
import { putItems, removeItems } from './item-writes';

/*
 * The write of what a file from the other party brings (shared points, an outcome, a plan update): all of it in
 * one transaction, or nothing. Sending writes nothing: a file carries what this side took in last (follow-up.ts).
 */

/** An item a file changes, with the time of the stored version the change was planned on. */
export interface PlannedUpdate {
  id: string;
  /** The stored item's updatedAt when the file was checked: anything newer means it changed meanwhile. */
  seenUpdatedAt: string;
  changes: ItemChanges;
}

/** What a file changes on the dialogue itself: its link, the agreement with its clock, and the status that follows. */
export type TakeInDialogueChanges = Partial<Pick<Dialogue, 'counterpartDialogueId' | 'agreement' | 'status' | 'agreementAt' | 'agreementReceivedAt'>>;

export interface TakeInWrite {
  add: readonly Item[];
  update: readonly PlannedUpdate[];
  /** Plan items the other party removed (issue #29), each as the user saw it. */
  remove?: ReadonlyArray<Pick<PlannedUpdate, 'id' | 'seenUpdatedAt'>>;
  dialogueChanges: TakeInDialogueChanges;
  /** Questions the other party marked, added to those this copy shows as theirs (with what is stored then). */
  otherMarks?: readonly string[];
  /** Removals remembered (or forgotten: null), by key, applied to the list stored then. */
  removals?: ReadonlyArray<{ key: string; removal: RemovedPlanItem | null }>;
}

/** The stored items changed since the user saw what the file would do: nothing is written, the user checks again. */
export class ChangedMeanwhile extends Error {
  constructor() {
    super('Changed since the file was checked');
    this.name = 'ChangedMeanwhile';
  }
}

/** Adds and changes everything a file brings, or nothing (a missing dialogue or a changed item aborts it all). */
export async function applyTakeIn(db: SamtaleDatabase, dialogueId: string, write: TakeInWrite): Promise<void> {
  await db.transaction('rw', db.dialogues, db.topicItems, async () => {
    const dialogue = await db.dialogues.get(dialogueId);
    if (!dialogue) throw new Error(`No dialogue ${dialogueId}`);
    const now = nowIso();
    const byId = new Map((await itemsOfDialogue(db, dialogueId)).map((item) => [item.id, item]));
    const stored = write.update.map((update) => byId.get(update.id));
    const seen = [...write.update, ...(write.remove ?? [])];
    if (seen.some((planned) => byId.get(planned.id)?.updatedAt !== planned.seenUpdatedAt)) throw new ChangedMeanwhile();
    // An added item is new to the dialogue (as a key is to a store: adding one that is there aborts it all).
    const taken = write.add.find((item) => byId.has(item.id));
    if (taken) throw new Dexie.ConstraintError(`Item ${taken.id} is already there`);
    const added = write.add.map((item) => ({ ...item, dialogueId }));
    await putItems(db, [...added, ...stored.map((item, index) => ({ ...item!, ...write.update[index]!.changes, updatedAt: now }) as Item)]);
    if (write.remove?.length) await removeItems(db, dialogueId, new Set(write.remove.map((planned) => planned.id)));
    const marks = write.otherMarks?.length ? { otherMarkedQuestionIds: [...new Set([...otherMarks(dialogue), ...write.otherMarks])] } : {};
    const removed = write.removals?.length ? { removedPlanItems: write.removals.reduce((list, { key, removal }) => withRemoval(list, key, removal), dialogue.removedPlanItems ?? []) } : {};
    await db.dialogues.update(dialogueId, { ...write.dialogueChanges, ...marks, ...removed, updatedAt: now });
  });
}
