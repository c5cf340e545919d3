import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import type { Item } from '../../lib/domain/schema';
import type { Draft } from '../../lib/state/drafts';
import { createOpenDialogue } from '../../lib/state/open-dialogue';
import { createDialogue, deleteDialogue } from '../../lib/storage/dialogue-records';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { openConnection, until } from './slice-helpers';

async function openDialogueSlice(readable = async (items: Item[]) => items) {
  const db = await freshDatabase();
  const { connection, problems } = await openConnection(db);
  const drafts = signal<ReadonlyMap<string, Draft>>(new Map());
  const reconcileDrafts = vi.fn();
  const gone = vi.fn();
  const slice = createOpenDialogue({ connection, problems, readable, drafts, reconcileDrafts, guideWording: signal({}), policy: signal({}), gone });
  return { db, slice, drafts, reconcileDrafts, gone };
}

describe('the open-dialogue slice', () => {
  it('shows a dialogue with its guide and items, drafts laid over them, oldest first', async () => {
    const { db, slice, drafts, reconcileDrafts } = await openDialogueSlice();
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const stored = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2', text: 'stored' });
    await itemTable(db).add(stored);
    slice.watch(dialogue.id);
    await until(() => slice.view.value !== null);
    expect(slice.view.value!.guide.topics).toHaveLength(7);
    expect(slice.view.value!.items.map((item) => item.text)).toEqual(['stored']);
    expect(reconcileDrafts).toHaveBeenCalled();
    const unsaved = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3' });
    drafts.value = new Map([
      [stored.id, { base: stored, changes: { text: 'edited' } }],
      [unsaved.id, { base: unsaved, changes: { text: 'new' } }],
    ]);
    expect(slice.view.value!.items.map((item) => item.text)).toEqual(['edited', 'new']);
    slice.watch(null);
    expect(slice.view.value).toBeNull();
  });

  it('says when the dialogue on screen is gone', async () => {
    const { db, slice, gone } = await openDialogueSlice();
    const dialogue = await createDialogue(db, sampleDialogueInput());
    slice.watch(dialogue.id);
    await until(() => slice.recordShown());
    await deleteDialogue(db, dialogue.id);
    await until(() => gone.mock.calls.length > 0);
    slice.watch(null);
  });

  it('shows what it can read, and when the lock closes goes back to what was stored, emptying what it had opened', async () => {
    const opened = (items: Item[]) => Promise.resolve(items.map((item) => ({ ...item, text: 'opened' })));
    const { db, slice } = await openDialogueSlice(opened);
    const dialogue = await createDialogue(db, sampleDialogueInput());
    await itemTable(db).add(buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2', text: 'sealed' }));
    slice.watch(dialogue.id);
    await until(() => slice.view.value?.items.length === 1);
    const shownItem = slice.view.value!.items[0]!;
    expect(shownItem.text).toBe('opened');
    slice.forgetWords(true);
    expect(shownItem.text).toBe('');
    expect(slice.view.value!.items[0]!.text).toBe('sealed');
    slice.watch(null);
  });
});

describe('last year’s dialogue beside this one (issue #19)', () => {
  it('lists last year’s plan items and conclusions in the order they were written, not by their ids', async () => {
    const { db, slice } = await openDialogueSlice();
    const last = await createDialogue(db, sampleDialogueInput({ plannedDate: '2025-12-01' }));
    // Ids that sort the other way round from the order of writing (random ids do so about half the time).
    const written = ['first', 'second', 'third'].map((text, index) => ({
      ...buildItem({ kind: 'point', dialogueId: last.id, topicId: 't7', text }),
      id: `z${9 - index}`,
      createdAt: `2025-12-01T10:0${index}:00.000Z`,
    }));
    await itemTable(db).bulkAdd(written);
    const now = await createDialogue(db, sampleDialogueInput({ plannedDate: '2026-12-01' }));
    expect(now.previousDialogueId).toBe(last.id);
    slice.watch(now.id);
    await until(() => (slice.view.value?.previous?.items.length ?? 0) === 3);
    expect(slice.view.value!.previous!.items.map((item) => item.text)).toEqual(['first', 'second', 'third']);
    slice.watch(null);
  });
});
