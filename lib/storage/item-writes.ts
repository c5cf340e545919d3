import Dexie from 'dexie';
import type { SamtaleDatabase } from './db';
import { nowIso, type ItemChanges } from '../domain/dialogues';
import { announce, connectionOf, type RecordWrite } from './direct-write';
import { datedFieldTimes, planKeyOf, removalOf, withRemoval } from '../domain/follow-up';
import { mayDelete, mayEdit } from '../domain/authorship';
import type { Dialogue, Item, ItemOf } from '../domain/schema';
import { recordsOfDialogue } from './item-reads';
import { withItems } from './topic-merge';
import { topicKeyOf, topicRecordsOf, type TopicItems } from './topic-records';

// The writes of notes. Not needed for the first screen: the panel loads this module once that is drawn.

/**
 * What a panel last saw of an item before its edit: whether it was stored, and the stored values of the fields
 * the edit writes. A write that finds anything else (another panel changed those fields, or removed the item)
 * writes nothing and says so: two panels' edits of one note never interleave, and a removed note never comes back.
 */
export interface ExpectedItem {
  exists: boolean;
  fields: Record<string, unknown>;
}

/** A write of the other party's entry (issue #28): the panel offers none; the store refuses one all the same. */
export class OtherPartysWords extends Error {
  constructor() {
    super('An entry the other party wrote is not changed or removed from this copy');
    this.name = 'OtherPartysWords';
  }
}

export type WriteOutcome = { kind: 'written'; after: Item } | { kind: 'changed'; stored: Item } | { kind: 'removed' };

/** Stored values compare by their JSON (a sealed body is an object; everything else a string, number, boolean or null). */
const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a) === JSON.stringify(b);

/** How the stored item differs from what the writer expected, if it does. */
function outcomeAgainst(expected: ExpectedItem | undefined, before: Item | undefined): WriteOutcome | null {
  if (!expected) return null;
  if (!before) return expected.exists ? { kind: 'removed' } : null;
  const stored = before as unknown as Record<string, unknown>;
  return Object.entries(expected.fields).some(([field, value]) => !sameValue(stored[field], value)) ? { kind: 'changed', stored: before } : null;
}

/**
 * Writes an item's changes (field by field, so another panel's edit of another field stays), or the item itself
 * the first time. `touchDialogue` moves the dialogue's updatedAt too; the panel does that at most once a minute
 * while typing, since every moved dialogue makes the dialogue list and other panels read it again. This is the
 * write behind every keystroke, so it goes straight to IndexedDB (see direct-write.ts): one transaction that
 * reads the item's topic record and writes the record back with the item changed. With `expected`, it writes only
 * over what the writer saw; `touched` names the fields the user changed (sealed changes hold every word).
 */
