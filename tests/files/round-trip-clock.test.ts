import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planItemsOf } from '../../lib/domain/plan';
import type { Item } from '../../lib/domain/schema';
import { roundTripFileOf } from '../../lib/files/round-trip';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { acknowledgePlan } from '../../lib/storage/dialogue-records';
import { deleteItem, saveItem } from '../../lib/storage/item-writes';
import { freshDatabase } from '../helpers';
import { editPlan, heldMeetingOn, read, sendOutcomeFrom, sendUpdate, takeIn, write } from './two-devices';

/*
 * Issue #29, one case per finding: files replayed, reordered or edited never revert a value, never ask twice, and
 * never drop a change without saying so. Each step happens a minute after the one before (the clock is the test's).
 */

let employeeDb: SamtaleDatabase;
let managerDb: SamtaleDatabase;
let ids: { employees: string; managers: string };
let clock = Date.parse('2026-12-01T12:00:00Z');
/** The next step, a minute later. */
const aMinuteLater = () => vi.setSystemTime((clock += 60_000));

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  aMinuteLater();
  [employeeDb, managerDb] = await Promise.all([freshDatabase(), freshDatabase()]);
  const { employees, managers } = await heldMeetingOn(employeeDb, managerDb);
  ids = { employees: employees.id, managers: managers.id };
  aMinuteLater();
});
afterEach(() => void vi.useRealTimers());

const employee = () => read(employeeDb, ids.employees);
const manager = () => read(managerDb, ids.managers);
const outcome = async () => {
  const text = await sendOutcomeFrom(managerDb, ids.managers);
  aMinuteLater();
  return text;
};
const update = async (db: SamtaleDatabase, id: string) => {
  const text = await sendUpdate(db, id);
  aMinuteLater();
  return text;
};
const toEmployee = async (text: string, choices: Array<'ours' | 'theirs'> = []) => {
  await write(employeeDb, ids.employees, takeIn(text, await employee()), choices);
  aMinuteLater();
};
const toManager = async (text: string, choices: Array<'ours' | 'theirs'> = []) => {
  await write(managerDb, ids.managers, takeIn(text, await manager()), choices);
  aMinuteLater();
};
const conclusion = (items: Item[]) => items.find((item) => item.kind === 'conclusion')!;
const course = (items: Item[]) => planItemsOf(items).find((item) => item.text.startsWith('Course'))!;
const edit = async (db: SamtaleDatabase, item: Item, changes: Record<string, unknown>) => {
  await (item.kind === 'plan' ? editPlan(db, item, changes) : saveItem(db, item, changes));
  aMinuteLater();
};
/** Nothing the user would see: no entry added, changed or removed, no question. */
const nothingToShow = (plan: ReturnType<typeof takeIn>) => ({
  add: plan.add.length,
  changed: plan.update.filter(({ changes }) => Object.keys(changes).some((key) => !['fieldsAt', 'receivedAt', 'origin'].includes(key))).length,
  remove: plan.remove.length,
  questions: plan.conflicts.length + plan.removalQuestions.length,
  agreement: plan.dialogueChanges.agreement,
});
const NOTHING = { add: 0, changed: 0, remove: 0, questions: 0, agreement: undefined };

