import { itemTable } from '../helpers';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackup } from '../../lib/files/backup';
import { openSamtaleDatabase, ownDialogues, readPreferences } from '../../lib/storage/db';
import { createStore } from '../../lib/state/store';

const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/database-v1.json'), 'utf8')) as {
  idbVersion: number;
  stores: Record<'dialogues' | 'items' | 'people' | 'settings', Array<Record<string, unknown>>>;
};

/** The stores and indexes as version 1 declared them, written with raw IndexedDB (not with the code under test). */
const V1_STORES: Record<string, { keyPath: string | string[]; indexes: Array<[string, string | string[]]> }> = {
  dialogues: { keyPath: 'id', indexes: [['updatedAt', 'updatedAt'], ['plannedDate', 'plannedDate'], ['employeeId', 'employeeId']] },
  items: { keyPath: 'id', indexes: [['dialogueId', 'dialogueId'], ['[dialogueId+kind]', ['dialogueId', 'kind']]] },
  people: { keyPath: 'id', indexes: [['name', 'name']] },
  settings: { keyPath: 'key', indexes: [] },
};

/** Version 4's: items in one record per dialogue and topic, no item store. */
const { items: _, ...V1_WITHOUT_ITEMS } = V1_STORES;
const V4_STORES: typeof V1_STORES = { ...V1_WITHOUT_ITEMS, topicItems: { keyPath: ['dialogueId', 'topicId'], indexes: [] } };

/** The fixture's items grouped by hand, as version 4 stores them. */
function topicRecords(items: Array<Record<string, unknown>>) {
  const records = new Map<string, { dialogueId: unknown; topicId: unknown; items: unknown[] }>();
  for (const item of items) {
    const key = `${String(item.dialogueId)} ${String(item.topicId)}`;
    if (!records.has(key)) records.set(key, { dialogueId: item.dialogueId, topicId: item.topicId, items: [] });
    records.get(key)!.items.push(item);
  }
  return [...records.values()];
}

function writeRawDatabase(name: string, version: number, layout: 'v1' | 'v4', extraStore?: string): Promise<void> {
  const stores = layout === 'v1' ? V1_STORES : V4_STORES;
  const records: Record<string, unknown[]> = layout === 'v1' ? fixture.stores : { ...fixture.stores, items: [], topicItems: topicRecords(fixture.stores.items) };
  return new Promise((resolvePromise, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [store, { keyPath, indexes }] of Object.entries(stores)) {
        const objectStore = db.createObjectStore(store, { keyPath });
        for (const [indexName, path] of indexes) objectStore.createIndex(indexName, path);
      }
      if (extraStore) db.createObjectStore(extraStore, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      const tx = db.transaction(Object.keys(stores), 'readwrite');
      for (const store of Object.keys(stores)) for (const record of records[store] ?? []) tx.objectStore(store).put(record);
      tx.oncomplete = () => (db.close(), resolvePromise());
      tx.onerror = () => reject(tx.error);
    };
    request.onerror = () => reject(request.error);
  });
}

const rawVersion = (name: string) =>
  new Promise<number>((resolvePromise) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => (resolvePromise(request.result.version), request.result.close());
  });

