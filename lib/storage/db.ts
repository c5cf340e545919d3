import Dexie, { type EntityTable, type Table } from 'dexie';
import { SCHEMA_VERSION } from '../domain/constants';
import type { Dialogue, Item, Person, Preferences } from '../domain/schema';
import type { SettingsRecord } from '../domain/settings-records';
import { topicRecordsOf, type TopicItems } from './topic-records';

export const DATABASE_NAME = 'samtale';

/**
 * The one database, in the extension's own origin (the host page cannot open it). Every change of stores or
 * indexes is a new `version()` with a migration test that opens a database written by the version before.
 */
export class SamtaleDatabase extends Dexie {
  dialogues!: EntityTable<Dialogue, 'id'>;
  /** Items, a dialogue's topic to a record (topic-records.ts says why). */
  topicItems!: Table<TopicItems, [string, string]>;
  people!: EntityTable<Person, 'id'>;
  settings!: EntityTable<SettingsRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    // No query cache: the typing path writes below Dexie (lib/storage/direct-write.ts), which a cached result would
    // not see (tests/storage/direct-write.test.ts holds the two together).
    // Without it, results are not copied either (Dexie's default cache copied a dialogue's 400 notes per write).
    super(name, { cache: 'disabled' });
    this.version(1).stores({
      dialogues: 'id, updatedAt, plannedDate, employeeId',
      items: 'id, dialogueId, [dialogueId+kind]',
      people: 'id, name',
      settings: 'key',
    });
    // 2: dialogues by role, so the first screen reads the user's own dialogues, not a manager's ten years.
    this.version(2).stores({ dialogues: 'id, updatedAt, plannedDate, employeeId, role' });
    // 3: items grouped by dialogue and topic (issue #16: IndexedDB's cost is per record), moved in one transaction;
    // 4: the item-per-record store deleted (Dexie reads a store in an upgrade only in a version before the one that deletes it).
    this.version(3)
      .stores({ topicItems: '[dialogueId+topicId]' })
      .upgrade(async (transaction) => {
        await transaction.table('topicItems').bulkPut(topicRecordsOf(await transaction.table<Item>('items').toArray()));
      });
    this.version(4).stores({ items: null });
    // 5: the other party's shared marks are marks, not points of the owner's (issue #28; shared-marks-upgrade.ts).
    // Its code loads only for an upgrade (the first screen waits for this module: 0.23 kB gzip saved), with the
    // upgrade's transaction kept open meanwhile.
    this.version(5)
      .stores({})
      .upgrade(async (transaction) => {
        const { upgradeTakenInMarks } = await Dexie.waitFor(import('./shared-marks-upgrade'));
        await upgradeTakenInMarks(transaction.table('topicItems'), transaction.table('dialogues'));
      });
    // Another version of Samtale is changing the database: let go of it for good, so that this (older) code
    // never reopens it with its own schema and writes to a database it does not understand.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: true });
      return false;
    });
  }
}

/** The stored preferences (as stored: fields added since may be missing; merge with the defaults). */
export async function readPreferences(db: SamtaleDatabase): Promise<Partial<Preferences> | null> {
  const record = await db.settings.get('preferences');
  return record?.key === 'preferences' ? record.value : null;
}

export interface OpenedDatabase {
  db: SamtaleDatabase;
  /** Written by a newer version of Samtale: shown, never written to. */
  readOnly: boolean;
}

/** Watching a query, and the reads it watches: the side panel loads them with the database (see store.ts). */
export { liveQuery } from 'dexie';
export { itemsOfDialogue } from './item-reads';

/**
 * Opens the database. One written by a newer version of Samtale (a higher schema version) is opened without
 * a schema, read-only: the user sees their notes and can back them up, and nothing is ever written to it.
 */
export async function openSamtaleDatabase(name: string = DATABASE_NAME): Promise<OpenedDatabase> {
  // Looked up before opening: Dexie 4 would open a newer database with this schema and add its indexes to it.
  const installed = (await globalThis.indexedDB.databases()).find((info) => info.name === name)?.version ?? 0;
  if (installed <= SCHEMA_VERSION * 10) {
    const db = new SamtaleDatabase(name);
    await db.open();
    return { db, readOnly: false };
  }
  const newer = new Dexie(name);
  await newer.open();
  const tables = { dialogues: newer.table('dialogues'), topicItems: newer.table('topicItems'), people: newer.table('people'), settings: newer.table('settings') };
  return { db: Object.assign(newer, tables) as unknown as SamtaleDatabase, readOnly: true };
}

/** The user's own dialogues (as an employee): by the role index, or by a scan on a newer database opened read-only. */
export function ownDialogues(db: SamtaleDatabase): Promise<Dialogue[]> {
  const byRole = db.dialogues.schema.idxByName.role !== undefined;
  return byRole ? db.dialogues.where('role').equals('employee').toArray() : db.dialogues.filter((dialogue) => dialogue.role === 'employee').toArray();
}
