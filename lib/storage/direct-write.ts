import Dexie, { RangeSet, type IndexableType, type ObservabilitySet } from 'dexie';

/**
 * Writes below Dexie, for the one write that runs while the user types. Dexie's own write path (zones, its
 * middleware, and starting every live query again before the write's promise settles) took 4–6 ms per
 * keystroke; the same transaction on the IndexedDB connection takes about as long as the requests themselves.
 * Live queries still follow: `announce` tells them (here, and in other panels through Dexie's broadcast) what
 * changed, in the same terms Dexie uses for its own writes. This needs Dexie's cache off (see db.ts): a cached
 * query result would not know about a write it did not make.
 */

/** One record written: as it was before (undefined when new) and as it is now. */
export interface RecordWrite {
  table: string;
  before: object | undefined;
  after: object;
}

/** The open IndexedDB connection, opening the database as Dexie would (never one closed for another version). */
export async function connectionOf(db: Dexie): Promise<IDBDatabase> {
  if (!db.isOpen()) {
    if (db.hasBeenClosed()) throw new Dexie.DatabaseClosedError();
    await db.open();
  }
  return db.backendDB();
}

const isKey = (value: unknown): value is IndexableType =>
  typeof value === 'string' || (typeof value === 'number' && !Number.isNaN(value)) || value instanceof Date || (Array.isArray(value) && value.every(isKey));

function valueAt(record: object, keyPath: string | string[] | undefined): unknown {
  const fields = record as Record<string, unknown>;
  if (Array.isArray(keyPath)) return keyPath.map((path) => fields[path]);
  return keyPath === undefined ? undefined : fields[keyPath];
}

/** The parts of the database that `writes` changed: primary keys and every index value before and after. */
export function changedParts(db: Dexie, writes: RecordWrite[]): ObservabilitySet {
  const parts: ObservabilitySet = {};
  const add = (table: string, index: string, key: unknown) => {
    if (isKey(key)) ((parts[`idb://${db.name}/${table}/${index}`] as RangeSet | undefined) ??= new RangeSet()).addKey(key);
  };
  for (const { table, before, after } of writes) {
    const schema = db.table(table).schema;
    const primaryKey = valueAt(after, schema.primKey.keyPath);
    add(table, '', primaryKey);
    // As Dexie does: a key it did not see before may be one a keys-only query or a count is watching.
    if (before === undefined) add(table, ':dels', primaryKey);
    for (const index of schema.indexes) for (const record of [before, after]) if (record) add(table, index.name, valueAt(record, index.keyPath));
  }
  return parts;
}

/** Tells every live query that watches what `writes` changed, in this panel and in the others. */
export function announce(db: Dexie, writes: RecordWrite[]): void {
  if (writes.length > 0) Dexie.on('storagemutated').fire(changedParts(db, writes));
}
