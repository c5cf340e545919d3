import { nowIso, type ItemChanges } from '../domain/dialogues';
import type { Dialogue, Item } from '../domain/schema';
import type { SamtaleDatabase } from './db';

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
  await db.transaction('rw', db.dialogues, db.items, async () => {
    if (!(await db.dialogues.get(dialogueId))) throw new Error(`No dialogue ${dialogueId}`);
    const now = nowIso();
    const stored = await db.items.bulkGet(write.update.map((update) => update.id));
    if (stored.some((item, index) => item?.updatedAt !== write.update[index]!.seenUpdatedAt || item.dialogueId !== dialogueId)) throw new ChangedMeanwhile();
    await db.items.bulkAdd(write.add.map((item) => ({ ...item, dialogueId })));
    await db.items.bulkPut(stored.map((item, index) => ({ ...item!, ...write.update[index]!.changes, updatedAt: now }) as Item));
    await db.dialogues.update(dialogueId, { ...write.dialogueChanges, updatedAt: now });
  });
}
