import Dexie from 'dexie';
import type { SamtaleDatabase } from './db';
import { nowIso, type ItemChanges } from '../domain/dialogues';
import { announce, connectionOf, type RecordWrite } from './direct-write';
import { datedFieldTimes } from '../domain/follow-up';
import type { Dialogue, Item } from '../domain/schema';

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
 * reads the stored item and writes it back changed. With `expected`, it writes only over what the writer saw;
 * `touched` names the fields the user changed (sealed changes hold every word).
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
  let refusal: WriteOutcome | null = null;
  await new Promise<void>((resolve, reject) => {
    const transaction = connection.transaction(['items', 'dialogues'], 'readwrite');
    const items = transaction.objectStore('items');
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
    const storedItem = items.get(item.id);
    const storedDialogue = touchDialogue ? dialogues.get(item.dialogueId) : null;
    (storedDialogue ?? storedItem).onsuccess = guarded(() => {
      const before = storedItem.result as Item | undefined;
      refusal = outcomeAgainst(expected, before);
      // Nothing is written: the transaction ends with the two reads.
      if (refusal) return;
      // A plan item's fields are dated as they are stored (the round trip compares them one by one: follow-up.ts).
      const dated = (base: Item) => (base.kind === 'plan' && touched ? { fieldsAt: datedFieldTimes(base, touched, updatedAt) } : {});
      if (before) write(items, before, { ...before, ...changes, ...dated(before), updatedAt });
      const touch = (dialogue: Dialogue | undefined) => {
        if (!dialogue) return fail(new Error(`No dialogue ${item.dialogueId}`));
        if (!before) write(items, undefined, { ...item, ...changes, ...dated(item), updatedAt });
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
  return { kind: 'written', after: writes.find((write) => write.table === 'items')!.after as Item };
}

export async function deleteItem(db: SamtaleDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.items, db.dialogues, async () => {
    const item = await db.items.get(id);
    if (!item) return;
    await db.items.delete(id);
    // Like every write of a note, a deletion moves the dialogue's updatedAt (the search index follows it).
    await db.dialogues.update(item.dialogueId, { updatedAt: nowIso() });
  });
}
