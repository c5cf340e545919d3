import { signal } from '@preact/signals';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createConnection, type Connection } from '../../lib/state/connection';
import { createProblems, type Problems } from '../../lib/state/problems';

/**
 * Waits until a condition holds (live queries and writes answer asynchronously). The time is a safety net for a
 * busy machine, not a speed budget: a condition met in 5 ms here can take seconds with both CPUs loaded.
 */
export const until = async (condition: () => boolean, timeoutMs = 10_000): Promise<void> => {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
};

/** A slice's two commonest dependencies, over a database of the test's own, already open. */
export async function openConnection(db: SamtaleDatabase, readOnly = false): Promise<{ connection: Connection; problems: Problems }> {
  const problems = createProblems();
  const connection = createConnection({ openDatabase: async () => ({ db, readOnly }), problems });
  await connection.open();
  return { connection, problems };
}

/** A lock that is off (or locked, or unlocked without a real key), for slices that only ask about it. */
export const lockStub = (state: 'off' | 'locked' | 'unlocked' = 'off') => ({
  state: signal(state),
  sealer: () => null,
  sealerNow: () => null,
  noteActivity: () => undefined,
});
