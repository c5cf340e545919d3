import { describe, expect, it, vi } from 'vitest';
import { createConnection } from '../../lib/state/connection';
import { createProblems } from '../../lib/state/problems';
import { freshDatabase } from '../helpers';

describe('the connection slice', () => {
  it('runs a write on the open database and gives its result', async () => {
    const db = await freshDatabase();
    const problems = createProblems();
    const connection = createConnection({ openDatabase: async () => ({ db, readOnly: false }), problems });
    const pending = connection.guard(async (database) => database === db);
    expect(await connection.open()).toBe(true);
    expect(await pending).toBe(true);
    expect(problems.problem.value).toBeNull();
  });

  it('refuses every write on a read-only database, and says so', async () => {
    const db = await freshDatabase();
    const problems = createProblems();
    const connection = createConnection({ openDatabase: async () => ({ db, readOnly: true }), problems });
    await connection.open();
    const write = vi.fn(async () => 'written');
    expect(await connection.guard(write)).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
    expect(problems.problem.value).toEqual({ kind: 'readOnly' });
  });

  it('says the database is unavailable when it cannot open, and writes nothing', async () => {
    const problems = createProblems();
    const connection = createConnection({ openDatabase: async () => Promise.reject(new Error('blocked')), problems });
    expect(await connection.open()).toBe(false);
    expect(problems.problem.value).toEqual({ kind: 'databaseUnavailable', detail: 'Error: blocked' });
    const write = vi.fn(async () => 'written');
    expect(await connection.guard(write)).toBeUndefined();
    expect(write).not.toHaveBeenCalled();
  });

  it('reports a failed write as a problem instead of throwing', async () => {
    const db = await freshDatabase();
    const problems = createProblems();
    const connection = createConnection({ openDatabase: async () => ({ db, readOnly: false }), problems });
    await connection.open();
    expect(await connection.guard(async () => Promise.reject(new Error('quota')))).toBeUndefined();
    expect(problems.problem.value).toEqual({ kind: 'actionFailed', detail: 'Error: quota' });
  });
});