describe('an older file never wins (issue #29)', () => {
  it('an older outcome leaves a newer conclusion as it is, and says so', async () => {
    const first = await outcome();
    await edit(managerDb, conclusion((await manager()).items), { text: 'Teaching load goes down to 30 %.' });
    const second = await outcome();
    await toEmployee(second);
    const late = takeIn(first, await employee());
    expect(nothingToShow(late)).toEqual(NOTHING);
    expect(late.leftOut).toEqual([expect.objectContaining({ why: 'older', what: 'Teaching load stays at 40 %.' })]);
    // Nothing to write: the panel's "Take it in" stays off.
    expect(late.notesSeen).toBe(false);
    expect(conclusion((await employee()).items).text).toBe('Teaching load goes down to 30 %.');
  });

  it('an older outcome does not bring back an agreement withdrawn since, whichever arrives first', async () => {
    const agreed = await outcome();
    await acknowledgePlan(managerDb, ids.managers, 'manager', null, 'dialogue', new Date());
    aMinuteLater();
    const withdrawn = await update(managerDb, ids.managers);
    await toEmployee(agreed);
    expect((await employee()).dialogue.agreement.manager).toMatchObject({ name: 'Kari Nordmann' });
    await toEmployee(withdrawn);
    expect((await employee()).dialogue.agreement.manager).toBeNull();
    const again = takeIn(agreed, await employee());
    expect(nothingToShow(again)).toEqual(NOTHING);
    expect(again.leftOut).toEqual([expect.objectContaining({ why: 'older', party: 'manager' })]);
    await write(employeeDb, ids.employees, again);
    expect((await employee()).dialogue.agreement.manager).toBeNull();
  });

  it('a file that only confirms what is here is noted as seen, so an older one cannot bring back what it replaced', async () => {
    const first = await outcome();
    await toEmployee(first);
    await edit(managerDb, conclusion((await manager()).items), { text: 'Teaching load goes down to 30 %.' });
    const changed = await outcome();
    await edit(managerDb, conclusion((await manager()).items), { text: 'Teaching load stays at 40 %.' });
    const changedBack = await outcome();
    const confirming = takeIn(changedBack, await employee());
    expect(nothingToShow(confirming)).toEqual(NOTHING);
    expect(confirming.notesSeen).toBe(true);
    await toEmployee(changedBack);
    const late = takeIn(changed, await employee());
    expect(nothingToShow(late)).toEqual(NOTHING);
    expect(late.leftOut.map(({ why }) => why)).toEqual(['older']);
  });
});

describe('seen is seen: a value already taken in never comes back as a question (issue #29)', () => {
  it('the employee opens the outcome again after marking an item done: nothing new, no conflict', async () => {
    const sent = await outcome();
    await toEmployee(sent);
    await edit(employeeDb, course((await employee()).items), { status: 'done' });
    const again = takeIn(sent, await employee());
    expect(nothingToShow(again)).toEqual(NOTHING);
    expect(course((await employee()).items).status).toBe('done');
  });

  it('the manager changes a field after taking an update: the same update, or an older one, asks nothing', async () => {
    await toEmployee(await outcome());
    await edit(employeeDb, course((await employee()).items), { status: 'inProgress' });
    const older = await update(employeeDb, ids.employees);
    await edit(employeeDb, course((await employee()).items), { statusComment: 'Signed up' });
    const newer = await update(employeeDb, ids.employees);
    await toManager(newer);
    await edit(managerDb, course((await manager()).items), { status: 'done', statusComment: 'Certificate seen' });
    for (const file of [newer, older]) {
      const plan = takeIn(file, await manager());
      expect(nothingToShow(plan)).toEqual(NOTHING);
    }
    // The older update's values were all in the newer one: already seen, nothing left out either.
    expect(takeIn(older, await manager()).leftOut).toEqual([]);
    expect(course((await manager()).items)).toMatchObject({ status: 'done', statusComment: 'Certificate seen' });
  });

  it('after “Keep mine”, the same file asks nothing again, and the kept value reaches the other side as the newer', async () => {
    await toEmployee(await outcome());
    await edit(employeeDb, course((await employee()).items), { statusComment: 'Found a course myself' });
    await edit(managerDb, course((await manager()).items), { statusComment: 'Asked HR for a place' });
    const hers = await update(employeeDb, ids.employees);
    expect(takeIn(hers, await manager()).conflicts).toHaveLength(1);
    await toManager(hers, ['ours']);
    expect(nothingToShow(takeIn(hers, await manager()))).toEqual(NOTHING);
    await toEmployee(await update(managerDb, ids.managers));
    expect(course((await employee()).items).statusComment).toBe('Asked HR for a place');
  });
});

