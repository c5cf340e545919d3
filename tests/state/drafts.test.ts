import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { buildItem, type ItemChanges } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import type { OpenDialogue } from '../../lib/domain/open-dialogue';
import type { Item } from '../../lib/domain/schema';
import { createDrafts } from '../../lib/state/drafts';
import { createWindowConflicts } from '../../lib/state/window-conflicts';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { lockStub, openConnection } from './slice-helpers';

async function draftsSlice({ lock = 'off', readOnly = false }: { lock?: 'off' | 'locked' | 'unlocked'; readOnly?: boolean } = {}) {
  const db = await freshDatabase();
  const dialogue = buildDialogue(sampleDialogueInput());
  await db.dialogues.add(dialogue);
  const { connection, problems } = await openConnection(db, readOnly);
  const shown = signal<Item[]>([]);
  const written = vi.fn();
  const open = (): OpenDialogue => ({ dialogue, guide: {} as OpenDialogue['guide'], items: shown.value, previous: null });
  const drafts = createDrafts({ connection, problems, lock: lockStub(lock), openDialogue: { current: open, storedItem: () => undefined, storedRaw: () => undefined }, conflicts: createWindowConflicts({ readable: async (items) => items, storedRaw: () => undefined }), written, debounceMs: 5, maxWaitMs: 20 });
  return { db, dialogue, drafts, problems, written };
}

describe('the drafts slice', () => {
  it('keeps an edit as a draft at once and writes it; the dialogue’s search is told', async () => {
    const { db, dialogue, drafts, written } = await draftsSlice();
    const answer = drafts.singleItem('answer', 't2', { questionId: 't2-a01', sensitive: false }, 't2-a01');
    expect(drafts.singleItem('answer', 't2', { questionId: 't2-a01', sensitive: false }, 't2-a01').id).toBe(answer.id);
    expect(drafts.editItem(answer, { text: 'Hello' })).toBe(true);
    expect(drafts.drafts.value.get(answer.id)?.changes).toEqual({ text: 'Hello' });
    await drafts.flush();
    expect((await itemTable(db).get(answer.id))?.text).toBe('Hello');
    expect(written).toHaveBeenCalledWith(dialogue.id);
    expect(drafts.saveState.value.kind).toBe('saved');
  });

  it('drops a draft once the database shows it, and keeps a newer edit', async () => {
    const { dialogue, drafts } = await draftsSlice();
    const point = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3' });
    drafts.editItem(point, { text: 'one' });
    drafts.reconcile([{ ...point, text: 'one' }]);
    expect(drafts.drafts.value.size).toBe(0);
    drafts.editItem(point, { text: 'two', sensitive: true });
    drafts.reconcile([{ ...point, text: 'one', sensitive: true }]);
    expect(drafts.drafts.value.get(point.id)?.changes).toEqual({ text: 'two' });
  });

  it.each([
    ['a locked panel', { lock: 'locked' as const }, null],
    ['a read-only database', { readOnly: true }, { kind: 'readOnly' }],
  ])('keeps nothing typed in %s', async (_, options, problem) => {
    const { dialogue, drafts, problems } = await draftsSlice(options);
    const point = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3' });
    expect(drafts.editItem(point, { text: 'no' })).toBe(false);
    expect(drafts.drafts.value.size).toBe(0);
    expect(problems.problem.value).toEqual(problem);
  });

  it('refuses a value a backup could not restore, and keeps what was there', async () => {
    const { dialogue, drafts, problems } = await draftsSlice();
    const plan = buildItem({ kind: 'plan', dialogueId: dialogue.id, topicId: 't7', responsible: 'other', responsibleName: '', due: null, successCriteria: '', status: 'open', statusComment: '', carriedFromId: null });
    // As the plan's fields give it (PlanItemFields): a plan item's own field, typed with a five-digit year.
    expect(drafts.editItem(plan, { due: '20255-12-31' } as ItemChanges)).toBe(false);
    expect(problems.problem.value).toEqual({ kind: 'badDate' });
    expect(drafts.drafts.value.size).toBe(0);
  });

  it('gives the background the plain drafts with the lock off, and none it cannot seal under the lock', async () => {
    const off = await draftsSlice();
    const point = buildItem({ kind: 'point', dialogueId: off.dialogue.id, topicId: 't3' });
    off.drafts.editItem(point, { text: 'plain' });
    expect(off.drafts.pending()).toEqual([{ item: point, changes: { text: 'plain' }, expected: { exists: false, fields: { text: undefined } }, touched: ['text'] }]);
    const locked = await draftsSlice({ lock: 'unlocked' });
    locked.drafts.editItem(point, { text: 'secret' });
    expect(locked.drafts.pending()).toEqual([]);
  });

  it('empties the drafts’ words in place when the lock closes', async () => {
    const { dialogue, drafts } = await draftsSlice();
    const point = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3' });
    drafts.editItem(point, { text: 'private' });
    const changes = drafts.drafts.value.get(point.id)!.changes;
    drafts.forgetWords();
    expect(changes.text).toBe('');
    expect(drafts.drafts.value.size).toBe(0);
  });
});
