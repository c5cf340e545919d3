import { itemTable } from '../helpers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SamtaleDatabase } from '../../lib/storage/db';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { deleteItem, saveItem } from '../../lib/storage/item-writes';
import { foldCase, NoteIndex } from '../../lib/search/note-index';
import type { Dialogue, Item } from '../../lib/domain/schema';

const plain = async (items: Item[]) => items;

function dialogue(plannedDate: string, employeeName: string): Dialogue {
  return buildDialogue({ role: 'manager', employeeName, managerName: 'Mette', plannedDate, staffCategory: 'academic', turned60: false, language: 'en' });
}

describe('search over all notes', () => {
  let db: SamtaleDatabase;
  let older: Dialogue;
  let newer: Dialogue;

  beforeEach(async () => {
    db = new SamtaleDatabase(`search-${Math.random()}`);
    older = dialogue('2020-03-01', 'Kari');
    newer = dialogue('2025-03-01', 'Ola');
    await db.dialogues.bulkAdd([older, newer]);
    await itemTable(db).bulkAdd([
      buildItem({ kind: 'point', dialogueId: older.id, topicId: 't2', text: 'Teaching load is too high; teaching takes every morning.' }),
      buildItem({ kind: 'conclusion', dialogueId: newer.id, topicId: 't3', text: 'Less TEACHING next term.' }),
      buildItem({ kind: 'goal', dialogueId: newer.id, topicId: 't6', text: 'Publish', deadline: null, why: 'Promotion needs a teaching portfolio' }),
      buildItem({ kind: 'point', dialogueId: newer.id, topicId: 't4', text: 'Nothing here' }),
    ]);
  });
  afterEach(() => db.delete());

  async function index(): Promise<NoteIndex> {
    const built = new NoteIndex();
    await built.sync(db, await db.dialogues.toArray(), plain);
    return built;
  }

  it('finds every note with the words, ignoring case, once per note, newest dialogue first, in any field', async () => {
    const result = (await index()).search('Teaching');
    expect(result.total).toBe(3);
    expect(result.hits.map((hit) => hit.dialogueId)).toEqual([newer.id, newer.id, older.id]);
    expect(result.hits.map((hit) => hit.match).sort()).toEqual(['TEACHING', 'Teaching', 'teaching']);
    expect(result.hits[2]).toMatchObject({ topicId: 't2', kind: 'point', before: '' });
    // Forty characters of context, and an ellipsis where the note goes on.
    expect(result.hits[2]!.after).toBe(`${' load is too high; teaching takes every morning.'.slice(0, 40)}…`);
  });

  it('counts all matches but returns only up to the limit; short or empty queries find nothing', async () => {
    const built = await index();
    const limited = built.search('teaching', 1);
    expect(limited.total).toBe(3);
    expect(limited.hits).toHaveLength(1);
    expect(built.search('t').total).toBe(0);
    expect(built.search('   ').total).toBe(0);
    expect(built.search('no such words').total).toBe(0);
    // The separator between notes can never be matched across two notes.
    expect(built.search('morning.\u0000Less').total).toBe(0);
  });

  it('follows edits, deletions and removed dialogues by re-reading only what changed', async () => {
    const built = await index();
    const [first] = await itemTable(db).ofDialogue(older.id);
    await saveItem(db, first!, { text: 'Research leave in spring' });
    await built.sync(db, await db.dialogues.toArray(), plain);
    expect(built.search('research leave').total).toBe(1);
    expect(built.search('teaching').total).toBe(2);

    const conclusion = (await itemTable(db).ofDialogue(newer.id)).find((item) => item.kind === 'conclusion')!;
    await deleteItem(db, newer.id, conclusion.id);
    await built.sync(db, await db.dialogues.toArray(), plain);
    expect(built.search('teaching').total).toBe(1);

    await built.sync(db, [await db.dialogues.get(older.id)].filter((d): d is Dialogue => d !== undefined), plain);
    expect(built.search('portfolio').total).toBe(0);
    expect(built.size).toBe(1);
  });

  it('leaves out notes it cannot open (sealed under a closed lock)', async () => {
    const sealed = buildItem({ kind: 'point', dialogueId: newer.id, topicId: 't1', text: '' });
    await itemTable(db).put({ ...sealed, sealed: { iv: 'aaaa', data: 'bbbb' } });
    const built = await index();
    expect(built.size).toBe(4);
  });

  it('lowers case without moving any character, so snippets point at the match', () => {
    expect(foldCase('İstanbul ÆØÅ')).toHaveLength('İstanbul ÆØÅ'.length);
    expect(foldCase('ÆØÅ Teaching')).toBe('æøå teaching');
  });
});
