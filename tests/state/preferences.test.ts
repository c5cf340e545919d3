import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../lib/domain/constants';
import { createPreferences } from '../../lib/state/preferences';
import { freshDatabase } from '../helpers';
import { openConnection } from './slice-helpers';

async function preferencesSlice(policy?: unknown) {
  const db = await freshDatabase();
  const { connection, problems } = await openConnection(db);
  const lockSettingsShown = vi.fn();
  const slice = createPreferences({ connection, problems, lockSettingsShown, loadPolicy: async () => policy });
  return { db, problems, slice, lockSettingsShown };
}

describe('the preferences slice', () => {
  it('shows stored preferences over the defaults, and tells the lock its settings', async () => {
    const { slice, lockSettingsShown } = await preferencesSlice();
    slice.show({ myName: 'Ola' });
    expect(slice.stored.value).toEqual({ ...DEFAULT_PREFERENCES, myName: 'Ola' });
    expect(lockSettingsShown).toHaveBeenLastCalledWith(null);
  });

  it('writes every change as one record built on what is stored', async () => {
    const { db, slice } = await preferencesSlice();
    slice.show({ myName: 'Ola', autoLockMinutes: 5 });
    await slice.save({ language: 'nb' });
    expect((await db.settings.get('preferences'))?.value).toEqual({ ...DEFAULT_PREFERENCES, myName: 'Ola', autoLockMinutes: 5, language: 'nb' });
    expect(slice.record({ lastBackupAt: '2026-11-30T12:00:00.000Z' }).value).toMatchObject({ myName: 'Ola', lastBackupAt: '2026-11-30T12:00:00.000Z' });
  });

  it('refuses a name no backup could restore, and writes nothing', async () => {
    const { db, slice, problems } = await preferencesSlice();
    await slice.save({ myName: 'x'.repeat(201) });
    expect(problems.problem.value).toEqual({ kind: 'textTooLong', limit: 200 });
    expect(await db.settings.get('preferences')).toBeUndefined();
  });

  it('applies the institution’s policy when the browser gives it', async () => {
    const { slice } = await preferencesSlice({ language: 'nb' });
    await slice.startPolicy();
    await vi.waitFor(() => expect(slice.effective.value.language).toBe('nb'));
  });

  it('lists the page’s differences the user has not chosen for', async () => {
    const { slice } = await preferencesSlice();
    const difference = (questionId: string) => ({ questionId, topicNumber: 2, pageText: 'new', bundledText: 'old' });
    slice.showGuideRecords([
      { key: 'guidePage:en', value: { readAt: '2026-11-30T12:00:00.000Z', url: 'https://www.uio.no/', differences: [difference('t2-a01'), difference('t2-a02')] } },
      { key: 'guideWording:en', value: { 't2-a01': 'new' } },
    ]);
    expect(slice.pendingWording('en').map((found) => found.questionId)).toEqual(['t2-a02']);
    expect(slice.pendingWording('nb')).toEqual([]);
  });
});
