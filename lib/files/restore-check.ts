import type { Preferences } from '../domain/schema';
import type { SamtaleDatabase } from '../storage/db';
import { parseBackup, type BackupData, type LeftOutRecord } from './backup';
import { fitRestoreToLock, planRestore, type RestoreLockOutcome, type RestorePlan } from './restore';

/*
 * Checking a backup before a restore, as one step: read and check the file (lib/files/backup.ts), fit it to this
 * browser's lock, and say what it would change. It runs in a worker when the panel has one (restore.worker.ts),
 * so that a backup of 200,000 notes never freezes the panel, and in the panel's own thread otherwise (the tests).
 */

export interface RestoreRequest {
  /** The backup file (read here, off the panel's thread when in the worker), or its text. */
  source: Blob | string;
  passphrase: string | null;
  lockPassphrase: string | null;
  /** A backup damaged in some records: restore the rest. */
  restoreTheRest: boolean;
  /** This browser's lock, and its key while open. */
  lock: Preferences['lock'];
  key: CryptoKey | null;
}

export type RestoreCheckResult =
  | { ok: true; plan: RestorePlan; lock: RestoreLockOutcome; leftOut: LeftOutRecord[] }
  | { ok: false; problem: Exclude<Awaited<ReturnType<typeof fitRestoreToLock>>, { ok: true }>['problem']; leftOut?: LeftOutRecord[] };

/** The check, and (when it passes) the records to write, fitted to the lock. */
export async function checkBackup(db: SamtaleDatabase, request: RestoreRequest): Promise<{ result: RestoreCheckResult; data: BackupData | null }> {
  const text = typeof request.source === 'string' ? request.source : await request.source.text();
  const parsed = await parseBackup(text, request.passphrase);
  // A backup damaged in some records: its valid rest is restored only when the user asks for it.
  if (!parsed.ok && !(parsed.salvage && request.restoreTheRest)) return { result: { ok: false, problem: parsed.problem, leftOut: parsed.salvage?.leftOut }, data: null };
  const data = parsed.ok ? parsed.data : parsed.salvage!.data;
  const leftOut = parsed.ok ? [] : parsed.salvage!.leftOut;
  const fitted = await fitRestoreToLock(data, { lock: request.lock, key: request.key }, request.lockPassphrase);
  if (!fitted.ok) return { result: { ok: false, problem: fitted.problem }, data: null };
  return { result: { ok: true, plan: await planRestore(db, fitted.data), lock: fitted.lock, leftOut }, data: fitted.data };
}
