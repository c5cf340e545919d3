import { afterEach, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createStore, type Store } from '../../lib/state/store';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { until } from './slice-helpers';


let db: SamtaleDatabase;
let store: Store;
beforeEach(async () => {
  db = await freshDatabase();
  store = createStore(async () => ({ db, readOnly: false }), { debounceMs: 20, maxWaitMs: 100 });
  await store.start();
});
afterEach(() => store.stop());

async function openNewDialogue() {
  await store.createDialogue(sampleDialogueInput());
  await until(() => store.openDialogue.value !== null);
  return store.openDialogue.value!;
}

describe('the side panel store', () => {
  it('opens a new dialogue at topic 1 and lists it', async () => {
    const open = await openNewDialogue();
    expect(store.route.value).toEqual({ name: 'dialogue', dialogueId: open.dialogue.id, topicIndex: 0 });
    await until(() => store.dialogues.value.length === 1);
  });

  it('shows an edit at once and writes it; the item keeps its id from the first keystroke', async () => {
    await openNewDialogue();
    const before = store.singleItem('answer', 't2', { questionId: 't2-q01', sensitive: false }, 't2-q01');
    expect(store.singleItem('answer', 't2', { questionId: 't2-q01', sensitive: false }, 't2-q01').id).toBe(before.id);
    store.editItem(before, { text: 'I' });
    store.editItem(before, { text: 'I want' });
    expect(store.singleItem('answer', 't2', { questionId: 't2-q01', sensitive: false }, 't2-q01').text).toBe('I want');
    expect(store.saveState.value.kind).toBe('pending');
    await store.flush();
    expect(store.saveState.value.kind).toBe('saved');
    expect(await itemTable(db).get(before.id)).toMatchObject({ text: 'I want', questionId: 't2-q01', kind: 'answer' });
  });

  it('never shows older text while a newer edit is waiting', async () => {
    await openNewDialogue();
    const item = store.singleItem('selfAssessment', 't1', {}, 't1');
    store.editItem(item, { text: 'ab' });
    await store.flush();
    store.editItem(item, { text: 'abc' });
    await until(() => store.saveState.value.kind === 'saved');
    expect(store.singleItem('selfAssessment', 't1', {}, 't1').text).toBe('abc');
    expect((await itemTable(db).get(item.id))!.text).toBe('abc');
  });

  it('refuses text over the limit with a message and keeps what was there', async () => {
    await openNewDialogue();
    const item = store.singleItem('selfAssessment', 't1', {}, 't1');
    store.editItem(item, { text: 'kept' });
    await store.flush();
    expect(store.editItem(item, { text: 'x'.repeat(100_001) })).toBe(false);
    expect(store.problem.value?.kind).toBe('textTooLong');
    expect(store.singleItem('selfAssessment', 't1', {}, 't1').text).toBe('kept');
  });

  it('shows a failed write, keeps the text on screen, and saves it on retry', async () => {
    await openNewDialogue();
    const item = store.singleItem('selfAssessment', 't1', {}, 't1');
    // The disk is full: IndexedDB refuses the write itself (the save goes below Dexie, see direct-write.ts).
    const storePrototype = Object.getPrototypeOf(db.backendDB().transaction('topicItems').objectStore('topicItems')) as IDBObjectStore;
    const originalPut = storePrototype.put;
    let failing = true;
    storePrototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (failing) throw new DOMException('disk full', 'QuotaExceededError');
      return originalPut.apply(this, args);
    };
    onTestFinished(() => void (storePrototype.put = originalPut));
    store.editItem(item, { text: 'important words' });
    await store.flush();
    expect(store.saveState.value.kind).toBe('error');
    expect(store.problem.value).toMatchObject({ kind: 'saveFailed', quota: true });
    expect(store.singleItem('selfAssessment', 't1', {}, 't1').text).toBe('important words');
    failing = false;
    store.retrySaving();
    await store.flush();
    expect(store.saveState.value.kind).toBe('saved');
    expect((await itemTable(db).get(item.id))!.text).toBe('important words');
  });

  it('sees a change written by another panel', async () => {
    const open = await openNewDialogue();
    const other = createStore(async () => ({ db, readOnly: false }), { debounceMs: 5 });
    await other.start();
    other.navigate({ name: 'dialogue', dialogueId: open.dialogue.id, topicIndex: 0 });
    await until(() => other.openDialogue.value !== null);
    const point = await other.addItem({ kind: 'point', dialogueId: open.dialogue.id, topicId: 't3' });
    other.editItem(point!, { text: 'from the other window' });
    await other.flush();
    await until(() => store.openDialogue.value!.items.some((i) => i.text === 'from the other window'));
    other.stop();
  });

  it('goes back to the list when the open dialogue is deleted', async () => {
    const open = await openNewDialogue();
    await store.deleteDialogue(open.dialogue.id);
    expect(store.route.value.name).toBe('home');
    expect(await db.dialogues.count()).toBe(0);
  });

  it('shows a clear problem when the database cannot be opened', async () => {
    const broken = { open: () => Promise.reject(new Error('blocked by the browser')) } as unknown as SamtaleDatabase;
    const failing = createStore(async () => ({ db: broken, readOnly: false }));
    await failing.start();
    expect(failing.problem.value).toMatchObject({ kind: 'databaseUnavailable' });
  });
});