export async function saveItem(
  db: SamtaleDatabase,
  item: Item,
  changes: ItemChanges,
  { touchDialogue = true, expected, touched }: { touchDialogue?: boolean; expected?: ExpectedItem; touched?: readonly string[] } = {},
): Promise<WriteOutcome> {
  const connection = await connectionOf(db);
  const updatedAt = nowIso();
  const writes: RecordWrite[] = [];
  let written: Item | undefined;
  let refusal: WriteOutcome | null = null;
  await new Promise<void>((resolve, reject) => {
    const transaction = connection.transaction(['topicItems', 'dialogues'], 'readwrite');
    const records = transaction.objectStore('topicItems');
    const dialogues = transaction.objectStore('dialogues');
    let failure: unknown = null;
    const fail = (error: unknown) => {
      failure ??= error;
      transaction.abort();
    };
    const write = (store: IDBObjectStore, before: object | undefined, after: object) => {
      const request = store.put(after);
      request.onerror = () => (failure ??= request.error);
      writes.push({ table: store.name, before, after });
    };
    // Both reads at once: requests run in order, so when the last read succeeds the first one's result is there,
    // and the writes wait for one answer of the database, not two in a row. The dialogue is read only when it
    // will be written: it is, for a new item, or when asked to be touched.
    // A thrown error in a success event would abort without saying why.
    const guarded = (step: () => void) => () => {
      try {
        step();
      } catch (error) {
        fail(error);
      }
    };
    const storedRecord = records.get(topicKeyOf(item));
    const storedDialogue = touchDialogue ? dialogues.get(item.dialogueId) : null;
    (storedDialogue ?? storedRecord).onsuccess = guarded(() => {
      const record = storedRecord.result as TopicItems | undefined;
      const before = record?.items.find((stored) => stored.id === item.id);
      // The other party's words are theirs: shown, never changed from this copy (lib/domain/authorship.ts).
      if (before && !mayEdit(before)) return fail(new OtherPartysWords());
      refusal = outcomeAgainst(expected, before);
      // Nothing is written: the transaction ends with the two reads.
      if (refusal) return;
      // A plan item's fields are dated as they are stored (the round trip compares them one by one: follow-up.ts).
      const dated = (base: Item) => (base.kind === 'plan' && touched ? { fieldsAt: datedFieldTimes(base, touched, updatedAt) } : {});
      const writeItem = (after: Item) => {
        written = after;
        write(records, record, withItems(record ?? { dialogueId: item.dialogueId, topicId: item.topicId, items: [] }, [after]));
      };
      if (before) writeItem({ ...before, ...changes, ...dated(before), updatedAt } as Item);
      const touch = (dialogue: Dialogue | undefined) => {
        if (!dialogue) return fail(new Error(`No dialogue ${item.dialogueId}`));
        if (!before) writeItem({ ...item, ...changes, ...dated(item), updatedAt } as Item);
        write(dialogues, dialogue, { ...dialogue, updatedAt });
      };
      if (storedDialogue) touch(storedDialogue.result as Dialogue | undefined);
      else if (!before) {
        // A new item (whose dialogue was not to be touched): its dialogue must exist, and is touched after all.
        const dialogue = dialogues.get(item.dialogueId);
        dialogue.onsuccess = guarded(() => touch(dialogue.result as Dialogue | undefined));
      }
    });
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(failure ?? transaction.error ?? new Dexie.AbortError());
  });
  if (refusal) return refusal;
  // After the write has settled for its caller: the views that show it read it again in their own time.
  setTimeout(() => announce(db, writes), 0);
  return { kind: 'written', after: written! };
}

/**
 * Writes these items (new, or changed as a whole) into their topics' records. Called inside a Dexie transaction
 * that has topicItems, so that it reads and writes the records with everything else the caller writes.
 */
export async function putItems(db: SamtaleDatabase, items: readonly Item[]): Promise<void> {
  const records = topicRecordsOf(items);
  const stored = await db.topicItems.bulkGet(records.map(topicKeyOf));
  await db.topicItems.bulkPut(records.map((record, index) => (stored[index] ? withItems(stored[index], record.items) : record)));
}

/**
 * Removes items of a dialogue by id, wherever in it they are stored. Called inside a Dexie transaction that has
 * topicItems (the user's deletion below, and a removal a file brings: lib/storage/exchange-writes.ts).
 */
export async function removeItems(db: SamtaleDatabase, dialogueId: string, ids: ReadonlySet<string>): Promise<void> {
  for (const record of await recordsOfDialogue(db, dialogueId).toArray()) {
    if (!record.items.some((item) => ids.has(item.id))) continue;
    const items = record.items.filter((item) => !ids.has(item.id));
    await (items.length > 0 ? db.topicItems.put({ ...record, items }) : db.topicItems.delete(topicKeyOf(record)));
  }
}

/**
 * Deletes an item of a dialogue (wherever in it it is stored: a caller may know only its id). A plan item the manager
 * removes is remembered by its key, so the employee's copy hears of it and a file that still has it asks first
 * (issue #29, lib/domain/follow-up.ts).
 */
export async function deleteItem(db: SamtaleDatabase, dialogueId: string, id: string): Promise<void> {
  await db.transaction('rw', db.topicItems, db.dialogues, async () => {
    const item = (await recordsOfDialogue(db, dialogueId).toArray()).flatMap((record) => record.items).find((each) => each.id === id);
    if (!item) return;
    if (!mayDelete(item)) throw new OtherPartysWords();
    await removeItems(db, dialogueId, new Set([id]));
    const now = nowIso();
    const dialogue = await db.dialogues.get(dialogueId);
    const key = item.kind === 'plan' && dialogue ? planKeyOf(item, dialogue.role) : null;
    const removed = key && dialogue ? { removedPlanItems: withRemoval(dialogue.removedPlanItems, key, removalOf(key, item as ItemOf<'plan'>, now)) } : {};
    // Like every write of a note, a deletion moves the dialogue's updatedAt (the search index follows it).
    await db.dialogues.update(dialogueId, { ...removed, updatedAt: now });
  });
}
