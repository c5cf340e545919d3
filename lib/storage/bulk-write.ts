import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { SamtaleDatabase } from './db';
import { connectionOf } from './direct-write';

/*
 * Writing a whole backup (issue #16: 200,000 notes froze the panel for 23 s and took 52 s to apply through Dexie's
 * bulkPut, whose change tracking noted every key). Below Dexie, in one IndexedDB transaction: all or nothing.
 */

/** What a restore writes to one table. */
export interface TableWrite {
  table: 'people' | 'dialogues' | 'topicItems' | 'settings';
  records: readonly object[];
  /**
   * Records that hold other records (a topic's items) are merged with what is stored, read in the same
   * transaction: what to put, and the keys of stored records left empty (deleted).
   */
  mergeWithStored?: (stored: object[], incoming: readonly object[]) => { put: readonly object[]; emptied: readonly IDBValidKey[] };
  /** How many of the user's records one record holds (progress counts those): 1 unless said. */
  weight?: (record: object) => number;
}

/** How many of the user's records are written at a time: each batch is a few tens of milliseconds of the thread. */
const BATCH = 2000;

/**
 * Writes every record in one transaction, a batch at a time: the next batch is asked for from the success of the
 * batch before, so the transaction stays open (nothing is committed until all are written; any failure aborts
 * all) while the thread is free between batches to draw the progress. Live queries are told once, at the end,
 * that the tables changed (the whole of each: a restore may change anything).
 */
export async function writeAllOrNothing(db: SamtaleDatabase, writes: readonly TableWrite[], onProgress?: (written: number, total: number) => void): Promise<void> {
  const connection = await connectionOf(db);
  const tables = [...new Set(writes.map((write) => write.table))];
  const weightOf = (write: TableWrite, record: object) => write.weight?.(record) ?? 1;
  const totalOf = (all: readonly TableWrite[]) => all.reduce((sum, write) => sum + write.records.reduce((count: number, record) => count + weightOf(write, record), 0), 0);
  await new Promise<void>((resolve, reject) => {
    const transaction = connection.transaction(tables, 'readwrite');
    const planned: TableWrite[] = [...writes];
    let failure: unknown = null;
    let tableIndex = 0;
    let recordIndex = 0;
    let written = 0;
    // Counted again once merged: a merged record is written with the stored records it keeps.
    let total = totalOf(planned);
    const fail = (error: unknown) => {
      // A record IndexedDB cannot store (it cannot clone it, or it lacks its key): nothing is written.
      failure = error;
      transaction.abort();
    };
    const writeBatch = () => {
      let last: IDBRequest | undefined;
      try {
        let count = 0;
        while (count < BATCH && tableIndex < planned.length) {
          const write = planned[tableIndex]!;
          if (recordIndex >= write.records.length) {
            tableIndex++;
            recordIndex = 0;
            continue;
          }
          const record = write.records[recordIndex++]!;
          last = transaction.objectStore(write.table).put(record);
          written += weightOf(write, record);
          count += weightOf(write, record);
        }
      } catch (error) {
        return fail(error);
      }
      onProgress?.(written, total);
      if (last && written < total) last.onsuccess = writeBatch;
    };
    // First what is stored, for the writes that merge with it (its records and the deletions come before the rest).
    const merging = planned.map((write, index) => ({ write, index })).filter(({ write }) => write.mergeWithStored);
    let read = 0;
    for (const { write, index } of merging) {
      const request = transaction.objectStore(write.table).getAll();
      request.onsuccess = () => {
        try {
          const merged = write.mergeWithStored!(request.result as object[], write.records);
          for (const key of merged.emptied) transaction.objectStore(write.table).delete(key);
          planned[index] = { ...write, records: merged.put };
        } catch (error) {
          return fail(error);
        }
        if (++read < merging.length) return;
        total = totalOf(planned);
        writeBatch();
      };
    }
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(failure ?? transaction.error ?? new Dexie.AbortError());
    if (merging.length === 0) writeBatch();
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
