import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { buildDialogue, buildItem } from '../../lib/domain/dialogues';
import { writeAllOrNothing } from '../../lib/storage/bulk-write';
import { freshDatabase, sampleDialogueInput } from '../helpers';

describe('writing a whole backup', () => {
  it('writes a batch at a time, saying how far it has come, and tells the live queries once it is done', async () => {
    const db = await freshDatabase();
    const dialogue = buildDialogue(sampleDialogueInput());
    const items = Array.from({ length: 5000 }, (_, index) => buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: `point ${index}` }));
    const watched = new Promise<number>((resolve) => {
      const subscription = liveQuery(() => db.items.count()).subscribe((count) => {
        if (count === 5000) {
          subscription.unsubscribe();
          resolve(count);
        }
      });
    });
    const progress: Array<[number, number]> = [];
    await writeAllOrNothing(db, [{ table: 'dialogues', records: [dialogue] }, { table: 'items', records: items }], (written, total) => progress.push([written, total]));
    expect(progress).toEqual([
      [2000, 5001],
      [4000, 5001],
      [5001, 5001],
    ]);
    expect(await watched).toBe(5000);
  });

  it('writes nothing when a record cannot be stored', async () => {
    const db = await freshDatabase();
    const dialogue = buildDialogue(sampleDialogueInput());
    const items = [buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'fine' }), { ...buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3' }), id: undefined }];
    await expect(writeAllOrNothing(db, [{ table: 'dialogues', records: [dialogue] }, { table: 'items', records: items }])).rejects.toThrow();
    expect([await db.dialogues.count(), await db.items.count()]).toEqual([0, 0]);
  });
});
