import { beforeAll, describe, expect, it } from 'vitest';
import { createBackup, parseBackup, readAllData, type BackupData } from '../../lib/files/backup';
import { applyRestore, fitRestoreToLock } from '../../lib/files/restore';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { buildItem } from '../../lib/domain/dialogues';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { createLock, sealItem, unsealItem } from '../../lib/security/lock';
import type { Item, Preferences } from '../../lib/domain/schema';
import { DEFAULT_PREFERENCES } from '../../lib/domain/constants';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';

/** Issue #16: a restore never changes this browser's lock, and never leaves a note that cannot be opened. */
async function databaseWithNote(text: string): Promise<{ db: SamtaleDatabase; dialogueId: string }> {
  const db = await freshDatabase();
  const dialogue = await createDialogue(db, sampleDialogueInput());
  await itemTable(db).add(buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text }));
  return { db, dialogueId: dialogue.id };
}

async function backupOf(db: SamtaleDatabase): Promise<BackupData> {
  const parsed = await parseBackup(await createBackup(db, null));
  if (!parsed.ok) throw new Error('expected a valid backup');
  return parsed.data;
}

const texts = async (db: SamtaleDatabase, key: CryptoKey | null) =>
  (await Promise.all((await itemTable(db).toArray()).map((item) => (item.sealed && key ? unsealItem(key, item) : item)))).map((item: Item) => item.text).sort();

let here: Awaited<ReturnType<typeof createLock>>;
let there: Awaited<ReturnType<typeof createLock>>;
beforeAll(async () => {
  [here, there] = await Promise.all([createLock('the passphrase here'), createLock('the passphrase there')]);
});

const withLock = (lock: Preferences['lock']): Preferences => ({ ...DEFAULT_PREFERENCES, lock });

describe('a restore and the lock', () => {
  it('seals an older plain backup under the lock turned on since, and keeps the note written under the lock', async () => {
    const { db, dialogueId } = await databaseWithNote('Before the lock');
    const older = await backupOf(db);
    // The lock goes on; a note is written under it.
    await db.settings.put({ key: 'preferences', value: withLock(here.settings) });
    for (const item of await itemTable(db).toArray()) await itemTable(db).put(await sealItem(here.key, item));
    await itemTable(db).add(await sealItem(here.key, buildItem({ kind: 'point', dialogueId, topicId: 't4', text: 'Written under the lock' })));

    const fitted = await fitRestoreToLock(older, { lock: here.settings, key: here.key }, null);
    expect(fitted.ok).toBe(true);
    if (!fitted.ok) return;
    expect(fitted.lock).toEqual({ lockOn: true, reopened: 0 });
    expect(fitted.data.items.every((item) => item.sealed !== null && item.text === '')).toBe(true);
    await applyRestore(db, fitted.data);
    const after = await readAllData(db);
    expect(after.preferences?.lock).toEqual(here.settings);
    expect(await texts(db, here.key)).toEqual(['Before the lock', 'Written under the lock']);
  });

  it('opens a backup locked in another browser with that lock’s passphrase, and locks it again under this one', async () => {
    const { db: elsewhere } = await databaseWithNote('Locked elsewhere');
    await elsewhere.settings.put({ key: 'preferences', value: withLock(there.settings) });
    for (const item of await itemTable(elsewhere).toArray()) await itemTable(elsewhere).put(await sealItem(there.key, item));
    const backup = await backupOf(elsewhere);

    const current = { lock: here.settings, key: here.key };
    expect(await fitRestoreToLock(backup, current, null)).toMatchObject({ ok: false, problem: { kind: 'lockPassphraseNeeded' } });
    expect(await fitRestoreToLock(backup, current, 'the passphrase here')).toMatchObject({ ok: false, problem: { kind: 'wrongLockPassphrase' } });
    const fitted = await fitRestoreToLock(backup, current, 'the passphrase there');
    expect(fitted.ok && fitted.lock).toEqual({ lockOn: true, reopened: 1 });
    if (!fitted.ok) return;
    const target = await freshDatabase();
    await target.settings.put({ key: 'preferences', value: withLock(here.settings) });
    await applyRestore(target, fitted.data);
    expect((await readAllData(target)).preferences?.lock).toEqual(here.settings);
    expect(await texts(target, here.key)).toEqual(['Locked elsewhere']);
  });

  it('restores a locked backup into a browser without the lock as plain notes, the lock staying off', async () => {
    const { db: elsewhere } = await databaseWithNote('Locked elsewhere');
    await elsewhere.settings.put({ key: 'preferences', value: withLock(there.settings) });
    for (const item of await itemTable(elsewhere).toArray()) await itemTable(elsewhere).put(await sealItem(there.key, item));
    const fitted = await fitRestoreToLock(await backupOf(elsewhere), { lock: null, key: null }, 'the passphrase there');
    expect(fitted.ok && fitted.lock).toEqual({ lockOn: false, reopened: 1 });
    if (!fitted.ok) return;
    expect(fitted.data.preferences?.lock).toBeNull();
    expect(fitted.data.items.map((item) => [item.text, item.sealed])).toEqual([['Locked elsewhere', null]]);
  });

  it('refuses locked notes without the lock that opens them, and a restore while this panel is locked', async () => {
    const { db } = await databaseWithNote('Locked');
    for (const item of await itemTable(db).toArray()) await itemTable(db).put(await sealItem(there.key, item));
    const backup = await backupOf(db);
    expect(await fitRestoreToLock(backup, { lock: null, key: null }, 'anything')).toMatchObject({ ok: false, problem: { kind: 'sealedWithoutLock' } });
    expect(await fitRestoreToLock(backup, { lock: here.settings, key: null }, null)).toMatchObject({ ok: false, problem: { kind: 'panelLocked' } });
  });
});
