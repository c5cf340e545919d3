import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import type { Item } from '../../lib/domain/schema';
import { createDrafts } from '../../lib/state/drafts';
import { createWindowConflicts } from '../../lib/state/window-conflicts';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { saveItem } from '../../lib/storage/item-writes';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { lockStub, openConnection } from './slice-helpers';

/** One panel's drafts over a shared database, seeing the stored items as its live query last gave them. */
async function panel(db: SamtaleDatabase) {
  const { connection, problems } = await openConnection(db);
  const seen = signal<Item[]>([]);
  const look = async () => (seen.value = await itemTable(db).toArray());
  const conflicts = createWindowConflicts({ readable: async (items) => items, storedRaw: (id) => seen.value.find((item) => item.id === id) });
  const drafts = createDrafts({
    connection,
    problems,
    lock: lockStub(),
    openDialogue: {
      current: () => null as OpenDialogue | null,
      storedItem: (id) => seen.value.find((item) => item.id === id),
      storedRaw: (id) => seen.value.find((item) => item.id === id),
    },
    conflicts,
    written: () => undefined,
    debounceMs: 5,
    maxWaitMs: 20,
  });
  await look();
  return { drafts, conflicts, problems, look };
}

async function twoPanelsOnOneNote() {
  const db = await freshDatabase();
  const dialogue = await createDialogue(db, sampleDialogueInput());
  const note = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2', text: 'start' });
  await itemTable(db).add(note);
  return { db, note, left: await panel(db), right: await panel(db) };
}

describe('two panels on one note (issue #16)', () => {
  it('writes only over what the panel saw: a change made meanwhile elsewhere is kept, and both versions are offered', async () => {
    const { db, note, left, right } = await twoPanelsOnOneNote();
    left.drafts.editItem(note, { text: 'left' });
    right.drafts.editItem(note, { text: 'right' });
    await left.drafts.flush();
    await right.drafts.flush();
    expect((await itemTable(db).get(note.id))?.text).toBe('left');
    const conflict = right.conflicts.conflicts.value.get(note.id)!;
    expect(conflict).toMatchObject({ kind: 'changed', mine: { text: 'right' }, theirs: { text: 'left' } });
    expect(right.drafts.saveState.value.kind).toBe('error');
    // Not a failing disk: no "could not save" banner, the conflict speaks for itself.
    expect(right.problems.problem.value).toBeNull();

    await right.look();
    right.drafts.resolveConflict(note.id, 'mine');
    await right.drafts.flush();
    expect((await itemTable(db).get(note.id))?.text).toBe('right');
    expect(right.conflicts.conflicts.value.size).toBe(0);
    expect(right.drafts.saveState.value.kind).toBe('saved');
  });

  it('keeps on writing its own edits without conflict (its own writes are what it expects)', async () => {
    const { db, note, left } = await twoPanelsOnOneNote();
    for (const text of ['a', 'ab', 'abc']) {
      left.drafts.editItem(note, { text });
      await left.drafts.flush();
    }
    expect((await itemTable(db).get(note.id))?.text).toBe('abc');
    expect(left.conflicts.conflicts.value.size).toBe(0);
  });

  it('takes the other version when asked, dropping its own edit', async () => {
    const { db, note, left, right } = await twoPanelsOnOneNote();
    left.drafts.editItem(note, { text: 'left' });
    right.drafts.editItem(note, { text: 'right' });
    await left.drafts.flush();
    await right.drafts.flush();
    right.drafts.resolveConflict(note.id, 'theirs');
    await right.drafts.flush();
    expect(right.drafts.drafts.value.has(note.id)).toBe(false);
    expect((await itemTable(db).get(note.id))?.text).toBe('left');
    expect(right.drafts.saveState.value.kind).toBe('saved');
  });

  it('never brings back a note removed in another panel, unless the user adds it again', async () => {
    const { db, note, right } = await twoPanelsOnOneNote();
    // The other panel removes the note; this one, which has not seen that yet, types in it. (Typing first raced:
    // on a busy machine the 5 ms debounced write could land before the removal, and then nothing conflicted.)
    await itemTable(db).delete(note.id);
    right.drafts.editItem(note, { text: 'still typing' });
    await right.drafts.flush();
    expect(await itemTable(db).get(note.id)).toBeUndefined();
    expect(right.conflicts.conflicts.value.get(note.id)).toMatchObject({ kind: 'removed', mine: { text: 'still typing' }, theirs: null });
    await right.look();
    right.drafts.resolveConflict(note.id, 'mine');
    await right.drafts.flush();
    expect((await itemTable(db).get(note.id))?.text).toBe('still typing');
  });

  it('keeps what was typed in a dialogue deleted elsewhere on screen, and writes nothing of it', async () => {
    const { db, note, right } = await twoPanelsOnOneNote();
    right.drafts.editItem(note, { text: 'unsaved words' });
    right.drafts.dialogueDeleted(note.dialogueId);
    await right.drafts.flush();
    expect((await itemTable(db).get(note.id))?.text).toBe('start');
    expect(right.conflicts.conflicts.value.get(note.id)).toMatchObject({ kind: 'dialogueDeleted', mine: { text: 'unsaved words' } });
    expect(right.drafts.drafts.value.size).toBe(0);
  });
});

describe('the write of a note, compared with what the writer saw', () => {
  it.each([
    ['the same', { exists: true, fields: { text: 'start' } }, 'written'],
    ['changed', { exists: true, fields: { text: 'something else' } }, 'changed'],
    ['new to the writer', { exists: false, fields: {} }, 'written'],
  ])('%s: %s', async (_, expected, kind) => {
    const db = await freshDatabase();
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const note = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2', text: 'start' });
    await itemTable(db).add(note);
    const outcome = await saveItem(db, note, { text: 'new' }, { expected });
    expect(outcome.kind).toBe(kind);
    expect((await itemTable(db).get(note.id))?.text).toBe(kind === 'written' ? 'new' : 'start');
  });

  it('removed: writes nothing, and the note stays removed', async () => {
    const db = await freshDatabase();
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const note = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2' });
    expect(await saveItem(db, note, { text: 'new' }, { expected: { exists: true, fields: { text: '' } } })).toEqual({ kind: 'removed' });
    expect(await itemTable(db).get(note.id)).toBeUndefined();
  });
});