describe('the institution policy', () => {
  it('does not hold up the panel while the browser is slow to give it; applies the last one at once and the new one when it comes', async () => {
    const policyDb = await freshDatabase();
    let saved: unknown = { guideUrl: 'https://intranet.example/old-guide' };
    let givePolicy: (raw: unknown) => void = () => undefined;
    const slow = createStore(async () => ({ db: policyDb, readOnly: false }), {
      loadPolicy: () => new Promise((resolve) => (givePolicy = resolve)),
      policyMemory: { load: () => saved, save: (raw) => (saved = raw) },
    });
    await slow.start();
    expect(slow.ready.value).toBe(true);
    expect(slow.policy.value.guideUrl).toBe('https://intranet.example/old-guide');
    givePolicy({ language: 'nb', lockLanguage: true });
    await until(() => slow.policy.value.language === 'nb');
    expect(slow.policy.value.guideUrl).toBeUndefined();
    expect(saved).toEqual({ language: 'nb', lockLanguage: true });
    expect(slow.preferences.value.language).toBe('nb');
    slow.stop();
  });
});

describe('the first screen', () => {
  it('reads only the user’s own dialogues first; every dialogue and the employees once asked or idle', async () => {
    const firstDb = await freshDatabase();
    const { createDialogue } = await import('../../lib/storage/dialogue-records');
    const { savePerson } = await import('../../lib/storage/manager-records');
    const personId = await savePerson(firstDb, { name: 'Anne Berg', staffCategory: 'academic', turned60: false });
    await createDialogue(firstDb, sampleDialogueInput());
    await createDialogue(firstDb, sampleDialogueInput({ role: 'manager', employeeId: personId, employeeName: 'Anne Berg' }));
    const first = createStore(async () => ({ db: firstDb, readOnly: false }));
    await first.start();
    expect(first.ready.value).toBe(true);
    expect(first.dialogues.value.map((dialogue) => dialogue.role)).toEqual(['employee']);
    expect(first.everythingRead.value).toBe(false);
    first.readEverything();
    await until(() => first.everythingRead.value);
    expect(first.dialogues.value.map((dialogue) => dialogue.role).sort()).toEqual(['employee', 'manager']);
    expect(first.people.value.map((person) => person.name)).toEqual(['Anne Berg']);
    first.stop();
  });
});

