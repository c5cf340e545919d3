import Dexie from 'dexie';
import type { SamtaleDatabase } from './db';
import { nowIso, type ItemChanges } from '../domain/dialogues';
import { announce, connectionOf, type RecordWrite } from './direct-write';
import type { Dialogue, Item } from '../domain/schema';

// The writes of notes. Not needed for the first screen: the panel loads this module once that is drawn.

/**
 * Writes an item's changes (field by field, so another panel's edit of another field stays), or the item itself
 * the first time. `touchDialogue` moves the dialogue's updatedAt too; the panel does that at most once a minute
 * while typing, since every moved dialogue makes the dialogue list and other panels read it again. This is the
 * write behind every keystroke, so it goes straight to IndexedDB (see direct-write.ts): one transaction that
 * reads the stored item and writes it back changed.
 */
export async function saveItem(db: SamtaleDatabase, item: Item, changes: ItemChanges, { touchDialogue = true }: { touchDialogue?: boolean } = {}): Promise<void> {
  const connection = await connectionOf(db);
  const updatedAt = nowIso();
  const writes: RecordWrite[] = [];
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
      if (before) write(items, before, { ...before, ...changes, updatedAt });
      const touch = (dialogue: Dialogue | undefined) => {
        if (!dialogue) return fail(new Error(`No dialogue ${item.dialogueId}`));
        if (!before) write(items, undefined, { ...item, ...changes, updatedAt });
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
  // After the write has settled for its caller: the views that show it read it again in their own time.
  setTimeout(() => announce(db, writes), 0);
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
