import Dexie, { type EntityTable } from 'dexie';
import type { Dialogue, Item, Person, Preferences } from './schema';

export interface PreferencesRecord {
  key: 'preferences';
  value: Preferences;
}

export const DATABASE_NAME = 'samtale';

/**
 * The one database, in the extension's own origin (the host page cannot open it). Every change of stores or
 * indexes is a new `version()` with a migration test that opens a database written by the version before.
 */
export class SamtaleDatabase extends Dexie {
  dialogues!: EntityTable<Dialogue, 'id'>;
  items!: EntityTable<Item, 'id'>;
  people!: EntityTable<Person, 'id'>;
  settings!: EntityTable<PreferencesRecord, 'key'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores({
      dialogues: 'id, updatedAt, plannedDate, employeeId',
      items: 'id, dialogueId, [dialogueId+kind]',
      people: 'id, name',
      settings: 'key',
    });
  }
}
