import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../lib/domain/constants';
import type { Preferences } from '../../lib/domain/schema';
import { createFiles } from '../../lib/state/files';
import type { Route } from '../../lib/state/router';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { freshDatabase, sampleDialogueInput } from '../helpers';
import { openConnection } from './slice-helpers';

async function filesSlice(at: Route = { name: 'home' }) {
  const db = await freshDatabase();
  const { connection, problems } = await openConnection(db);
  const stored = signal<Preferences>(DEFAULT_PREFERENCES);
  const route = signal<Route>(at);
  const deps = {
    drafts: { flush: vi.fn(async () => undefined), clear: vi.fn() },
    lock: { key: () => null, forgetKey: vi.fn() },
    search: { reset: vi.fn() },
    router: { route, navigate: vi.fn((next: Route) => void (route.value = next)) },
  };
  const files = createFiles({ connection, problems, preferences: { stored, record: (changes) => ({ key: 'preferences', value: { ...stored.value, ...changes } }) }, ...deps });
  return { db, files, route, ...deps };
}

describe('the files slice', () => {
  it('saves a backup after writing what is typed, and remembers when', async () => {
    const { db, files, drafts } = await filesSlice();
    await createDialogue(db, sampleDialogueInput());
    const text = await files.backup(null);
    expect(drafts.flush).toHaveBeenCalled();
    expect(JSON.parse(text!).data.dialogues).toHaveLength(1);
    expect((await db.settings.get('preferences'))?.value).toMatchObject({ lastBackupAt: expect.any(String) });
  });

  it('restores only a backup it checked, and starts the search again', async () => {
    const { db, files, search } = await filesSlice();
    expect(await files.applyRestore()).toBe(false);
    await createDialogue(db, sampleDialogueInput());
    const text = (await files.backup(null))!;
    await db.dialogues.clear();
    const checked = await files.checkRestore(text, null);
    expect(checked.ok).toBe(true);
    expect(await files.applyRestore()).toBe(true);
    expect(await db.dialogues.count()).toBe(1);
    expect(search.reset).toHaveBeenCalled();
  });

  it('deletes everything, forgets the key and the drafts, and leaves a dialogue’s view', async () => {
    const { db, files, drafts, lock, route } = await filesSlice({ name: 'dialogue', dialogueId: 'd1', topicIndex: 2 });
    await createDialogue(db, sampleDialogueInput());
    expect(await files.deleteAllData()).toBe(true);
    expect(await db.dialogues.count()).toBe(0);
    expect(drafts.clear).toHaveBeenCalled();
    expect(lock.forgetKey).toHaveBeenCalled();
    expect(route.value).toEqual({ name: 'home' });
  });
});
