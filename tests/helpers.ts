import { SamtaleDatabase } from '../lib/storage/db';
import type { NewDialogueInput } from '../lib/domain/dialogues';
import type { Item } from '../lib/domain/schema';
import { allItems } from '../lib/storage/all-items';
import { itemsOfDialogue } from '../lib/storage/item-reads';
import { putItems } from '../lib/storage/item-writes';
import { topicKeyOf } from '../lib/storage/topic-records';

let counter = 0;

/** A fresh database of its own per test (fake-indexeddb), so tests cannot see each other's data. */
export async function freshDatabase(): Promise<SamtaleDatabase> {
  const db = new SamtaleDatabase(`samtale-test-${++counter}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  return db;
}

export const sampleDialogueInput = (overrides: Partial<NewDialogueInput> = {}): NewDialogueInput => ({
  role: 'employee',
  employeeName: 'Ola Nordmann',
  managerName: 'Kari Nordmann',
  plannedDate: '2026-12-01',
  staffCategory: 'technicalAdministrative',
  turned60: false,
  language: 'en',
  ...overrides,
});

/**
 * The stored items one by one, as tests look at and arrange them (the database keeps a topic's items in one
 * record: lib/storage/topic-records.ts). Every call goes through the storage code the panel uses.
 */
export function itemTable(db: SamtaleDatabase) {
  const all = () => allItems(db);
  const write = (items: readonly Item[]) => db.transaction('rw', db.topicItems, () => putItems(db, items));
  return {
    toArray: all,
    count: async () => (await all()).length,
    get: async (id: string) => (await all()).find((item) => item.id === id),
    ofDialogue: (dialogueId: string) => itemsOfDialogue(db, dialogueId),
    put: (item: Item) => write([item]),
    bulkPut: write,
    /** Like a store's add: an id already stored is refused, and nothing is written. */
    bulkAdd: async (items: readonly Item[]) => {
      const stored = new Set((await all()).map((item) => item.id));
      if (items.some((item) => stored.has(item.id))) throw new Error('An item of that id is stored');
      await write(items);
    },
    add: (item: Item) => itemTable(db).bulkAdd([item]),
    update: async (id: string, changes: Partial<Item>) => {
      const item = (await all()).find((each) => each.id === id);
      if (item) await write([{ ...item, ...changes } as Item]);
    },
    /** Removed as another panel or a bare write would: the dialogue is not touched. */
    delete: async (id: string) => {
      const item = (await all()).find((each) => each.id === id);
      if (!item) return;
      await db.transaction('rw', db.topicItems, async () => {
        const record = (await db.topicItems.get(topicKeyOf(item)))!;
        await db.topicItems.put({ ...record, items: record.items.filter((each) => each.id !== id) });
      });
    },
  };
}
