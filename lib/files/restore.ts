import { readAllData, type BackupData, type BackupProblem } from './backup';
import type { SamtaleDatabase } from '../storage/db';
import { writeAllOrNothing } from '../storage/bulk-write';
import { mergeIntoStored } from '../storage/topic-merge';
import { topicRecordsOf, type TopicItems } from '../storage/topic-records';
import type { Dialogue, Item, Person, Preferences } from '../domain/schema';

/*
 * Restoring a checked backup (lib/files/backup.ts reads and checks it): what it would change, fitted to this
 * browser's lock, then written all or nothing. Deleting everything is here too: the other way to start again.
 */

/** JSON with object keys sorted: the same record gives the same text whatever order its keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

export interface RestorePlan {
  added: { dialogues: number; items: number; people: number };
  updated: { dialogues: number; items: number; people: number };
  unchanged: number;
  preferences: boolean;
}

/** What restoring would change: records new to this browser, records that differ, records already the same. */
export async function planRestore(db: SamtaleDatabase, data: BackupData): Promise<RestorePlan> {
  const current = await readAllData(db);
  const plan: RestorePlan = { added: { dialogues: 0, items: 0, people: 0 }, updated: { dialogues: 0, items: 0, people: 0 }, unchanged: 0, preferences: false };
  const compare = (kind: 'dialogues' | 'items' | 'people', incoming: Array<{ id: string }>, existing: Array<{ id: string }>) => {
    const byId = new Map(existing.map((record) => [record.id, canonicalJson(record)]));
    for (const record of incoming) {
      const before = byId.get(record.id);
      if (before === undefined) plan.added[kind]++;
      else if (before !== canonicalJson(record)) plan.updated[kind]++;
      else plan.unchanged++;
    }
  };
  compare('dialogues', data.dialogues, current.dialogues);
  compare('items', data.items, current.items);
  compare('people', data.people, current.people);
  plan.preferences = data.preferences !== null && canonicalJson(data.preferences) !== canonicalJson(current.preferences);
  return plan;
}

/**
 * Writes every record of the backup (adding and updating; nothing else is deleted), all or nothing, saying how far
 * it has come (lib/storage/bulk-write.ts: a batch at a time, the panel free between batches).
 */
export async function applyRestore(db: SamtaleDatabase, data: BackupData, onProgress?: (written: number, total: number) => void): Promise<void> {
  const preferences = data.preferences ? [{ key: 'preferences', value: data.preferences as Preferences }] : [];
  await writeAllOrNothing(
    db,
    [
      { table: 'people', records: data.people },
      { table: 'dialogues', records: data.dialogues },
      { table: 'topicItems', records: topicRecordsOf(data.items as Item[]), mergeWithStored: (stored, incoming) => mergeIntoStored(stored as TopicItems[], incoming as TopicItems[]), weight: (record) => (record as TopicItems).items.length },
      { table: 'settings', records: preferences },
    ],
    onProgress,
  );
}

/** Deletes everything Samtale stores in this browser. */
export async function deleteAllData(db: SamtaleDatabase): Promise<void> {
  await db.transaction('rw', db.dialogues, db.topicItems, db.people, db.settings, async () => {
    await Promise.all([db.dialogues.clear(), db.topicItems.clear(), db.people.clear(), db.settings.clear()]);
  });
}

export type RestoreLockProblem = { kind: 'lockPassphraseNeeded' } | { kind: 'wrongLockPassphrase' } | { kind: 'sealedWithoutLock' } | { kind: 'panelLocked' };

/** What a restore does with the lock: it stays as it is in this browser; the backup's locked notes are opened and locked again. */
export interface RestoreLockOutcome {
  /** The lock is on in this browser (and stays on): every restored note is stored sealed under its key. */
  lockOn: boolean;
  /** Notes the backup held locked under another passphrase, opened with it. */
  reopened: number;
}

const sameLockSettings = (a: Preferences['lock'], b: Preferences['lock']) => a !== null && b !== null && a.salt === b.salt && a.verifier.data === b.verifier.data;

/**
 * Fits a backup's records to this browser's lock before anything is written (issue #16: a restore used to replace
 * the lock with the backup's, which left notes sealed under this browser's lock unreadable for good). The lock of
 * this browser never changes by a restore: notes the backup holds sealed under another lock are opened with that
 * lock's passphrase, and with the lock on here every restored note is sealed under this browser's key. Whatever
 * cannot be opened refuses the restore, which then changes nothing.
 */
export async function fitRestoreToLock(
  data: BackupData,
  current: { lock: Preferences['lock']; key: CryptoKey | null },
  lockPassphrase: string | null,
): Promise<{ ok: true; data: BackupData; lock: RestoreLockOutcome } | { ok: false; problem: RestoreLockProblem | BackupProblem }> {
  const { hasPlaintext, sealItem, unlockKey, unsealItem } = await import('../security/lock');
  if (current.lock && !current.key) return { ok: false, problem: { kind: 'panelLocked' } };
  const backupLock = data.preferences?.lock ?? null;
  const foreignSealed = data.items.some((item) => item.sealed) && !sameLockSettings(backupLock, current.lock);
  let backupKey: CryptoKey | null = null;
  if (foreignSealed) {
    if (!backupLock) return { ok: false, problem: { kind: 'sealedWithoutLock' } };
    if (!lockPassphrase) return { ok: false, problem: { kind: 'lockPassphraseNeeded' } };
    const opened = await unlockKey(backupLock, lockPassphrase);
    opened?.bytes.fill(0);
    backupKey = opened?.key ?? null;
    if (!backupKey) return { ok: false, problem: { kind: 'wrongLockPassphrase' } };
  }
  let reopened = 0;
  const items: Item[] = [];
  for (const item of data.items as Item[]) {
    let fitted = item;
    if (item.sealed && backupKey) {
      try {
        fitted = await unsealItem(backupKey, item);
      } catch {
        return { ok: false, problem: { kind: 'invalid', detail: `the locked note ${item.id} cannot be opened` } };
      }
      reopened++;
    }
    if (current.key && !fitted.sealed && hasPlaintext(fitted)) fitted = await sealItem(current.key, fitted);
    items.push(fitted);
  }
  const preferences = data.preferences ? { ...data.preferences, lock: current.lock } : null;
  return { ok: true, data: { ...data, items, preferences }, lock: { lockOn: current.lock !== null, reopened } };
}
