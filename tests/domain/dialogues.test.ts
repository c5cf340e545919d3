import { beforeEach, describe, expect, it } from 'vitest';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { buildItem, sortDialogues } from '../../lib/domain/dialogues';
import { createDialogue, deleteDialogue, setQuestionMarked, updateDialogue } from '../../lib/storage/dialogue-records';
import { itemsOfDialogue } from '../../lib/storage/item-reads';
import { saveItem } from '../../lib/storage/item-writes';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';

let db: SamtaleDatabase;
beforeEach(async () => {
  db = await freshDatabase();
});

describe('dialogues in the database', () => {
  it('creates a dialogue with the choices made, planned and with nothing marked', async () => {
    const dialogue = await createDialogue(db, sampleDialogueInput({ turned60: true, staffCategory: 'academic', templateId: 'uio-performance-interview-2009' }));
    const stored = await db.dialogues.get(dialogue.id);
    expect(stored).toMatchObject({ turned60: true, staffCategory: 'academic', templateId: 'uio-performance-interview-2009', status: 'planned', markedQuestionIds: [], previousDialogueId: null });
  });

  it('links a new dialogue to the latest earlier one of the same employee', async () => {
    const first = await createDialogue(db, sampleDialogueInput({ plannedDate: '2024-11-01' }));
    const second = await createDialogue(db, sampleDialogueInput({ plannedDate: '2025-11-01' }));
    const third = await createDialogue(db, sampleDialogueInput({ plannedDate: '2026-11-01' }));
    expect(second.previousDialogueId).toBe(first.id);
    expect(third.previousDialogueId).toBe(second.id);
    const ofSomeoneElse = await createDialogue(db, sampleDialogueInput({ role: 'manager', employeeId: 'p1' }));
    expect(ofSomeoneElse.previousDialogueId).toBeNull();
  });

  it('lists dialogues newest first', async () => {
    await createDialogue(db, sampleDialogueInput({ plannedDate: '2024-11-01' }));
    await createDialogue(db, sampleDialogueInput({ plannedDate: '2026-11-01' }));
    await createDialogue(db, sampleDialogueInput({ plannedDate: '2025-11-01' }));
    expect(sortDialogues(await db.dialogues.toArray()).map((d) => d.plannedDate)).toEqual(['2026-11-01', '2025-11-01', '2024-11-01']);
  });

  it('marks and unmarks questions without touching the others', async () => {
    const { id } = await createDialogue(db, sampleDialogueInput());
    await Promise.all([setQuestionMarked(db, id, 't2-q01', true), setQuestionMarked(db, id, 't4-h02', true), setQuestionMarked(db, id, 't5-q03', true)]);
    await setQuestionMarked(db, id, 't4-h02', false);
    expect((await db.dialogues.get(id))!.markedQuestionIds.sort()).toEqual(['t2-q01', 't5-q03']);
  });

  it('creates an item on its first save and then writes only the fields changed', async () => {
    const { id } = await createDialogue(db, sampleDialogueInput());
    const goal = buildItem({ kind: 'goal', dialogueId: id, topicId: 't6', deadline: null, why: '' });
    await saveItem(db, goal, { text: 'Finish the course' });
    await saveItem(db, goal, { why: 'Teaching needs it' } as never);
    await saveItem(db, goal, { text: 'Finish the course by June' });
    const [stored] = await itemsOfDialogue(db, id);
    expect(stored).toMatchObject({ id: goal.id, kind: 'goal', text: 'Finish the course by June', why: 'Teaching needs it' });
  });

  it('refuses an item for a dialogue that does not exist, and writes nothing', async () => {
    const orphan = buildItem({ kind: 'point', dialogueId: 'missing', topicId: 't1' });
    await expect(saveItem(db, orphan, { text: 'x' })).rejects.toThrow(/No dialogue/);
    await expect(saveItem(db, orphan, { text: 'x' }, { touchDialogue: false })).rejects.toThrow(/No dialogue/);
    expect(await itemTable(db).count()).toBe(0);
  });

  it('moves the dialogue’s updatedAt with a new item always, and with a changed one when asked', async () => {
    const { id } = await createDialogue(db, sampleDialogueInput());
    const updatedAt = async () => (await db.dialogues.get(id))!.updatedAt;
    const point = buildItem({ kind: 'point', dialogueId: id, topicId: 't2' });
    const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
    let last = await updatedAt();
    await tick();
    await saveItem(db, point, { text: 'new' }, { touchDialogue: false });
    expect(await updatedAt()).not.toBe(last);
    last = await updatedAt();
    await tick();
    await saveItem(db, point, { text: 'changed, quietly' }, { touchDialogue: false });
    expect(await updatedAt()).toBe(last);
    await tick();
    await saveItem(db, point, { text: 'changed' });
    expect(await updatedAt()).not.toBe(last);
    expect((await itemTable(db).get(point.id))!.text).toBe('changed');
  });

  it('deletes a dialogue with all its items and leaves other dialogues alone', async () => {
    const keep = await createDialogue(db, sampleDialogueInput());
    const drop = await createDialogue(db, sampleDialogueInput());
    for (const dialogue of [keep, drop]) await saveItem(db, buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't2' }), { text: 'hello' });
    await deleteDialogue(db, drop.id);
    expect(await db.dialogues.toCollection().primaryKeys()).toEqual([keep.id]);
    expect((await itemTable(db).toArray()).map((item) => item.dialogueId)).toEqual([keep.id]);
  });

  it('updates dialogue fields and refuses an unknown dialogue', async () => {
    const { id } = await createDialogue(db, sampleDialogueInput());
    await updateDialogue(db, id, { managerName: 'Per Hansen' });
    expect((await db.dialogues.get(id))!.managerName).toBe('Per Hansen');
    await expect(updateDialogue(db, 'nope', { managerName: 'x' })).rejects.toThrow();
  });
});
