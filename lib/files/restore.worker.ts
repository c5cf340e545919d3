import { SamtaleDatabase } from '../storage/db';
import type { BackupData } from './backup';
import { applyRestore } from './restore';
import { checkBackup, type RestoreRequest } from './restore-check';

/*
 * The restore, off the panel's thread (issue #16): reading a large backup (JSON, its schema, the lock) and writing
 * it take seconds; here they never freeze the panel. The panel sends the file's text and this browser's lock;
 * the records stay here, and only the plan, the progress and the outcome go back.
 */

export type RestoreWorkerRequest =
  | { type: 'open'; databaseName: string }
  | { type: 'check'; databaseName: string; request: RestoreRequest }
  | { type: 'apply'; databaseName: string };
export type RestoreWorkerReply =
  | { type: 'checked'; result: Awaited<ReturnType<typeof checkBackup>>['result'] }
  | { type: 'progress'; written: number; total: number }
  | { type: 'applied' }
  | { type: 'failed'; name: string; message: string };

let checked: BackupData | null = null;
let database: SamtaleDatabase | null = null;

async function open(name: string): Promise<SamtaleDatabase> {
  if (database?.name !== name) {
    database?.close();
    database = new SamtaleDatabase(name);
    await database.open();
  }
  return database;
}

const reply = (message: RestoreWorkerReply) => (self as unknown as Worker).postMessage(message);

self.addEventListener('message', (event: MessageEvent<RestoreWorkerRequest>) => {
  const message = event.data;
  void (async () => {
    try {
      const db = await open(message.databaseName);
      // Made ready before a file is chosen (the Settings view is open): nothing to answer.
      if (message.type === 'open') return;
      if (message.type === 'check') {
        checked = null;
        const { result, data } = await checkBackup(db, message.request);
        checked = data;
        reply({ type: 'checked', result });
      } else {
        if (!checked) throw new Error('Nothing was checked to restore');
        const data = checked;
        checked = null;
        await applyRestore(db, data, (written, total) => reply({ type: 'progress', written, total }));
        reply({ type: 'applied' });
      }
    } catch (error) {
      reply({ type: 'failed', name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) });
    }
  })();
});
