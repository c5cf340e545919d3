import Dexie from 'dexie';
import type { Item } from '../domain/schema';
import type { SamtaleDatabase } from './db';

/*
 * Reading a dialogue's items from their topic records (topic-records.ts): one query, so a live query that calls
 * it watches exactly the records it read. With the database's code (the open dialogue's live query needs it).
 */

/** A dialogue's records: the primary keys from [dialogueId, lowest] to [dialogueId, highest]. */
export const recordsOfDialogue = (db: SamtaleDatabase, dialogueId: string) =>
  db.topicItems.where('[dialogueId+topicId]').between([dialogueId, Dexie.minKey], [dialogueId, Dexie.maxKey], true, true);

export async function itemsOfDialogue(db: SamtaleDatabase, dialogueId: string): Promise<Item[]> {
  return (await recordsOfDialogue(db, dialogueId).toArray()).flatMap((record) => record.items);
}