describe('the remembered first screen', () => {
  /** A Storage in memory, as the panel's localStorage. */
  function memoryStorage(): Storage {
    const values = new Map<string, string>();
    return {
      get length() {
        return values.size;
      },
      clear: () => values.clear(),
      getItem: (key) => values.get(key) ?? null,
      key: (index) => [...values.keys()][index] ?? null,
      removeItem: (key) => void values.delete(key),
      setItem: (key, value) => void values.set(key, String(value)),
    };
  }

  it('draws the records the last panel read before the database opens, then shows and keeps what the database says', async () => {
    const { localFirstScreenMemory } = await import('../../lib/state/view-memory');
    const storage = memoryStorage();
    const memoryDb = await freshDatabase();
    const { createDialogue, deleteDialogue } = await import('../../lib/storage/dialogue-records');
    const kept = await createDialogue(memoryDb, sampleDialogueInput({ managerName: 'Kari Nordmann' }));
    const gone = await createDialogue(memoryDb, sampleDialogueInput({ managerName: 'Ola Hansen' }));
    await memoryDb.settings.put({ key: 'preferences', value: { myName: 'Per', language: 'nb', panelEverywhere: false, remindersEnabled: false, lastBackupAt: null, lock: null, autoLockMinutes: 10 } });
    const first = createStore(async () => ({ db: memoryDb, readOnly: false }), { firstScreenMemory: localFirstScreenMemory(storage) });
    expect(first.ready.value).toBe(false);
    await first.start();
    await until(() => localFirstScreenMemory(storage).load() !== null);
    first.stop();

    // Changed behind the panels' back (as by a restore in another window): the memory is older than the database.
    await deleteDialogue(memoryDb, gone.id);
    let openDatabase: (() => void) | null = null;
    const second = createStore(
      () => new Promise((resolve) => (openDatabase = () => resolve({ db: memoryDb, readOnly: false }))),
      { firstScreenMemory: localFirstScreenMemory(storage) },
    );
    expect(second.ready.value).toBe(true);
    expect(second.dialogues.value.map((dialogue) => dialogue.managerName).sort()).toEqual(['Kari Nordmann', 'Ola Hansen']);
    expect(second.preferences.value).toMatchObject({ myName: 'Per', language: 'nb' });
    // An action before the database has opened waits for it (and is not lost).
    const starting = second.start();
    let createdYet = false;
    const created = second.createDialogue(sampleDialogueInput({ managerName: 'Eva Lie' })).then(() => (createdYet = true));
    // The database is asked for once the first screen is drawn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(openDatabase).toBeNull();
    second.firstScreenDrawn();
    await until(() => openDatabase !== null);
    expect(createdYet).toBe(false);
    openDatabase!();
    await starting;
    await created;
    await until(() => second.dialogues.value.length === 2);
    expect(second.dialogues.value.map((dialogue) => dialogue.managerName).sort()).toEqual(['Eva Lie', 'Kari Nordmann']);
    await until(() => localFirstScreenMemory(storage).load()?.ownDialogues.length === 2);
    expect(localFirstScreenMemory(storage).load()!.ownDialogues.map((dialogue) => dialogue.id)).toContain(kept.id);
    second.stop();
  });

  it('is not used for a reopened dialogue, under an institution’s remembered policy, or when written by another schema version', async () => {
    const { localFirstScreenMemory } = await import('../../lib/state/view-memory');
    const records = { ownDialogues: [], guideRecords: [], preferences: null };
    const remembering = (storage: Storage) => {
      const memory = localFirstScreenMemory(storage);
      memory.save(records);
      return memory;
    };
    const dialogueRoute = { load: () => ({ name: 'dialogue' as const, dialogueId: 'd1', topicIndex: 0 }), save: () => undefined };
    const never = async (): Promise<never> => new Promise(() => undefined);
    expect(createStore(never, { firstScreenMemory: remembering(memoryStorage()) }).ready.value).toBe(true);
    expect(createStore(never, { firstScreenMemory: remembering(memoryStorage()), viewMemory: dialogueRoute }).ready.value).toBe(false);
    const policyMemory = { load: () => ({ language: 'nb' }), save: () => undefined };
    expect(createStore(never, { firstScreenMemory: remembering(memoryStorage()), policyMemory }).ready.value).toBe(false);

    const storage = memoryStorage();
    storage.setItem('samtale.firstScreen', JSON.stringify({ schemaVersion: 99, ...records }));
    expect(localFirstScreenMemory(storage).load()).toBeNull();
    storage.setItem('samtale.firstScreen', '{"schemaVersion": 2, "ownDialogues": "not a list"');
    expect(localFirstScreenMemory(storage).load()).toBeNull();
    // The same records again are not written again (each write lengthens the log the browser reads at start).
    const writes: string[] = [];
    const counting = memoryStorage();
    const setItem = counting.setItem;
    counting.setItem = (key, value) => (writes.push(key), setItem(key, value));
    remembering(counting);
    remembering(counting);
    expect(writes).toEqual(['samtale.firstScreen']);
    // Too much to be worth it (a person's own dialogues are a few): nothing is kept, and nothing stale stays.
    const memory = remembering(storage);
    memory.save({ ...records, ownDialogues: [{ note: 'x'.repeat(250_000) }] as never });
    expect(storage.getItem('samtale.firstScreen')).toBeNull();
  });
});
