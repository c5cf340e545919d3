import { itemTable } from './helpers';
import { describe, expect, it } from 'vitest';
import { asTopicRecords, countNotesContaining, generateDataSet, PLANTED_WORD } from '../scripts/bench-data.mjs';
import { topicRecordsOf, type TopicItems } from '../lib/storage/topic-records';
import { DialogueSchema, ItemSchema, PersonSchema } from '../lib/domain/schema';
import { NoteIndex } from '../lib/search/note-index';
import { SamtaleDatabase } from '../lib/storage/db';
import type { Dialogue, Item, Person } from '../lib/domain/schema';

describe('the benchmark data set', () => {
  const data = generateDataSet({ employees: 4, years: 3, notesPerDialogue: 100, largestNotes: 150 });

  it('has exactly the stored shape (every record passes the schemas)', () => {
    for (const person of data.people) expect(PersonSchema.safeParse(person).error).toBeUndefined();
    for (const dialogue of data.dialogues) expect(DialogueSchema.safeParse(dialogue).error).toBeUndefined();
    for (const item of data.items) expect(ItemSchema.safeParse(item).error).toBeUndefined();
  });

  it('has the size it says: dialogues per employee and year, notes per dialogue, one largest', () => {
    expect(data.people).toHaveLength(4);
    expect(data.dialogues).toHaveLength(4 * 3 + 3);
    const largest = data.items.filter((item) => item.dialogueId === data.largestDialogueId);
    expect(largest).toHaveLength(150);
    expect(data.items).toHaveLength(4 * 3 * 100 + 50 + 3 * 30);
  });

  it('is the same every time (seeded), and search counts the planted word as the obvious scan does', async () => {
    expect(generateDataSet({ employees: 4, years: 3 }).items.map((item) => item.text)).toEqual(
      generateDataSet({ employees: 4, years: 3 }).items.map((item) => item.text),
    );
    // Over 40 dialogues and 2,000 notes: the index reads everything in pages.
    const big = generateDataSet({ employees: 15, years: 3, notesPerDialogue: 60 });
    const db = new SamtaleDatabase(`bench-data-${Math.random()}`);
    await db.people.bulkAdd(big.people as Person[]);
    await db.dialogues.bulkAdd(big.dialogues as Dialogue[]);
    // The bench stores the notes as Samtale does (scripts/bench-data.mjs cannot import the TypeScript it mirrors).
    const records = asTopicRecords(big.items);
    expect(records).toEqual(topicRecordsOf(big.items as unknown as Item[]));
    await db.topicItems.bulkAdd(records as unknown as TopicItems[]);
    expect(await itemTable(db).count()).toBe(big.items.length);
    const index = new NoteIndex();
    await index.sync(db, big.dialogues as Dialogue[], async (items) => items);
    const expected = countNotesContaining(big.items, PLANTED_WORD);
    expect(expected).toBeGreaterThan(0);
    expect(index.search(PLANTED_WORD).total).toBe(expected);
    await db.delete();
  }, 30_000);
});
