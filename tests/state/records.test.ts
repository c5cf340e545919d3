import { describe, expect, it, vi } from 'vitest';
import { createRecords } from '../../lib/state/records';
import type { Route } from '../../lib/state/router';
import { freshDatabase, sampleDialogueInput } from '../helpers';
import { openConnection, until } from './slice-helpers';

async function recordsSlice() {
  const db = await freshDatabase();
  const { connection, problems } = await openConnection(db);
  const navigate = vi.fn<(route: Route) => void>();
  const leave = vi.fn();
  const flushDrafts = vi.fn(async () => undefined);
  const records = createRecords({ connection, problems, navigate, leave, flushDrafts });
  return { db, problems, records, navigate, leave, flushDrafts };
}

describe('the records slice', () => {
  it('creates a dialogue and opens it', async () => {
    const { db, records, navigate } = await recordsSlice();
    await records.createDialogue(sampleDialogueInput());
    const [dialogue] = await db.dialogues.toArray();
    expect(navigate).toHaveBeenCalledWith({ name: 'dialogue', dialogueId: dialogue!.id, topicIndex: 0 });
  });

  it('plans a dialogue with its time, length and place in the same record', async () => {
    const { db, records } = await recordsSlice();
    await records.planDialogue({ ...sampleDialogueInput({ role: 'manager' }), plannedTime: '09:30', durationMinutes: 120, place: 'Room 101' });
    expect(await db.dialogues.toArray()).toMatchObject([{ plannedTime: '09:30', durationMinutes: 120, place: 'Room 101' }]);
  });

  it('refuses a value no backup could restore, and creates nothing', async () => {
    const { db, records, problems, navigate } = await recordsSlice();
    await records.createDialogue(sampleDialogueInput({ managerName: 'x'.repeat(201) }));
    expect(problems.problem.value).toEqual({ kind: 'textTooLong', limit: 200 });
    expect(await db.dialogues.count()).toBe(0);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('writes what is typed before deleting a dialogue, and leaves its view', async () => {
    const { db, records, leave, flushDrafts } = await recordsSlice();
    await records.createDialogue(sampleDialogueInput());
    const [dialogue] = await db.dialogues.toArray();
    await records.deleteDialogue(dialogue!.id);
    expect(flushDrafts).toHaveBeenCalled();
    expect(leave).toHaveBeenCalledWith({ dialogueId: dialogue!.id }, { name: 'home' });
    expect(await db.dialogues.count()).toBe(0);
  });

  it('lists the user’s own dialogues first, then everything with the employees, once read', async () => {
    const { db, records } = await recordsSlice();
    await records.savePerson({ name: 'Kari', staffCategory: 'academic', turned60: false });
    await records.createDialogue(sampleDialogueInput());
    expect(records.everythingRead.value).toBe(false);
    records.readEverything();
    await until(() => records.everythingRead.value);
    expect(records.people.value.map((person) => person.name)).toEqual(['Kari']);
    expect(records.dialogues.value).toHaveLength(await db.dialogues.count());
    records.stop();
  });

  it('leaves entries of the other party off the agenda one key at a time: two panels choosing at once both win (issue #28)', async () => {
    const { db, records } = await recordsSlice();
    await records.createDialogue(sampleDialogueInput({ role: 'manager' }));
    const [dialogue] = await db.dialogues.toArray();
    await Promise.all([records.setOffAgenda(dialogue!.id, 'her-point', true), records.setOffAgenda(dialogue!.id, 'theirs:t2-q01', true)]);
    expect([...(await db.dialogues.get(dialogue!.id))!.offAgendaIds].sort()).toEqual(['her-point', 'theirs:t2-q01']);
    await records.setOffAgenda(dialogue!.id, 'her-point', false);
    expect((await db.dialogues.get(dialogue!.id))!.offAgendaIds).toEqual(['theirs:t2-q01']);
  });

  it('records the agreement: with both parties, the plan is agreed', async () => {
    const { db, records } = await recordsSlice();
    await records.createDialogue(sampleDialogueInput({ role: 'manager' }));
    const [dialogue] = await db.dialogues.toArray();
    // In the meeting the manager's copy notes the employee's agreement, as given there, and says who noted it.
    await records.acknowledge(dialogue!.id, 'employee', { name: 'Ola', date: '2026-11-30' }, 'meeting');
    await records.acknowledge(dialogue!.id, 'manager', { name: 'Kari', date: '2026-11-30' });
    const stored = (await db.dialogues.get(dialogue!.id))!;
    expect(stored.status).toBe('planAgreed');
    expect(stored.agreement.employee).toEqual({ name: 'Ola', date: '2026-11-30', recordedBy: stored.managerName });
    expect(stored.agreement.manager).toEqual({ name: 'Kari', date: '2026-11-30' });
  });

  it('records only what the copy’s owner may: the other party’s agreement never outside the manager’s meeting (issue #28)', async () => {
    const { db, records } = await recordsSlice();
    await records.createDialogue(sampleDialogueInput({ role: 'employee' }));
    await records.createDialogue(sampleDialogueInput({ role: 'manager', plannedDate: '2026-12-02' }));
    const employeeCopy = (await db.dialogues.toArray()).find((d) => d.role === 'employee')!;
    const managerCopy = (await db.dialogues.toArray()).find((d) => d.role === 'manager')!;
    // The employee's copy cannot record (or withdraw) the manager's agreement, even in a meeting view.
    await records.acknowledge(employeeCopy.id, 'manager', { name: 'Kari', date: '2026-11-30' }, 'meeting');
    // The manager's copy cannot record the employee's outside the meeting.
    await records.acknowledge(managerCopy.id, 'employee', { name: 'Ola', date: '2026-11-30' }, 'dialogue');
    expect((await db.dialogues.get(employeeCopy.id))!.agreement).toEqual({ employee: null, manager: null });
    expect((await db.dialogues.get(managerCopy.id))!.agreement).toEqual({ employee: null, manager: null });
    // Each records its owner's own.
    await records.acknowledge(employeeCopy.id, 'employee', { name: 'Ola', date: '2026-11-30' });
    await records.acknowledge(managerCopy.id, 'manager', { name: 'Kari', date: '2026-11-30' });
    expect((await db.dialogues.get(employeeCopy.id))!.agreement.employee).toEqual({ name: 'Ola', date: '2026-11-30' });
    expect((await db.dialogues.get(managerCopy.id))!.agreement.manager).toEqual({ name: 'Kari', date: '2026-11-30' });
  });
});

describe('ending the meeting (issue #19)', () => {
  it('keeps an agreement recorded a moment before, and stops the clock', async () => {
    const { db, records } = await recordsSlice();
    await records.planDialogue({ ...sampleDialogueInput({ role: 'manager' }), plannedTime: '10:00', durationMinutes: 90, place: '' });
    const [dialogue] = await db.dialogues.toArray();
    await records.setMeetingClock(dialogue!.id, true);
    // Both agree, and the meeting ends at once (the screen may still show the status from before).
    await Promise.all([
      records.acknowledge(dialogue!.id, 'employee', { name: 'Ola', date: '2026-12-01' }, 'meeting'),
      records.acknowledge(dialogue!.id, 'manager', { name: 'Kari', date: '2026-12-01' }),
    ]);
    await records.endMeeting(dialogue!.id);
    expect(await db.dialogues.get(dialogue!.id)).toMatchObject({ status: 'planAgreed', meetingRunningSince: null });
  });

  it('marks a planned dialogue held', async () => {
    const { db, records } = await recordsSlice();
    await records.createDialogue(sampleDialogueInput({ role: 'manager' }));
    const [dialogue] = await db.dialogues.toArray();
    await records.endMeeting(dialogue!.id);
    expect((await db.dialogues.get(dialogue!.id))?.status).toBe('held');
  });
});
