import { compareCodeUnits } from '../domain/order';
import type { Item } from '../domain/schema';
import type { SamtaleDatabase } from './db';
import { itemsOfDialogue } from './item-reads';

/* Reading many dialogues' items at once (a backup, the lock's rewrite, reminders, the search index). */

/** The items of several dialogues (in the order of the ids given). */
export async function itemsOfDialogues(db: SamtaleDatabase, dialogueIds: readonly string[]): Promise<Item[]> {
  return (await Promise.all(dialogueIds.map((id) => itemsOfDialogue(db, id)))).flat();
}

/** Every item, in the order of their ids (a backup's order, whatever the records' order). */
export async function allItems(db: SamtaleDatabase): Promise<Item[]> {
  return (await db.topicItems.toArray()).flatMap((record) => record.items).sort((a, b) => compareCodeUnits(a.id, b.id));
}
