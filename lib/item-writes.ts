import Dexie from 'dexie';
import type { SamtaleDatabase } from './db';
import { nowIso, type ItemChanges } from './dialogues';
import { announce, connectionOf, type RecordWrite } from './direct-write';
import type { Dialogue, Item } from './schema';

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
    // Each step runs in a request's success event, where a thrown error would abort without saying why.
    const read = <T>(store: IDBObjectStore, key: string, then: (record: T | undefined) => void) => {
      const request = store.get(key);
      request.onsuccess = () => {
        try {
          then(request.result as T | undefined);
        } catch (error) {
          fail(error);
        }
      };
    };
    const write = (store: IDBObjectStore, before: object | undefined, after: object) => {
      const request = store.put(after);
      request.onerror = () => (failure ??= request.error);
      writes.push({ table: store.name, before, after });
    };
    const withDialogue = (then: (dialogue: Dialogue) => void) =>
      read<Dialogue>(dialogues, item.dialogueId, (dialogue) => (dialogue ? then(dialogue) : fail(new Error(`No dialogue ${item.dialogueId}`))));
    const touch = (dialogue: Dialogue) => write(dialogues, dialogue, { ...dialogue, updatedAt });
    read<Item>(items, item.id, (before) => {
      if (before) {
        write(items, before, { ...before, ...changes, updatedAt });
        if (touchDialogue) withDialogue(touch);
      } else {
        withDialogue((dialogue) => {
          write(items, undefined, { ...item, ...changes, updatedAt });
          touch(dialogue);
        });
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
