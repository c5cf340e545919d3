import type { OpenedDatabase, SamtaleDatabase } from '../storage/db';
import { describeError, type Problems } from './problems';

/** Dexie, the schema and the queries: not needed to draw a first screen the panel remembers. */
const databaseCode = () => import('../storage/db');
export type DatabaseCode = Awaited<ReturnType<typeof databaseCode>>;

export interface ConnectionDeps {
  openDatabase: () => Promise<OpenedDatabase>;
  problems: Problems;
}

/**
 * The panel's one database: opened once (open()), read-only when a newer Samtale holds it, and the one way the
 * other slices write (`guard`: waits for it, refuses on a read-only database, reports a failure).
 */
export function createConnection({ openDatabase, problems }: ConnectionDeps) {
  let db: SamtaleDatabase | undefined;
  let readOnly = false;
  let code: DatabaseCode | undefined;
  let resolveOpened: (db: SamtaleDatabase) => void = () => undefined;
  let rejectOpened: (error: unknown) => void = () => undefined;
  /** The open database, once open() has opened it (rejects if it cannot be opened). */
  const opened = new Promise<SamtaleDatabase>((resolve, reject) => {
    resolveOpened = resolve;
    rejectOpened = reject;
  });
  opened.catch(() => undefined);

  return {
    opened,
    /** The database if open by now (live queries start only then). */
    current: (): SamtaleDatabase | undefined => db,
    /** Dexie's own module (liveQuery, the first screen's queries), once open. */
    code: (): DatabaseCode => code!,
    isReadOnly: (): boolean => readOnly,

    /** Opens the database; on failure the panel says the database is unavailable, and every write is refused. */
    async open(): Promise<boolean> {
      try {
        const [openedDatabase, loadedCode] = await Promise.all([openDatabase(), databaseCode()]);
        await openedDatabase.db.open();
        ({ readOnly } = openedDatabase);
        code = loadedCode;
        db = openedDatabase.db;
        resolveOpened(db);
        performance.mark('samtale:database-open');
        return true;
      } catch (error) {
        problems.report({ kind: 'databaseUnavailable', detail: describeError(error) });
        rejectOpened(error);
        return false;
      }
    },

    /** Runs a write once the database is open (never on a read-only one); a failure shows as a problem. */
    async guard<T>(action: (db: SamtaleDatabase) => Promise<T>): Promise<T | undefined> {
      let database: SamtaleDatabase;
      try {
        database = await opened;
      } catch {
        // The problem shown is that the database did not open.
        return undefined;
      }
      if (readOnly) {
        problems.report({ kind: 'readOnly' });
        return undefined;
      }
      try {
        return await action(database);
      } catch (error) {
        problems.show(error);
        return undefined;
      }
    },
  };
}

export type Connection = ReturnType<typeof createConnection>;
