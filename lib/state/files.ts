import type { Preferences } from '../domain/schema';
import type { BackupData } from '../files/backup';
import type { RestoreCheckResult, RestoreRequest } from '../files/restore-check';
import type { RestoreWorkerReply, RestoreWorkerRequest } from '../files/restore.worker';
import type { SamtaleDatabase } from '../storage/db';
import type { Connection } from './connection';
import type { Drafts } from './drafts';
import type { LockSession } from './lock-session';
import type { NoteSearch } from './note-search';
import type { PreferencesSlice } from './preferences';
import type { Problems } from './problems';
import type { Router } from './router';

const backupCode = () => import('../files/backup');
const restoreCode = () => import('../files/restore');

/** Checks a backup and writes it once checked: in a worker where the panel has one, else in the panel's thread. */
interface Restorer {
  check(request: RestoreRequest): Promise<RestoreCheckResult>;
  /** Writes what was last checked; rejects with the write's own error (a full disk). */
  apply(onProgress?: (written: number, total: number) => void): Promise<void>;
}

/** In the panel's thread (where there is no worker: the unit tests). */
function restorerHere(db: SamtaleDatabase): Restorer {
  let checked: BackupData | null = null;
  return {
    async check(request) {
      const { checkBackup } = await import('../files/restore-check');
      const { result, data } = await checkBackup(db, request);
      checked = data;
      return result;
    },
    async apply(onProgress) {
      if (!checked) throw new Error('Nothing was checked to restore');
      const data = checked;
      checked = null;
      await (await restoreCode()).applyRestore(db, data, onProgress);
    },
  };
}

/**
 * In a worker (lib/files/restore.worker.ts): reading, checking and writing 200,000 notes take seconds, none of them
 * on the panel's thread. One request at a time; the records stay in the worker.
 */
function restorerInWorker(databaseName: string): Restorer {
  const worker = new Worker(new URL('../files/restore.worker.ts', import.meta.url), { type: 'module' });
  // The worker loads its code and opens the database now, not when the file is chosen.
  worker.postMessage({ type: 'open', databaseName } satisfies RestoreWorkerRequest);
  const ask = (request: RestoreWorkerRequest, onProgress?: (written: number, total: number) => void) =>
    new Promise<RestoreWorkerReply>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<RestoreWorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'progress') return onProgress?.(reply.written, reply.total);
        if (reply.type === 'failed') reject(Object.assign(new Error(reply.message), { name: reply.name }));
        else resolve(reply);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The restore stopped'));
      worker.postMessage(request);
    });
  return {
    async check(request) {
      const reply = await ask({ type: 'check', databaseName, request });
      return (reply as Extract<RestoreWorkerReply, { type: 'checked' }>).result;
    },
    async apply(onProgress) {
      await ask({ type: 'apply', databaseName }, onProgress);
    },
  };
}

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
  /** A backup checked and fitted to the lock as it was then (a restore applies only under that same lock). */
  let pendingRestore: { fittedTo: Preferences['lock'] } | null = null;
  let restorer: Restorer | null = null;
  // A database from a newer version is read here, as the panel opened it (the worker would open it with this schema).
  const restorerFor = (db: SamtaleDatabase) => (restorer ??= typeof Worker === 'undefined' || connection.isReadOnly() ? restorerHere(db) : restorerInWorker(db.name));

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

    /** Makes the restore ready before a file is chosen (its worker loaded, the database open there). */
    async prepareRestore(): Promise<void> {
      restorerFor(await connection.opened);
    },

    /** Checks a backup and fits it to this browser's lock (which a restore never changes); nothing is written yet. */
    async checkRestore(source: Blob | string, passphrase: string | null, lockPassphrase: string | null = null, restoreTheRest = false): Promise<RestoreCheckResult> {
      pendingRestore = null;
      const lock = preferences.stored.value.lock;
      let result: RestoreCheckResult;
      try {
        result = await restorerFor(await connection.opened).check({ source, passphrase, lockPassphrase, restoreTheRest, lock, key: deps.lock.key() });
      } catch (error) {
        // Whatever stopped the check (the worker itself): said, and nothing changes.
        return { ok: false, problem: { kind: 'invalid', detail: error instanceof Error ? error.message : String(error) } };
      }
      if (result.ok) pendingRestore = { fittedTo: lock };
      return result;
    },

    /** Writes the checked backup; `onProgress` hears how many of its records are written (a large one takes a while). */
    async applyRestore(onProgress?: (written: number, total: number) => void): Promise<boolean> {
      if (!pendingRestore) return false;
      const { fittedTo } = pendingRestore;
      pendingRestore = null;
      await deps.drafts.flush();
      // Fitted to this browser's lock when checked (checkRestore): a lock turned on or off since refuses it.
      if (JSON.stringify(fittedTo) !== JSON.stringify(preferences.stored.value.lock)) return false;
      const done = await connection.guard(async (db) => (await restorerFor(db).apply(onProgress), true));
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