describe('nothing dropped in silence: a plan item removed on one side (issue #29)', () => {
  const removeCourse = async () => {
    await deleteItem(managerDb, ids.managers, course((await manager()).items).id);
    aMinuteLater();
  };

  it('leaves the employee’s copy when she did not change it; an older outcome does not bring it back', async () => {
    const first = await outcome();
    await toEmployee(first);
    await removeCourse();
    const removal = await update(managerDb, ids.managers);
    const plan = takeIn(removal, await employee());
    expect(plan.remove.map((item) => item.text)).toEqual(['Course in statistics']);
    await toEmployee(removal);
    expect(course((await employee()).items)).toBeUndefined();
    const late = takeIn(first, await employee());
    expect(late.add).toEqual([]);
    expect(late.leftOut).toEqual([expect.objectContaining({ why: 'removedHere', what: 'Course in statistics' })]);
    expect(nothingToShow(takeIn(removal, await employee()))).toEqual(NOTHING);
  });

  it('an older outcome does not bring an item the newer one removed, though this copy never had it', async () => {
    const first = await outcome();
    await removeCourse();
    await toEmployee(await outcome());
    const late = takeIn(first, await employee());
    expect(late.add.filter((item) => item.kind === 'plan')).toEqual([]);
    expect(late.leftOut).toEqual([expect.objectContaining({ why: 'removedHere', what: 'Course in statistics' })]);
  });

  it('asks both sides when one removed what the other changed, once each, and the two copies end alike', async () => {
    await toEmployee(await outcome());
    await edit(employeeDb, course((await employee()).items), { status: 'done' });
    await removeCourse();
    const removal = await update(managerDb, ids.managers);
    const atEmployee = takeIn(removal, await employee());
    expect(atEmployee.removalQuestions).toEqual([expect.objectContaining({ kind: 'removedThere' })]);
    await toEmployee(removal, ['ours']);
    expect(course((await employee()).items).status).toBe('done');
    expect(takeIn(removal, await employee()).removalQuestions).toEqual([]);

    const hers = await update(employeeDb, ids.employees);
    const atManager = takeIn(hers, await manager());
    expect(atManager.removalQuestions).toEqual([expect.objectContaining({ kind: 'addBack' })]);
    await toManager(hers, ['theirs']);
    expect(course((await manager()).items)).toMatchObject({ status: 'done', origin: null });
    expect(nothingToShow(takeIn(hers, await manager()))).toEqual(NOTHING);
    await toEmployee(await update(managerDb, ids.managers));
    // The same values (the order each shows them in is each copy's own: the item came back later on his side).
    const plan = (items: Item[]) => planItemsOf(items).map(({ text, status, due }) => ({ text, status, due })).sort((a, b) => a.text.localeCompare(b.text));
    expect(plan((await employee()).items)).toEqual(plan((await manager()).items));
  });

  it('tells the manager an item removed there is still in her copy, with why, and asks nothing', async () => {
    await toEmployee(await outcome());
    await removeCourse();
    const plan = takeIn(await update(employeeDb, ids.employees), await manager());
    expect(plan.removalQuestions).toEqual([]);
    expect(plan.leftOut).toEqual([expect.objectContaining({ why: 'removedHere', what: 'Course in statistics' })]);
  });

  it('“Keep it removed” removes it again now: her copy hears of it as the newer removal', async () => {
    await toEmployee(await outcome());
    await removeCourse();
    await edit(employeeDb, course((await employee()).items), { status: 'inProgress' });
    await toManager(await update(employeeDb, ids.employees), ['ours']);
    expect(course((await manager()).items)).toBeUndefined();
    const removal = takeIn(await update(managerDb, ids.managers), await employee());
    expect(removal.removalQuestions).toEqual([expect.objectContaining({ kind: 'removedThere' })]);
  });
});

describe('files from before the clock rule (version 1)', () => {
  it('are still read: every value dated as of the file', async () => {
    const file = JSON.parse(await outcome());
    const v1 = { ...file, version: 1, entries: file.entries.map(({ at: _at, ...entry }: { at: string }) => entry) };
    delete v1.agreementAt;
    delete v1.removed;
    expect(roundTripFileOf(v1).ok).toBe(true);
    await toEmployee(JSON.stringify(v1));
    expect(conclusion((await employee()).items).origin?.at).toBe(file.exportedAt);
  });
});
