import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import type { Item } from '../../lib/domain/schema';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { itemsOfDialogue } from '../../lib/storage/item-reads';
import { deleteItem, saveItem } from '../../lib/storage/item-writes';
import { mergeIntoStored, withItems } from '../../lib/storage/topic-merge';
import { topicRecordsOf } from '../../lib/storage/topic-records';
import { freshDatabase, itemTable, sampleDialogueInput } from '../helpers';

const note = (dialogueId: string, topicId: string, text: string): Item => ({ ...buildItem({ kind: 'point', dialogueId, topicId, text }), id: text });
const texts = (records: Array<{ dialogueId: string; topicId: string; items: Item[] }>) => records.map((record) => [record.dialogueId, record.topicId, record.items.map((item) => item.text)]);

describe('items in topic records', () => {
  it('groups items by dialogue and topic, each in the order given', () => {
    const items = [note('d1', 't1', 'a'), note('d1', 't2', 'b'), note('d2', 't1', 'c'), note('d1', 't1', 'd')];
    expect(texts(topicRecordsOf(items))).toEqual([
      ['d1', 't1', ['a', 'd']],
      ['d1', 't2', ['b']],
      ['d2', 't1', ['c']],
    ]);
  });

  const cases: Array<{ name: string; stored: string[]; written: Array<[string, string]>; after: string[] }> = [
    { name: 'a new item goes at the end', stored: ['a', 'b'], written: [['c', 'c']], after: ['a', 'b', 'c'] },
    { name: 'a changed item stays where it is', stored: ['a', 'b', 'c'], written: [['b', 'B']], after: ['a', 'B', 'c'] },
    { name: 'both at once', stored: ['a'], written: [['d', 'd'], ['a', 'A']], after: ['A', 'd'] },
  ];
  for (const { name, stored, written, after } of cases) {
    it(`writes items into a record: ${name}`, () => {
      const record = { dialogueId: 'd1', topicId: 't1', items: stored.map((text) => note('d1', 't1', text)) };
      const result = withItems(record, written.map(([id, text]) => ({ ...note('d1', 't1', text), id })));
      expect(result.items.map((item) => item.text)).toEqual(after);
      // The record given is left as it was (query results may be shared).
      expect(record.items.map((item) => item.text)).toEqual(stored);
    });
  }

  it('merges a restore with what is stored: kept, replaced where the backup has it, emptied records named', () => {
    const stored = [
      { dialogueId: 'd1', topicId: 't1', items: [note('d1', 't1', 'kept'), note('d1', 't1', 'replaced')] },
      { dialogueId: 'd1', topicId: 't2', items: [note('d1', 't2', 'moved')] },
      { dialogueId: 'd2', topicId: 't1', items: [note('d2', 't1', 'untouched')] },
    ];
    const incoming = topicRecordsOf([{ ...note('d1', 't1', 'replaced'), shared: true }, note('d1', 't3', 'moved'), note('d3', 't1', 'new')]);
    const { put, emptied } = mergeIntoStored(stored, incoming);
    expect(texts(put)).toEqual([
      ['d1', 't1', ['kept', 'replaced']],
      ['d1', 't3', ['moved']],
      ['d3', 't1', ['new']],
    ]);
    expect(put[0]!.items[1]!.shared).toBe(true);
    expect(emptied).toEqual([['d1', 't2']]);
  });

  it('stores a topic as one record: a keystroke writes its topic, a deletion of the last item removes the record', async () => {
    const db = await freshDatabase();
    const dialogue = await createDialogue(db, sampleDialogueInput());
    const first = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2' });
    const second = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2' });
    const elsewhere = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't5' });
    for (const item of [first, second, elsewhere]) await saveItem(db, item, { text: `${item.topicId} point` });
    await saveItem(db, first, { text: 'changed' });
    expect(texts(await db.topicItems.toArray())).toEqual([
      [dialogue.id, 't2', ['changed', 't2 point']],
      [dialogue.id, 't5', ['t5 point']],
    ]);
    await deleteItem(db, dialogue.id, elsewhere.id);
    expect(await db.topicItems.get([dialogue.id, 't5'])).toBeUndefined();
    await deleteItem(db, dialogue.id, first.id);
    expect((await itemsOfDialogue(db, dialogue.id)).map((item) => item.id)).toEqual([second.id]);
    // Another dialogue's items are not read with this one's.
    const other = await createDialogue(db, sampleDialogueInput());
    await saveItem(db, buildItem({ kind: 'point', dialogueId: other.id, topicId: 't2' }), { text: 'other' });
    expect(await itemsOfDialogue(db, dialogue.id)).toHaveLength(1);
    expect(await itemTable(db).count()).toBe(2);
  });
});
