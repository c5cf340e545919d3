import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../lib/domain/constants';
import { buildItem } from '../../lib/domain/dialogues';
import type { Preferences } from '../../lib/domain/schema';
import { createLockSession } from '../../lib/state/lock-session';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { openConnection } from './slice-helpers';

async function lockSession() {
  const db = await freshDatabase();
  const { connection } = await openConnection(db);
  const stored = signal<Preferences>(DEFAULT_PREFERENCES);
  const calls: string[] = [];
  let heard: () => void = () => undefined;
  const announce = vi.fn();
  const lock = createLockSession({
    connection,
    preferences: { stored, record: (changes) => ({ key: 'preferences', value: { ...stored.value, ...changes } }) },
    flushDrafts: async () => void calls.push('flush'),
    forgetWords: () => void calls.push('forget'),
    readAgain: () => void calls.push('readAgain'),
    readStored: async () => void calls.push('readStored'),
    lockSignal: { announce, listen: (onLocked) => (heard = onLocked) },
  });
  // What the panel's preferences would do: a stored change of the lock's settings reaches the session.
  const follow = async () => {
    stored.value = { ...DEFAULT_PREFERENCES, ...(await db.settings.get('preferences'))?.value };
    lock.settingsShown(stored.value.lock);
  };
  return { db, lock, calls, announce, hear: () => heard(), follow };
}

describe('the lock-session slice', () => {
  it('follows the stored settings: no lock is off, a lock without a key is locked', async () => {
    const { lock } = await lockSession();
    expect(lock.state.value).toBe('off');
    lock.settingsShown({ salt: 'c2FsdA==', iterations: 600_000, verifier: { iv: 'aXY=', data: 'ZGF0YQ==' } } as never);
    expect(lock.state.value).toBe('locked');
    expect(lock.sealer()).toBeNull();
  });

  it('seals every note when turned on, opens with the passphrase, and refuses a wrong one', async () => {
    const { db, lock, calls, follow } = await lockSession();
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const note = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2', text: 'private words' });
    await itemTable(db).add(note);
    expect(await lock.enable('correct horse battery')).toBe(true);
    await follow();
    expect(lock.state.value).toBe('unlocked');
    // Drafts written before the rewrite; the open dialogue read again after it (an edit starts from the sealed version).
    expect(calls).toEqual(['flush', 'readStored']);
    const sealed = (await itemTable(db).get(note.id))!;
    expect(sealed.text).toBe('');
    expect(sealed.sealed).not.toBeNull();
    expect((await lock.readable([sealed]))[0]!.text).toBe('private words');

    await lock.lockNow();
    expect(lock.state.value).toBe('locked');
    expect(calls.slice(-2)).toEqual(['flush', 'forget']);
    expect((await lock.readable([sealed]))[0]!.text).toBe('');
    expect(await lock.unlock('wrong passphrase')).toBe(false);
    expect(lock.state.value).toBe('locked');
    expect(await lock.unlock('correct horse battery')).toBe(true);
    expect(calls.slice(-2)).toEqual(['readAgain', 'readStored']);
  });

  it('locks with the other panels: announces its own lock, and locks when another panel does, without announcing again', async () => {
    const { lock, announce, hear, follow } = await lockSession();
    await lock.enable('correct horse battery');
    await follow();
    await lock.lockNow();
    expect(announce).toHaveBeenCalledTimes(1);
    await lock.unlock('correct horse battery');
    hear();
    await vi.waitFor(() => expect(lock.state.value).toBe('locked'));
    expect(announce).toHaveBeenCalledTimes(1);
  });
});
