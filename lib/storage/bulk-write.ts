import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { SamtaleDatabase } from './db';
import { connectionOf } from './direct-write';

/*
 * Writing a whole backup (issue #16: 200,000 notes froze the panel for 23 s and took 52 s to apply through Dexie's
 * bulkPut, whose change tracking noted every key). Below Dexie, in one IndexedDB transaction: all or nothing.
 */

/** What a restore writes to one table. */
export interface TableWrite {
  table: 'people' | 'dialogues' | 'items' | 'settings';
  records: readonly object[];
}

/** How many records are written at a time: each batch is a few tens of milliseconds of the panel's thread. */
const BATCH = 2000;

/**
 * Writes every record in one transaction, a batch at a time: the next batch is asked for from the success of the
 * batch before, so the transaction stays open (nothing is committed until all are written; any failure aborts
 * all) while the panel's thread is free between batches to draw the progress. Live queries are told once, at the
 * end, that the tables changed (the whole of each: a restore may change anything).
 */
export async function writeAllOrNothing(db: SamtaleDatabase, writes: readonly TableWrite[], onProgress?: (written: number, total: number) => void): Promise<void> {
  const connection = await connectionOf(db);
  const tables = [...new Set(writes.map((write) => write.table))];
  const total = writes.reduce((sum, write) => sum + write.records.length, 0);
  await new Promise<void>((resolve, reject) => {
    const transaction = connection.transaction(tables, 'readwrite');
    let failure: unknown = null;
    let tableIndex = 0;
    let recordIndex = 0;
    let written = 0;
    const writeBatch = () => {
      let last: IDBRequest | undefined;
      try {
        let count = 0;
        while (count < BATCH && tableIndex < writes.length) {
          const { table, records } = writes[tableIndex]!;
          if (recordIndex >= records.length) {
            tableIndex++;
            recordIndex = 0;
            continue;
          }
          last = transaction.objectStore(table).put(records[recordIndex++]);
          written++;
          count++;
        }
      } catch (error) {
        // A record IndexedDB cannot store (it cannot clone it, or it lacks its key): nothing is written.
        failure = error;
        transaction.abort();
        return;
      }
      onProgress?.(written, total);
      if (last && written < total) last.onsuccess = writeBatch;
    };
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(failure ?? transaction.error ?? new Dexie.AbortError());
    writeBatch();
  });
  Dexie.on('storagemutated').fire(wholeTables(db, tables));
}

/** Every key of every index of these tables, as Dexie's live queries read a change. */
function wholeTables(db: SamtaleDatabase, tables: readonly string[]): ObservabilitySet {
  const parts: ObservabilitySet = {};
  for (const table of tables) {
    const schema = db.table(table).schema;
    for (const index of ['', ':dels', ...schema.indexes.map((each) => each.name)]) parts[`idb://${db.name}/${table}/${index}`] = new RangeSet(Dexie.minKey, Dexie.maxKey);
  }
  return parts;
}