describe('database versions', () => {
  it('opens a database written by version 1, upgrades it (dialogues by role, items by topic) and finds all data', async () => {
    const name = `v1-${Math.random()}`;
    await writeRawDatabase(name, fixture.idbVersion, 'v1');
    const { db, readOnly } = await openSamtaleDatabase(name);
    expect(readOnly).toBe(false);
    expect(await db.dialogues.count()).toBe(fixture.stores.dialogues.length);
    expect(await itemTable(db).count()).toBe(fixture.stores.items.length);
    const dialogueId = fixture.stores.items[0]!.dialogueId as string;
    expect(await itemTable(db).ofDialogue(dialogueId)).toHaveLength(fixture.stores.items.filter((i) => i.dialogueId === dialogueId).length);
    expect((await itemTable(db).ofDialogue(dialogueId)).filter((item) => item.kind === 'plan')).toHaveLength(2);
    // Versions 3 and 4: every item, as it was, in its dialogue's topic record; the store of single items is gone.
    expect(await itemTable(db).toArray()).toEqual([...fixture.stores.items].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1)));
    expect(await db.topicItems.count()).toBe(topicRecords(fixture.stores.items).length);
    expect(db.backendDB().objectStoreNames.contains('items')).toBe(false);
    expect((await readPreferences(db))?.myName).toBe('Kari');
    // Version 2's index, built from version 1's records.
    expect(await ownDialogues(db)).toHaveLength(fixture.stores.dialogues.filter((d) => d.role === 'employee').length);
    expect(await db.dialogues.where('role').equals('manager').count()).toBe(fixture.stores.dialogues.filter((d) => d.role === 'manager').length);
    expect(await rawVersion(name)).toBe(50);
    db.close();
  });

  it('upgrades version 4: a question the employee shared, taken in as a point and never edited, is her mark again (issue #28)', async () => {
    const name = `v4-${Math.random()}`;
    const manager = fixture.stores.dialogues.find((d) => d.role === 'manager')!;
    const at = '2026-11-20T10:00:00.000Z';
    // What version 4 stored after "Add 4 points" from Kari's file: her marks as points with the question's text.
    const taken = (id: string, topicId: string, sourceId: string, text: string, updatedAt = at) => ({
      id, dialogueId: manager.id, topicId, kind: 'point', text, sealed: null, sensitive: false, shared: true,
      origin: { by: 'Kari Nordmann', sourceId }, createdAt: at, updatedAt,
    });
    const records = [
      { dialogueId: manager.id, topicId: 't2', items: [
        taken('mark-1', 't2', 't2-q03', 'Alternatively: Do you want it to be clearer?'),
        taken('edited', 't2', 't2-q05', 'To what extent are you satisfied — and my own words', '2026-11-21T09:00:00.000Z'),
        taken('her-point', 't2', '6f1c1d7e-8e55-4a43-9b7e-2f0a4c1d2e33', 'More time for research'),
      ] },
      { dialogueId: manager.id, topicId: 't3', items: [taken('mark-2', 't3', 't3-q01', 'How do you experience the management?')] },
    ];
    await writeRawDatabase(name, 40, 'v4');
    await new Promise<void>((resolvePromise, reject) => {
      const request = indexedDB.open(name, 40);
      request.onsuccess = () => {
        const tx = request.result.transaction('topicItems', 'readwrite');
        for (const record of records) tx.objectStore('topicItems').put(record);
        tx.oncomplete = () => (request.result.close(), resolvePromise());
        tx.onerror = () => reject(tx.error);
      };
    });
    const { db } = await openSamtaleDatabase(name);
    const dialogue = (await db.dialogues.get(manager.id as string))!;
    expect([...dialogue.otherMarkedQuestionIds].sort()).toEqual(['t2-q03', 't3-q01']);
    const items = await itemTable(db).ofDialogue(manager.id as string);
    // The edited one and her own point stay, hers by their origin; the marks are marks, not points.
    expect(items.filter((item) => item.origin !== null).map((item) => item.id).sort()).toEqual(['edited', 'her-point']);
    expect(await db.topicItems.get([manager.id as string, 't3'])).toBeUndefined();
    // The other dialogue, with nothing taken in, has no marks of the other party.
    const employee = fixture.stores.dialogues.find((d) => d.role === 'employee')!;
    expect((await db.dialogues.get(employee.id as string))!.otherMarkedQuestionIds).toEqual([]);
    expect(await rawVersion(name)).toBe(50);
    db.close();
  });

  it('opens a database written by a newer version read-only, shows its data, and never writes to it', async () => {
    const name = `newer-${Math.random()}`;
    await writeRawDatabase(name, 60, 'v4', 'somethingNew');
    const { db, readOnly } = await openSamtaleDatabase(name);
    expect(readOnly).toBe(true);
    const store = createStore(async () => ({ db, readOnly }), { debounceMs: 5 });
    await store.start();
    expect(store.problem.value).toEqual({ kind: 'readOnly' });
    await expect.poll(() => store.dialogues.value.length).toBe(fixture.stores.dialogues.length);

    const before = await createBackup(db, null, new Date(0));
    store.navigate({ name: 'dialogue', dialogueId: fixture.stores.dialogues[0]!.id as string, topicIndex: 0 });
    await expect.poll(() => store.openDialogue.value !== null).toBe(true);
    const item = store.openDialogue.value!.items[0]!;
    expect(store.editItem(item, { text: 'overwritten' })).toBe(false);
    await store.deleteDialogue(fixture.stores.dialogues[0]!.id as string);
    await store.savePreferences({ myName: 'changed' });
    await store.flush();
    expect(await createBackup(db, null, new Date(0))).toBe(before);
    // A backup still rescues the notes.
    expect(JSON.parse(before).data.items).toHaveLength(fixture.stores.items.length);
    store.stop();
    db.close();
    expect(await rawVersion(name)).toBe(60);
  });
});
