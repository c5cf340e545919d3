import { nowIso, type ItemChanges } from '../domain/dialogues';
import type { Dialogue, Item } from '../domain/schema';
import { otherMarks } from '../domain/authorship';
import Dexie from 'dexie';
import type { SamtaleDatabase } from './db';
import { itemsOfDialogue } from './item-reads';
import { putItems } from './item-writes';

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

export interface TakeInWrite {
  add: readonly Item[];
  update: readonly PlannedUpdate[];
  dialogueChanges: Partial<Pick<Dialogue, 'counterpartDialogueId' | 'agreement' | 'status'>>;
  /** Questions the other party marked, added to those this copy shows as theirs (with what is stored then). */
  otherMarks?: readonly string[];
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
    if (stored.some((item, index) => item?.updatedAt !== write.update[index]!.seenUpdatedAt)) throw new ChangedMeanwhile();
    // An added item is new to the dialogue (as a key is to a store: adding one that is there aborts it all).
    const taken = write.add.find((item) => byId.has(item.id));
    if (taken) throw new Dexie.ConstraintError(`Item ${taken.id} is already there`);
    const added = write.add.map((item) => ({ ...item, dialogueId }));
    await putItems(db, [...added, ...stored.map((item, index) => ({ ...item!, ...write.update[index]!.changes, updatedAt: now }) as Item)]);
    const marks = write.otherMarks?.length ? { otherMarkedQuestionIds: [...new Set([...otherMarks(dialogue), ...write.otherMarks])] } : {};
    await db.dialogues.update(dialogueId, { ...write.dialogueChanges, ...marks, updatedAt: now });
  });
}
