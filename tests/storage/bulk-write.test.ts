import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import type { Item } from '../../lib/domain/schema';
import { writeAllOrNothing, type TableWrite } from '../../lib/storage/bulk-write';
import { mergeIntoStored } from '../../lib/storage/topic-merge';
import { topicRecordsOf, type TopicItems } from '../../lib/storage/topic-records';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';

/** Items as restore writes them: in their topics' records, counted by the items each holds. */
const topicWrite = (items: Item[]): TableWrite => ({ table: 'topicItems', records: topicRecordsOf(items), weight: (record) => (record as TopicItems).items.length });

describe('writing a whole backup', () => {
  it('writes a batch at a time, saying how far it has come, and tells the live queries once it is done', async () => {
    const db = await freshDatabase();
    const dialogue = buildDialogue(sampleDialogueInput());
    // 1,000 points in each of five topics: five records of 1,000.
    const items = Array.from({ length: 5000 }, (_, index) => buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: `t${(index % 5) + 1}`, text: `point ${index}` }));
    const watched = new Promise<number>((resolve) => {
      const subscription = liveQuery(() => itemTable(db).count()).subscribe((count) => {
        if (count === 5000) {
          subscription.unsubscribe();
          resolve(count);
        }
      });
    });
    const progress: Array<[number, number]> = [];
    await writeAllOrNothing(db, [{ table: 'dialogues', records: [dialogue] }, topicWrite(items)], (written, total) => progress.push([written, total]));
    // A batch ends once 2,000 of the user's records are in it: the dialogue and two topics, then two, then one.
    expect(progress).toEqual([
      [2001, 5001],
      [4001, 5001],
      [5001, 5001],
    ]);
    expect(await watched).toBe(5000);
    expect(await db.topicItems.count()).toBe(5);
  });

  it('merges with what is stored, in the same transaction: an item of the same id replaced wherever it was, the rest kept', async () => {
    const db = await freshDatabase();
    const dialogue = buildDialogue(sampleDialogueInput());
    const kept = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'only here' });
    const replaced = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'as it was' });
    const alone = buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't4', text: 'alone in its topic' });
    await db.dialogues.add(dialogue);
    await itemTable(db).bulkAdd([kept, replaced, alone]);
    // A (crafted) backup holds the lone item under another topic: it is stored once, where the backup has it.
    const incoming = [{ ...replaced, text: 'from the backup' }, { ...alone, topicId: 't5' }];
    const progress: Array<[number, number]> = [];
    await writeAllOrNothing(db, [{ ...topicWrite(incoming), mergeWithStored: (stored, records) => mergeIntoStored(stored as TopicItems[], records as TopicItems[]) }], (written, total) => progress.push([written, total]));
    expect((await itemTable(db).toArray()).map((item) => [item.text, item.topicId]).sort()).toEqual([
      ['alone in its topic', 't5'],
      ['from the backup', 't3'],
      ['only here', 't3'],
    ]);
    expect(await db.topicItems.get([dialogue.id, 't4'])).toBeUndefined();
    // The merged record is written with the item it keeps.
    expect(progress).toEqual([[3, 3]]);
  });

  it('says each step once, also when the last record fills a batch', async () => {
    const db = await freshDatabase();
    const dialogue = buildDialogue(sampleDialogueInput());
    const people = Array.from({ length: 1999 }, (_, index) => ({ id: `p${index}`, name: `Person ${index}`, staffCategory: 'academic', turned60: false, createdAt: dialogue.createdAt, updatedAt: dialogue.createdAt }));
    const progress: Array<[number, number]> = [];
    await writeAllOrNothing(db, [{ table: 'dialogues', records: [dialogue] }, { table: 'people', records: people }], (written, total) => progress.push([written, total]));
    expect(progress).toEqual([[2000, 2000]]);
  });

  it('writes nothing when a record cannot be stored', async () => {
    const db = await freshDatabase();
    const dialogue = buildDialogue(sampleDialogueInput());
    const items = [buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'fine' })];
    // A record without its key (no dialogue id): IndexedDB refuses it.
    const keyless = { topicId: 't4', items: [] };
    await expect(writeAllOrNothing(db, [{ table: 'dialogues', records: [dialogue] }, { table: 'topicItems', records: [...topicRecordsOf(items), keyless] }])).rejects.toThrow();
    expect([await db.dialogues.count(), await itemTable(db).count()]).toEqual([0, 0]);
  });
});
