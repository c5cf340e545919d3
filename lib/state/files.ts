import type { Preferences } from '../domain/schema';
import type { BackupData } from '../files/backup';
import type { Connection } from './connection';
import type { Drafts } from './drafts';
import type { LockSession } from './lock-session';
import type { NoteSearch } from './note-search';
import type { PreferencesSlice } from './preferences';
import type { Problems } from './problems';
import type { Router } from './router';

const backupCode = () => import('../files/backup');
const restoreCode = () => import('../files/restore');

export interface FilesDeps {
  connection: Connection;
  problems: Problems;
  drafts: Pick<Drafts, 'flush' | 'clear'>;
  preferences: Pick<PreferencesSlice, 'stored' | 'record'>;
  lock: Pick<LockSession, 'key' | 'forgetKey'>;
  search: Pick<NoteSearch, 'reset'>;
  router: Pick<Router, 'route' | 'navigate'>;
}

/** The backup: saving one, checking and restoring one (fitted to this browser's lock), and deleting everything. */
export function createFiles(deps: FilesDeps) {
  const { connection, problems, preferences } = deps;
  /** A checked backup, fitted to the lock as it was then (a restore applies only under that same lock). */
  let pendingRestore: { data: BackupData; fittedTo: Preferences['lock'] } | null = null;

  return {
    /** A backup of everything, as the text of the file; remembers when, for the backup reminder. */
    async backup(passphrase: string | null): Promise<string | undefined> {
      await deps.drafts.flush();
      const { createBackup } = await backupCode();
      let text: string;
      try {
        text = await createBackup(await connection.opened, passphrase);
      } catch (error) {
        problems.show(error);
        return undefined;
      }
      // A read-only database still gives its backup; only the date of it is not written there.
      if (!connection.isReadOnly()) await connection.guard((db) => db.settings.put(preferences.record({ lastBackupAt: new Date().toISOString() })));
      return text;
    },

    /** Checks a backup and fits it to this browser's lock (which a restore never changes); nothing is written yet. */
    async checkRestore(text: string, passphrase: string | null, lockPassphrase: string | null = null, restoreTheRest = false) {
      const [{ parseBackup }, { fitRestoreToLock, planRestore }] = await Promise.all([backupCode(), restoreCode()]);
      pendingRestore = null;
      const parsed = await parseBackup(text, passphrase);
      // A backup damaged in some records: its valid rest is restored only when the user asks for it.
      if (!parsed.ok && !(parsed.salvage && restoreTheRest)) return { ok: false as const, problem: parsed.problem, leftOut: parsed.salvage?.leftOut };
      const data = parsed.ok ? parsed.data : parsed.salvage!.data;
      const leftOut = parsed.ok ? [] : parsed.salvage!.leftOut;
      const lock = preferences.stored.value.lock;
      const fitted = await fitRestoreToLock(data, { lock, key: deps.lock.key() }, lockPassphrase);
      if (!fitted.ok) return { ok: false as const, problem: fitted.problem, leftOut: undefined };
      pendingRestore = { data: fitted.data, fittedTo: lock };
      return { ok: true as const, plan: await planRestore(await connection.opened, fitted.data), lock: fitted.lock, leftOut };
    },

    /** Writes the checked backup; `onProgress` hears how many of its records are written (a large one takes a while). */
    async applyRestore(onProgress?: (written: number, total: number) => void): Promise<boolean> {
      if (!pendingRestore) return false;
      const { data, fittedTo } = pendingRestore;
      await deps.drafts.flush();
      const { applyRestore } = await restoreCode();
      // Fitted to this browser's lock when checked (checkRestore): a lock turned on or off since refuses it.
      if (JSON.stringify(fittedTo) !== JSON.stringify(preferences.stored.value.lock)) {
        pendingRestore = null;
        return false;
      }
      const done = await connection.guard(async (db) => (await applyRestore(db, data, onProgress), true));
      pendingRestore = null;
      // A restored dialogue may keep its updatedAt with other notes: the index starts again.
      deps.search.reset();
      return done ?? false;
    },

    async deleteAllData(): Promise<boolean> {
      await deps.drafts.flush();
      deps.drafts.clear();
      const { deleteAllData } = await restoreCode();
      const done = await connection.guard(async (db) => (await deleteAllData(db), true));
      deps.lock.forgetKey();
      deps.search.reset();
      const route = deps.router.route.value;
      if ('dialogueId' in route || 'personId' in route) deps.router.navigate({ name: 'home' });
      return done ?? false;
    },
  };
}
