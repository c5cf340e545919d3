import { newId, nowIso } from '../domain/dialogues';
import type { Person } from '../domain/schema';
import type { SamtaleDatabase } from './db';
import { recordsOfDialogue } from './item-reads';

/*
 * The manager's list of employees. Loaded when the manager uses it, not with the side panel's first screen.
 */

/** Adds or edits a person in the manager's list of employees. */
export async function savePerson(db: SamtaleDatabase, person: Pick<Person, 'name' | 'staffCategory' | 'turned60'> & { id?: string }): Promise<string> {
  const now = nowIso();
  const name = person.name.trim();
  if (!name) throw new Error('A name is needed');
  if (person.id) {
    const updated = await db.people.update(person.id, { name, staffCategory: person.staffCategory, turned60: person.turned60, updatedAt: now });
    if (updated === 0) throw new Error(`No person ${person.id}`);
    return person.id;
  }
  const id = newId();
  await db.people.add({ id, name, staffCategory: person.staffCategory, turned60: person.turned60, createdAt: now, updatedAt: now });
  return id;
}

/** Removes a person with every dialogue the manager held with them, in one transaction. */
export async function deletePerson(db: SamtaleDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.people, db.dialogues, db.topicItems, async () => {
    const dialogueIds = await db.dialogues.where('employeeId').equals(id).primaryKeys();
    for (const dialogueId of dialogueIds) await recordsOfDialogue(db, dialogueId).delete();
    await db.dialogues.bulkDelete(dialogueIds);
    await db.people.delete(id);
  });
}
