import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import type { Item } from '../../lib/domain/schema';
import { createWindowConflicts, WriteConflict } from '../../lib/state/window-conflicts';

/** The slice alone (issue #29, point 8): what it keeps of two windows' edits, and what it gives back when the user chooses. */
function slice(stored: Item[] = []) {
  // "Opened with the key": the test's stand-in for the lock marks what it opened.
  return createWindowConflicts({ readable: async (items) => items.map((item) => ({ ...item, text: `opened: ${item.text}` })), storedRaw: (id) => stored.find((item) => item.id === id) });
}
const note = (text: string, updatedAt = '2026-12-07T10:00:00.000Z') => ({ ...buildItem({ kind: 'point', dialogueId: 'd', topicId: 't3', text }, 'n1'), updatedAt });

describe('the two-window conflicts slice', () => {
  it('keeps both versions of a refused write, theirs opened, and holds the note back until the user chooses', async () => {
    const conflicts = slice();
    const error = await conflicts.met(note('mine'), { kind: 'changed', stored: note('theirs') });
    expect(error).toBeInstanceOf(WriteConflict);
    expect(conflicts.waiting('n1')).toBe(true);
    expect(conflicts.conflicts.value.get('n1')).toMatchObject({ kind: 'changed', mine: { text: 'mine' }, theirs: { text: 'opened: theirs' }, theirsStored: { text: 'theirs' } });
    expect(conflicts.settle('n1')).toMatchObject({ conflict: { kind: 'changed' }, over: { text: 'theirs' } });
    expect(conflicts.waiting('n1')).toBe(false);
    expect(conflicts.settle('n1')).toBeNull();
  });

  it('a removed note: "Keep mine" writes over nothing', async () => {
    const conflicts = slice();
    await conflicts.met(note('mine'), { kind: 'removed' });
    expect(conflicts.conflicts.value.get('n1')).toMatchObject({ kind: 'removed', theirs: null });
    expect(conflicts.settle('n1')?.over).toBeUndefined();
  });

  it('follows the other window’s newer write while the notice is open, and only a newer one', async () => {
    const newer = note('theirs, again', '2026-12-07T10:05:00.000Z');
    const conflicts = slice([newer]);
    await conflicts.met(note('mine'), { kind: 'changed', stored: note('theirs') });
    const before = conflicts.conflicts.value;
    conflicts.follow([note('opened: theirs')]);
    expect(conflicts.conflicts.value).toBe(before);
    conflicts.follow([newer]);
    expect(conflicts.conflicts.value.get('n1')).toMatchObject({ theirs: { text: 'theirs, again' }, theirsStored: newer });
    expect(conflicts.settle('n1')?.over).toMatchObject({ text: 'theirs, again' });
  });

  it('a dialogue deleted elsewhere: each note with unwritten words shown, or one notice when there were none', () => {
    const conflicts = slice();
    conflicts.dialogueDeleted('d', [note('typed here'), { ...note(''), id: 'n2' }]);
    expect([...conflicts.conflicts.value.keys()]).toEqual(['n1']);
    const empty = slice();
    empty.dialogueDeleted('d', [{ ...note(''), id: 'n2' }]);
    expect(empty.conflicts.value.get('d')).toMatchObject({ kind: 'dialogueDeleted', mine: null });
  });

  it('forgets both versions’ words when the lock closes', async () => {
    const conflicts = slice();
    await conflicts.met(note('mine'), { kind: 'changed', stored: note('theirs') });
    const kept = conflicts.conflicts.value.get('n1')!;
    conflicts.forgetWords();
    expect(conflicts.conflicts.value.size).toBe(0);
    expect([kept.mine!.text, kept.theirs!.text]).toEqual(['', '']);
  });
});
