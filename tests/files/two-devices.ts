import { buildItem, type ItemChanges } from '../../lib/domain/dialogues';
import { newPlanItemFields } from '../../lib/domain/plan';
import type { Dialogue, Item, ItemOf } from '../../lib/domain/schema';
import { defaultSelection, selectSummary, summaryCandidates } from '../../lib/export/summary';
import { readIncoming } from '../../lib/files/incoming';
import { buildOutcomeFile, buildPlanUpdateFile } from '../../lib/files/outgoing';
import { buildSharedFile, planImport } from '../../lib/files/share';
import { takeInOutcome, takeInPlanUpdate, writesOf, type TakeIn } from '../../lib/files/take-in';
import { getGuide } from '../../lib/guide/bundled';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { applyTakeIn } from '../../lib/storage/exchange-writes';
import { itemsOfDialogue } from '../../lib/storage/item-reads';
import { saveItem } from '../../lib/storage/item-writes';
import { itemTable, sampleDialogueInput } from '../helpers';

/*
 * The round trip between two devices, each with its own database, as the panel drives it: the files each side
 * writes, what taking one in would do, and the writes once the user has chosen. Shared by the round trip's tests.
 */

export const landing = { followUpTopicId: 't1', planTopicId: 't7' };
const guide = getGuide('uio-dialogue-2020', 'en');

export const read = async (db: SamtaleDatabase, id: string) => ({ dialogue: (await db.dialogues.get(id))!, items: await itemsOfDialogue(db, id) });

/** What the panel writes for a checked file, with the user's choices (conflicts first, then removals). */
export async function write(db: SamtaleDatabase, dialogueId: string, plan: TakeIn, choices: ReadonlyArray<'ours' | 'theirs'> = []): Promise<void> {
  const writes = writesOf(plan, choices, await itemsOfDialogue(db, dialogueId), new Date().toISOString());
  const seen = (item: Item) => ({ id: item.id, seenUpdatedAt: item.updatedAt });
  await applyTakeIn(db, dialogueId, {
    add: writes.add,
    update: writes.update.map(({ item, changes }) => ({ ...seen(item), changes })),
    remove: writes.remove.map(seen),
    removals: writes.removals,
    dialogueChanges: writes.dialogueChanges,
  });
}

/** Every dialogue and item of a device, as text: equal before and after means nothing was written. */
export const counts = async (db: SamtaleDatabase) => JSON.stringify({ dialogues: await db.dialogues.toArray(), items: await itemTable(db).toArray() });

/** What a panel does when the user changes plan fields: the write dates them. */
export const editPlan = (db: SamtaleDatabase, item: Item, changes: Partial<ItemOf<'plan'>>) => saveItem(db, item, changes as ItemChanges, { touched: Object.keys(changes) });

/** The employee prepares and shares; the manager imports, holds the meeting and records two plan items and the agreement. */
export async function heldMeetingOn(employeeDb: SamtaleDatabase, managerDb: SamtaleDatabase) {
  const employees = await createDialogue(employeeDb, sampleDialogueInput());
  await itemTable(employeeDb).add(buildItem({ kind: 'point', dialogueId: employees.id, topicId: 't3', text: 'More follow-up meetings', shared: true }));
  const own = await read(employeeDb, employees.id);
  const candidates = summaryCandidates(own.dialogue, guide, own.items);
  const shared = readIncoming(JSON.stringify(buildSharedFile(own.dialogue, candidates, defaultSelection(candidates))), 'manager');
  if (!shared.ok || shared.kind !== 'sharedPoints') throw new Error('shared file refused');

  const managers = await createDialogue(managerDb, sampleDialogueInput({ role: 'manager', employeeId: 'p1' }));
  const imported = planImport(shared.file, managers, []);
  await applyTakeIn(managerDb, managers.id, { add: imported.add, update: [], dialogueChanges: { counterpartDialogueId: imported.counterpartDialogueId } });
  const base = { dialogueId: managers.id };
  const t = (n: number) => `2026-12-01T10:0${n}:00.000Z`;
  await itemTable(managerDb).bulkAdd([
    buildItem({ ...base, kind: 'conclusion', topicId: 't2', text: 'Teaching load stays at 40 %.' }),
    buildItem({ ...base, kind: 'meetingNote', topicId: 't2', text: 'PRIVATE: seemed tired' }),
    { ...buildItem({ ...base, topicId: 't7', ...newPlanItemFields('Course in statistics'), due: '2027-05-01', successCriteria: 'Certificate' }), createdAt: t(1) },
    { ...buildItem({ ...base, topicId: 't7', ...newPlanItemFields('Arrange a mentor'), responsible: 'manager' as const }), createdAt: t(2) },
  ]);
  await managerDb.dialogues.update(managers.id, { agreement: { employee: null, manager: { name: 'Kari Nordmann', date: '2026-12-01' } }, status: 'held' });
  return { employees, managers };
}

/** The manager sends the outcome (the summary's default choice). */
export async function sendOutcomeFrom(managerDb: SamtaleDatabase, managerId: string): Promise<string> {
  const { dialogue, items } = await read(managerDb, managerId);
  const candidates = summaryCandidates(dialogue, guide, items);
  return JSON.stringify(buildOutcomeFile(dialogue, items, selectSummary(candidates, defaultSelection(candidates)), []));
}

export async function sendUpdate(db: SamtaleDatabase, dialogueId: string): Promise<string> {
  const { dialogue, items } = await read(db, dialogueId);
  return JSON.stringify(buildPlanUpdateFile(dialogue, items));
}

/** What taking a file in would do, checked as the panel checks it. */
export function takeIn(text: string, here: { dialogue: Dialogue; items: Item[] }, previous: Item[] = []): TakeIn {
  const file = readIncoming(text, here.dialogue.role);
  if (!file.ok) throw new Error(`refused: ${JSON.stringify(file.problem)}`);
  if (file.kind === 'sharedPoints') throw new Error('not a round-trip file');
  const plan = file.kind === 'outcome' ? takeInOutcome(file.file, here.dialogue, here.items, previous, landing) : takeInPlanUpdate(file.file, here.dialogue, here.items, landing);
  if (!('add' in plan)) throw new Error(plan.kind);
  return plan;
}
