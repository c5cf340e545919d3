import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import type { Dialogue, Item } from '../../lib/domain/schema';
import { createNoteSearch } from '../../lib/state/note-search';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { openConnection } from './slice-helpers';

async function noteSearch() {
  const db = await freshDatabase();
  const { connection, problems } = await openConnection(db);
  const dialogue = await createDialogue(db, sampleDialogueInput());
  await itemTable(db).add(buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2', text: 'Workload in spring' }));
  let locked = false;
  const readings: Item[][] = [];
  const search = createNoteSearch({
    connection,
    problems,
    dialogues: signal<Dialogue[]>([dialogue]),
    readable: async (items) => (readings.push(items), items),
    locked: () => locked,
  });
  return { db, dialogue, search, readings, lock: () => (locked = true) };
}

describe('the note-search slice', () => {
  it('finds a note in any dialogue, reading the notes once', async () => {
    const { search, readings } = await noteSearch();
    expect((await search.search('workload')).total).toBe(1);
    expect((await search.search('spring')).total).toBe(1);
    expect(readings).toHaveLength(1);
  });

  it('reads a dialogue again once this panel wrote in it, and everything again after a reset', async () => {
    const { db, dialogue, search, readings } = await noteSearch();
    await search.search('workload');
    await itemTable(db).add(buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'Workload in autumn' }));
    search.forgetDialogue(dialogue.id);
    expect((await search.search('workload')).total).toBe(2);
    search.reset();
    await search.search('workload');
    expect(readings).toHaveLength(3);
  });

  it('finds nothing and builds nothing while the lock is closed', async () => {
    const { search, readings, lock } = await noteSearch();
    lock();
    search.prepare();
    expect(await search.search('workload')).toEqual({ query: 'workload', total: 0, hits: [] });
    expect(readings).toHaveLength(0);
  });
});
