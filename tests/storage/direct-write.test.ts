import Dexie, { liveQuery, RangeSet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { saveItem } from '../../lib/storage/item-writes';
import { changedParts, connectionOf, type RecordWrite } from '../../lib/storage/direct-write';
import type { Item } from '../../lib/domain/schema';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';

const keysOf = (set: unknown) => [...(set as RangeSet)].map((node) => node.from);

describe('writes below Dexie', () => {
  const item = { id: 'i1', dialogueId: 'd1', topicId: 't1', kind: 'point', text: 'old', updatedAt: '2026-01-01T00:00:00.000Z' };
  const record = { dialogueId: 'd1', topicId: 't1', items: [item] };
  const dialogue = { id: 'd1', role: 'employee', employeeId: null, plannedDate: '2026-12-01', updatedAt: '2026-01-01T00:00:00.000Z' };
  const cases: Array<{ name: string; writes: RecordWrite[]; parts: Record<string, unknown[]> }> = [
    {
      name: "a changed item: its topic record's key (dialogue and topic)",
      writes: [{ table: 'topicItems', before: record, after: { ...record, items: [{ ...item, text: 'new' }] } }],
      parts: { '': [['d1', 't1']] },
    },
    {
      name: "a topic's first item: also as a key no query has seen",
      writes: [{ table: 'topicItems', before: undefined, after: record }],
      parts: { '': [['d1', 't1']], ':dels': [['d1', 't1']] },
    },
    {
      name: 'a moved dialogue: the index value it had and the one it has (no key for an empty field)',
      writes: [{ table: 'dialogues', before: dialogue, after: { ...dialogue, updatedAt: '2026-02-01T00:00:00.000Z' } }],
      parts: { '': ['d1'], updatedAt: ['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'], plannedDate: ['2026-12-01'], role: ['employee'] },
    },
  ];
  for (const { name, writes, parts } of cases) {
    it(`names the parts Dexie's live queries watch: ${name}`, async () => {
      const db = await freshDatabase();
      const table = writes[0]!.table;
      const found = changedParts(db, writes);
      expect(Object.fromEntries(Object.entries(found).map(([part, set]) => [part, keysOf(set)]))).toEqual(
        Object.fromEntries(Object.entries(parts).map(([index, keys]) => [`idb://${db.name}/${table}/${index}`, keys])),
      );
    });
  }

  it('tells a live query of the dialogue about a saved note, and it reads the new text', async () => {
    const db = await freshDatabase();
    const created = await createDialogue(db, sampleDialogueInput());
    const note = buildItem({ kind: 'point', dialogueId: created.id, topicId: 't1' });
    await saveItem(db, note, { text: 'first' });
    const seen: string[] = [];
    const subscription = liveQuery(() => itemTable(db).ofDialogue(created.id)).subscribe((items: Item[]) => seen.push(items.map((i) => i.text).join()));
    await expect.poll(() => seen).toEqual(['first']);
    await saveItem(db, note, { text: 'second' });
    await expect.poll(() => seen).toEqual(['first', 'second']);
    // Another dialogue's write is not this query's: it is not read again.
    const other = await createDialogue(db, sampleDialogueInput());
    await saveItem(db, buildItem({ kind: 'point', dialogueId: other.id, topicId: 't1' }), { text: 'elsewhere' });
    await saveItem(db, note, { text: 'third' });
    await expect.poll(() => seen).toEqual(['first', 'second', 'third']);
    subscription.unsubscribe();
  });

  it('needs Dexie’s query cache off, and the database has it off (a cached result would miss a write below Dexie)', async () => {
    const db = await freshDatabase();
    // Dexie keeps its constructor options here; `cache: 'disabled'` is set in lib/storage/db.ts for this reason.
    expect((db as unknown as { _options: { cache?: string } })._options.cache).toBe('disabled');
  });

  it('never reopens a database that was let go for another version', async () => {
    const db = await freshDatabase();
    db.close({ disableAutoOpen: true });
    await expect(connectionOf(db)).rejects.toBeInstanceOf(Dexie.DatabaseClosedError);
    expect(db.isOpen()).toBe(false);
  });

  it('opens a database not opened yet, as Dexie would', async () => {
    const db = await freshDatabase();
    db.close({ disableAutoOpen: false });
    expect((await connectionOf(db)).objectStoreNames.contains('topicItems')).toBe(true);
  });
});
