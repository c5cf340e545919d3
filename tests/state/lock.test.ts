import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readAllData } from '../../lib/files/backup';
import { canonicalJson } from '../../lib/files/restore';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createStore, type Store } from '../../lib/state/store';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { until } from './slice-helpers';


const SECRET = 'I am thinking about leaving – æøå 😬';
let db: SamtaleDatabase;
let store: Store;

async function writeNote(text: string) {
  const item = store.singleItem('selfAssessment', 't1', {}, 't1');
  store.editItem(item, { text });
  await store.flush();
  await until(() => store.singleItem('selfAssessment', 't1', {}, 't1').text === text);
  return item.id;
}

const rawText = async () => JSON.stringify(await itemTable(db).toArray());

beforeEach(async () => {
  db = await freshDatabase();
  store = createStore(async () => ({ db, readOnly: false }), { debounceMs: 5, maxWaitMs: 20 });
  await store.start();
  await store.createDialogue(sampleDialogueInput());
  await until(() => store.openDialogue.value !== null);
});
afterEach(() => store.stop());

describe('the lock', () => {
  it('stores no note in plain text once on, shows nothing while locked, and opens with the passphrase only', async () => {
    await writeNote(SECRET);
    expect(await rawText()).toContain('thinking about leaving');
    expect(await store.lock.enable('a long passphrase')).toBe(true);
    expect(await rawText()).not.toContain('thinking about leaving');
    expect(store.singleItem('selfAssessment', 't1', {}, 't1').text).toBe(SECRET);

    // Written while open: sealed too.
    await writeNote(`${SECRET} – and more`);
    expect(await rawText()).not.toContain('and more');

    await store.lock.lockNow();
    expect(store.lock.state.value).toBe('locked');
    await until(() => store.singleItem('selfAssessment', 't1', {}, 't1').text === '');
    const before = canonicalJson(await readAllData(db));
    expect(await store.lock.unlock('wrong passphrase')).toBe(false);
    expect(store.lock.state.value).toBe('locked');
    expect(canonicalJson(await readAllData(db))).toBe(before);
    expect(store.editItem(store.singleItem('selfAssessment', 't1', {}, 't1'), { text: 'overwrite while locked' })).toBe(false);

    expect(await store.lock.unlock('a long passphrase')).toBe(true);
    await until(() => store.singleItem('selfAssessment', 't1', {}, 't1').text === `${SECRET} – and more`);
  });

  it('turns off again, writing every note back in plain text', async () => {
    await writeNote(SECRET);
    await store.lock.enable('a long passphrase');
    expect(await store.lock.disable()).toBe(true);
    expect(store.lock.state.value).toBe('off');
    const items = await itemTable(db).toArray();
    expect(items.every((item) => item.sealed === null)).toBe(true);
    expect(items.map((item) => item.text)).toContain(SECRET);
  });

  it('locks itself after the chosen time without use', async () => {
    await store.savePreferences({ autoLockMinutes: 1 });
    await store.lock.enable('a long passphrase');
    const realSetTimeout = globalThis.setTimeout;
    let scheduled: (() => void) | undefined;
    globalThis.setTimeout = ((callback: () => void, ms: number) => (ms === 60_000 ? ((scheduled = callback), 0) : realSetTimeout(callback, ms))) as typeof setTimeout;
    store.lock.noteActivity();
    globalThis.setTimeout = realSetTimeout;
    expect(scheduled).toBeDefined();
    scheduled!();
    await until(() => store.lock.state.value === 'locked');
  });

  it('hands the background only sealed drafts while the lock is on', async () => {
    await store.lock.enable('a long passphrase');
    // A panel whose write has not run yet (as while typing): what it holds is what the background would get. (With
    // the suite's 5 ms debounce the draft could be written and dropped before the test looked.)
    const dialogueId = store.openDialogue.value!.dialogue.id;
    store.stop();
    store = createStore(async () => ({ db, readOnly: false }), { debounceMs: 60_000, maxWaitMs: 60_000 });
    await store.start();
    await store.lock.unlock('a long passphrase');
    store.navigate({ name: 'dialogue', dialogueId, topicIndex: 0 });
    await until(() => store.openDialogue.value !== null);
    const item = store.singleItem('selfAssessment', 't1', {}, 't1');
    store.editItem(item, { text: SECRET });
    await until(() => store.pendingDrafts().length === 1);
    expect(JSON.stringify(store.pendingDrafts())).not.toContain('thinking about leaving');
    expect(store.pendingDrafts()[0]!.changes.sealed).toBeTruthy();
  });
});
