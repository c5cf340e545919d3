import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { newPlanItemFields, planItemsOf } from '../../lib/domain/plan';
import { ItemSchema, type ItemOf } from '../../lib/domain/schema';
import { openIncoming, readIncoming } from '../../lib/files/incoming';
import { OUTCOME_FORMAT, PROTECTED_FORMAT, withPassphrase } from '../../lib/files/outgoing';
import { takeInOutcome, takeInPlanUpdate, withChoices } from '../../lib/files/take-in';
import type { SamtaleDatabase } from '../../lib/storage/db';
import { createDialogue } from '../../lib/storage/dialogue-records';
import { ChangedMeanwhile } from '../../lib/storage/exchange-writes';
import { saveItem } from '../../lib/storage/item-writes';
import { freshDatabase, sampleDialogueInput, itemTable } from '../helpers';
import { counts, editPlan, heldMeetingOn, landing, read, sendOutcomeFrom, sendUpdate, takeIn, write } from './two-devices';

let employeeDb: SamtaleDatabase;
let managerDb: SamtaleDatabase;
beforeEach(async () => {
  [employeeDb, managerDb] = await Promise.all([freshDatabase(), freshDatabase()]);
});
const heldMeeting = () => heldMeetingOn(employeeDb, managerDb);
const sendOutcome = (managerId: string) => sendOutcomeFrom(managerDb, managerId);

describe('the round trip between the two devices', () => {
  it('brings the outcome to the employee’s own dialogue: conclusions, the plan in order, the manager’s agreement; the private note stays', async () => {
    const { employees, managers } = await heldMeeting();
    expect((await managerDb.dialogues.get(managers.id))!.counterpartDialogueId).toBe(employees.id);
    const outcome = await sendOutcome(managers.id);
    expect(outcome).not.toContain('PRIVATE');
    // The employee's own point came from them: it does not come back.
    expect(outcome).not.toContain('More follow-up meetings');

    const plan = takeIn(outcome, await read(employeeDb, employees.id));
    expect(plan.otherDialogueId).toBeNull();
    expect(plan.otherPerson).toBeNull();
    await write(employeeDb, employees.id, plan);
    const after = await read(employeeDb, employees.id);
    expect(after.items.filter((item) => item.kind === 'conclusion').map((item) => item.text)).toEqual(['Teaching load stays at 40 %.']);
    expect(planItemsOf(after.items).map((item) => item.text)).toEqual(['Course in statistics', 'Arrange a mentor']);
    expect(planItemsOf(after.items)[0]).toMatchObject({ due: '2027-05-01', successCriteria: 'Certificate', origin: { by: 'Kari Nordmann' } });
    expect(after.dialogue).toMatchObject({ counterpartDialogueId: managers.id, status: 'held', agreement: { employee: null, manager: { name: 'Kari Nordmann', date: '2026-12-01' } } });
    // The employee's own point is as it was.
    expect(after.items.find((item) => item.kind === 'point')).toMatchObject({ text: 'More follow-up meetings', origin: null });

    // Taken in twice: nothing the second time.
    const again = takeIn(outcome, after);
    expect({ add: again.add, update: again.update, conflicts: again.conflicts, dialogueChanges: again.dialogueChanges }).toEqual({ add: [], update: [], conflicts: [], dialogueChanges: {} });
  });

  it('carries the employee’s agreement the manager noted in the meeting: her copy asks her to confirm it, and then both say “Plan agreed” (issue #28)', async () => {
    const { employees, managers } = await heldMeeting();
    const { recordAgreement } = await import('../../lib/domain/meeting');
    const managers0 = (await managerDb.dialogues.get(managers.id))!;
    await managerDb.dialogues.update(managers.id, recordAgreement(managers0, 'employee', { name: 'Ola Nordmann', date: '2026-12-01' }, 'meeting')!);
    expect((await managerDb.dialogues.get(managers.id))!.status).toBe('planAgreed');

    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    const taken = (await employeeDb.dialogues.get(employees.id))!;
    // Recorded by the manager, not yet hers: her copy is at "held" until she confirms.
    expect(taken.agreement.employee).toEqual({ name: 'Ola Nordmann', date: '2026-12-01', recordedBy: 'Kari Nordmann' });
    expect(taken.status).toBe('held');
    await employeeDb.dialogues.update(employees.id, recordAgreement(taken, 'employee', { name: 'Ola Nordmann', date: '2026-12-02' }, 'dialogue')!);
    const confirmed = (await employeeDb.dialogues.get(employees.id))!;
    expect(confirmed).toMatchObject({ status: 'planAgreed', agreement: { employee: { name: 'Ola Nordmann', date: '2026-12-02' } } });
    expect(confirmed.agreement.employee!.recordedBy).toBeUndefined();
    // Her confirmation goes back with her update and replaces what the manager noted.
    await write(managerDb, managers.id, takeIn(await sendUpdate(employeeDb, employees.id), await read(managerDb, managers.id)));
    expect((await managerDb.dialogues.get(managers.id))!).toMatchObject({ status: 'planAgreed', agreement: { employee: { name: 'Ola Nordmann', date: '2026-12-02' } } });
    // The outcome again: her own agreement stays hers.
    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    expect((await employeeDb.dialogues.get(employees.id))!.agreement.employee!.recordedBy).toBeUndefined();
  });

  it('follows up both ways: the employee’s update reaches the manager once, and an older one never overwrites a newer', async () => {
    const { employees, managers } = await heldMeeting();
    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    const course = () => read(employeeDb, employees.id).then(({ items }) => planItemsOf(items)[0]!);
    await editPlan(employeeDb, await course(), { status: 'inProgress', statusComment: 'Signed up' });
    await employeeDb.dialogues.update(employees.id, { agreement: { employee: { name: 'Ola Nordmann', date: '2026-12-02' }, manager: { name: 'Kari Nordmann', date: '2026-12-01' } } });
    const first = await sendUpdate(employeeDb, employees.id);
    await editPlan(employeeDb, await course(), { status: 'done', statusComment: 'Passed in May' });
    const second = await sendUpdate(employeeDb, employees.id);

    const atManager = await read(managerDb, managers.id);
    const plan = takeIn(second, atManager);
    expect(plan.conflicts).toEqual([]);
    await write(managerDb, managers.id, plan);
    const managersCourse = () => read(managerDb, managers.id).then(({ items }) => planItemsOf(items)[0]!);
    expect(await managersCourse()).toMatchObject({ status: 'done', statusComment: 'Passed in May' });
    expect((await managerDb.dialogues.get(managers.id))!.agreement.employee).toEqual({ name: 'Ola Nordmann', date: '2026-12-02' });
    // Both have now agreed, as when both are recorded in the panel: the plan is agreed.
    expect((await managerDb.dialogues.get(managers.id))!.status).toBe('planAgreed');

    const older = takeIn(first, await read(managerDb, managers.id));
    expect(older.update).toEqual([]);
    expect(older.leftOut.length).toBeGreaterThan(0);
    const twice = takeIn(second, await read(managerDb, managers.id));
    expect(twice.update).toEqual([]);
    expect(await managersCourse()).toMatchObject({ status: 'done', statusComment: 'Passed in May' });
  });

  it('shows both versions when both changed a field, writes nothing before the choice, and keeps the choice', async () => {
    const { employees, managers } = await heldMeeting();
    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    const employeesCourse = planItemsOf((await read(employeeDb, employees.id)).items)[0]!;
    await editPlan(employeeDb, employeesCourse, { statusComment: 'Found a course myself' });
    const managersCourse = planItemsOf((await read(managerDb, managers.id)).items)[0]!;
    await editPlan(managerDb, managersCourse, { statusComment: 'Asked HR for a place', due: '2027-06-01' });

    const update = await sendUpdate(employeeDb, employees.id);
    const atManager = await read(managerDb, managers.id);
    const plan = takeIn(update, atManager);
    expect(plan.conflicts).toEqual([expect.objectContaining({ field: 'statusComment', ours: 'Asked HR for a place', theirs: 'Found a course myself' })]);
    expect(() => withChoices(plan, [], atManager.items, new Date().toISOString())).toThrow();
    await write(managerDb, managers.id, plan, ['theirs']);
    // Theirs taken on the comment; the manager's own change of the date, which the employee did not touch, stays.
    expect(planItemsOf((await read(managerDb, managers.id)).items)[0]).toMatchObject({ statusComment: 'Found a course myself', due: '2027-06-01' });
  });

  it('writes nothing when the dialogue changed after the file was checked', async () => {
    const { employees, managers } = await heldMeeting();
    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    await editPlan(employeeDb, planItemsOf((await read(employeeDb, employees.id)).items)[0]!, { status: 'done' });
    const plan = takeIn(await sendUpdate(employeeDb, employees.id), await read(managerDb, managers.id));
    await editPlan(managerDb, planItemsOf((await read(managerDb, managers.id)).items)[0]!, { successCriteria: 'Changed meanwhile' });
    const before = await counts(managerDb);
    await expect(write(managerDb, managers.id, plan)).rejects.toBeInstanceOf(ChangedMeanwhile);
    expect(await counts(managerDb)).toBe(before);
  });

  it('a year on, the employee’s next dialogue follows up last year’s plan as taken in from the manager', async () => {
    const { employees, managers } = await heldMeeting();
    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    const next = await createDialogue(employeeDb, sampleDialogueInput({ plannedDate: '2027-12-01' }));
    expect(next.previousDialogueId).toBe(employees.id);
    const last = await read(employeeDb, next.previousDialogueId!);
    expect(planItemsOf(last.items).map((item) => item.text)).toEqual(['Course in statistics', 'Arrange a mentor']);
  });
});

describe('files that do not belong here change nothing', () => {
  it.each([
    ['the outcome, given to the manager', 'manager', async (m: string) => sendOutcome(m), 'otherKind'],
    ['shared points, given to the employee', 'employee', async () => JSON.stringify({ format: 'samtale-shared-points', version: 2 }), 'otherKind'],
    ['a backup', 'employee', async () => JSON.stringify({ format: 'samtale-backup', version: 1 }), 'otherKind'],
    ['a truncated outcome', 'employee', async (m: string) => (await sendOutcome(m)).slice(0, 200), 'notJson'],
    ['an outcome from a newer version', 'employee', async (m: string) => JSON.stringify({ ...JSON.parse(await sendOutcome(m)), version: 3 }), 'newerVersion'],
    ['a tampered outcome (a status Samtale does not know)', 'employee', async (m: string) => (await sendOutcome(m)).replace('"status": "open"', '"status": "paid"').replace('"status":"open"', '"status":"paid"'), 'invalid'],
    ['an outcome with the same plan item twice', 'employee', async (m: string) => { const file = JSON.parse(await sendOutcome(m)); return JSON.stringify({ ...file, plan: [file.plan[0], file.plan[0]] }); }, 'invalid'],
    ['another program’s JSON', 'employee', async () => '{"hello":"world"}', 'foreign'],
  ] as const)('refuses %s', async (_, role, make, problem) => {
    const { managers } = await heldMeeting();
    const text = await make(managers.id);
    const before = [await counts(employeeDb), await counts(managerDb)];
    const file = readIncoming(text, role);
    expect(file.ok ? 'accepted' : file.problem.kind).toBe(problem);
    expect([await counts(employeeDb), await counts(managerDb)]).toEqual(before);
  });

  it('refuses an update written on this side, and one for another dialogue', async () => {
    const { employees, managers } = await heldMeeting();
    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    const own = readIncoming(await sendUpdate(employeeDb, employees.id), 'employee');
    if (!own.ok || own.kind !== 'planUpdate') throw new Error('refused');
    const here = await read(employeeDb, employees.id);
    expect(takeInPlanUpdate(own.file, here.dialogue, here.items, landing)).toEqual({ kind: 'ownUpdate' });
    const another = await createDialogue(managerDb, sampleDialogueInput({ role: 'manager', employeeId: 'p2', employeeName: 'Per Hansen' }));
    const elsewhere = await read(managerDb, another.id);
    expect(takeInPlanUpdate(own.file, elsewhere.dialogue, elsewhere.items, landing)).toEqual({ kind: 'otherDialogue' });
  });

  it('asks before taking another employee’s outcome, naming both, and says when it answers another dialogue', async () => {
    const { managers } = await heldMeeting();
    const someoneElse = await createDialogue(employeeDb, sampleDialogueInput({ employeeName: 'Per Hansen' }));
    const plan = takeIn(await sendOutcome(managers.id), await read(employeeDb, someoneElse.id));
    expect(plan.otherPerson).toEqual({ file: 'Ola Nordmann', here: 'Per Hansen' });
    expect(plan.otherDialogueId).not.toBeNull();
  });
});

describe('generated input (fast-check)', () => {
  it('arbitrary JSON is never read as a file from the other party, and nothing throws (1,000 inputs)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom('employee' as const, 'manager' as const), (value, role) => {
        expect(readIncoming(JSON.stringify(value), role).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('an outcome or update damaged at any one place is refused, or taken in whole with every record valid; the device changes only by what was shown (500 inputs)', async () => {
    const { employees, managers } = await heldMeeting();
    const outcome = await sendOutcome(managers.id);
    const here = await read(employeeDb, employees.id);
    const before = await counts(employeeDb);
    const paths: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>) => {
      paths.push(path);
      if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(JSON.parse(outcome), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.string({ maxLength: 5 })), (path, replacement) => {
        const file = JSON.parse(outcome);
        let parent = file;
        for (const key of path.slice(0, -1)) parent = parent[key];
        const last = path.at(-1)!;
        if (replacement === undefined) delete parent[last];
        else parent[last] = replacement;
        const result = readIncoming(JSON.stringify(file), 'employee');
        if (!result.ok || result.kind !== 'outcome') return;
        const plan = takeInOutcome(result.file, here.dialogue, here.items, [], landing);
        for (const item of plan.add) expect(ItemSchema.safeParse(item).success).toBe(true);
        for (const { item, changes } of plan.update) expect(ItemSchema.safeParse({ ...item, ...changes }).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(await counts(employeeDb)).toBe(before);
  });
});

describe('files protected with a passphrase the two agreed on', () => {
  it('are opened only with it, named before they are opened, and refused when changed', async () => {
    const { employees, managers } = await heldMeeting();
    const sealed = await withPassphrase(await sendOutcome(managers.id), OUTCOME_FORMAT, 'agreed in the room');
    expect(sealed).not.toContain('Course in statistics');
    const before = await counts(employeeDb);
    expect(readIncoming(sealed, 'employee')).toEqual({ ok: false, problem: { kind: 'passphraseNeeded' } });
    expect(await openIncoming(sealed, 'employee', 'a wrong one')).toEqual({ ok: false, problem: { kind: 'wrongPassphrase' } });
    // Meant for the employee: the manager's side says so without asking for the passphrase.
    expect(await openIncoming(sealed, 'manager', null)).toEqual({ ok: false, problem: { kind: 'otherKind', fileKind: 'outcome' } });
    const envelope = JSON.parse(sealed);
    const flipped = JSON.stringify({ ...envelope, data: (envelope.data[0] === 'A' ? 'B' : 'A') + envelope.data.slice(1) });
    expect(await openIncoming(flipped, 'employee', 'agreed in the room')).toEqual({ ok: false, problem: { kind: 'wrongPassphrase' } });
    const relabelled = JSON.stringify({ ...envelope, contains: 'samtale-plan-update' });
    expect(await openIncoming(relabelled, 'employee', 'agreed in the room')).toMatchObject({ ok: false, problem: { kind: 'invalid' } });
    expect(await counts(employeeDb)).toBe(before);
    const opened = await openIncoming(sealed, 'employee', 'agreed in the room');
    expect(opened.ok && opened.kind).toBe('outcome');
    if (opened.ok && opened.kind === 'outcome') expect(opened.file.dialogue.employeeDialogueId).toBe(employees.id);
  });

  it('refuses a protected file inside a protected file, instead of asking for a passphrase again and again (issue #29)', async () => {
    const { managers } = await heldMeeting();
    const inner = await withPassphrase(await sendOutcome(managers.id), OUTCOME_FORMAT, 'agreed in the room');
    const outer = await withPassphrase(inner, OUTCOME_FORMAT, 'agreed in the room');
    expect(await openIncoming(outer, 'employee', 'agreed in the room')).toEqual({ ok: false, problem: { kind: 'invalid', detail: 'a protected file inside a protected file' } });
    // Named so on its envelope: refused at once, before any passphrase is asked (it was "not a backup").
    const named = await withPassphrase(inner, PROTECTED_FORMAT, 'agreed in the room');
    expect(readIncoming(named, 'employee')).toEqual({ ok: false, problem: { kind: 'invalid', detail: 'a protected file inside a protected file' } });
  });

  it('takes a passphrase without the spaces around it, when sealing and when opening, and still opens a file sealed with them (issue #29)', async () => {
    const { managers } = await heldMeeting();
    const outcome = await sendOutcome(managers.id);
    const sealedWithSpace = await withPassphrase(outcome, OUTCOME_FORMAT, 'agreed in the room ');
    for (const typed of ['agreed in the room', ' agreed in the room ', 'agreed in the room\t']) expect((await openIncoming(sealedWithSpace, 'employee', typed)).ok).toBe(true);
    expect(await openIncoming(sealedWithSpace, 'employee', 'agreed in the')).toEqual({ ok: false, problem: { kind: 'wrongPassphrase' } });
    // A file sealed by an earlier version with the space as part of its passphrase (no trim then) still opens.
    const { protectedFile } = await import('../../lib/files/passphrase-file');
    const { deriveKey, seal, randomBytes, toBase64, PBKDF2_ITERATIONS } = await import('../../lib/security/crypto');
    const salt = randomBytes(16);
    const old = await seal(await deriveKey('old one ', salt), outcome);
    const earlier = JSON.stringify({ ...JSON.parse(await protectedFile(outcome, OUTCOME_FORMAT, 'x')), kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt) }, cipher: { name: 'AES-GCM', iv: old.iv }, data: old.data });
    expect((await openIncoming(earlier, 'employee', 'old one ')).ok).toBe(true);
  });
});

describe('the plan’s fields are dated as they are stored', () => {
  it('only the fields the user changed, at the time of the write', async () => {
    const employees = await createDialogue(employeeDb, sampleDialogueInput());
    const item = buildItem({ ...newPlanItemFields('Course'), dialogueId: employees.id, topicId: 't7' });
    await saveItem(employeeDb, item, {});
    const outcome = await editPlan(employeeDb, item, { status: 'done' });
    if (outcome.kind !== 'written') throw new Error(outcome.kind);
    const stored = (await itemTable(employeeDb).get(item.id)) as ItemOf<'plan'>;
    expect(Object.keys(stored.fieldsAt)).toEqual(['status']);
    expect(stored.fieldsAt.status).toBe(stored.updatedAt);
  });
});

describe('times in a file are instants within reason (issue #29)', () => {
  const now = new Date('2026-12-07T12:00:00Z');
  async function fileWith(change: (file: ReturnType<typeof JSON.parse>) => void): Promise<string> {
    const { managers } = await heldMeeting();
    const file = JSON.parse(await sendOutcome(managers.id));
    change(file);
    return JSON.stringify(file);
  }
  const read = async (text: string) => {
    const { roundTripFileOf } = await import('../../lib/files/round-trip');
    return roundTripFileOf(JSON.parse(text), now);
  };

  it.each([
    ['a field dated 9999', (file: { plan: Array<{ at: Record<string, string> }> }) => void (file.plan[0]!.at.status = '9999-12-31T23:59:59.999Z'), /plan\.0\.at\.status: 9999/],
    ['a file written next year', (file: { exportedAt: string }) => void (file.exportedAt = '2027-12-07T12:00:00Z'), /exportedAt: .* in the future/],
    ['a field dated before 2000', (file: { plan: Array<{ at: Record<string, string> }> }) => void (file.plan[0]!.at.text = '1999-12-31T23:00:00Z'), /plan\.0\.at\.text/],
  ])('refuses %s, naming it', async (_, change, detail) => {
    const result = await read(await fileWith(change as never));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatchObject({ kind: 'invalid', detail: expect.stringMatching(detail) });
  });

  it('takes a file whose times are the other device’s, a few minutes off', async () => {
    const result = await read(await fileWith((file: { exportedAt: string }) => void (file.exportedAt = new Date(now.getTime() + 10 * 60_000).toISOString())));
    expect(result.ok).toBe(true);
  });

  it('compares times as instants, not as text', async () => {
    const { fieldVerdict, sameTime } = await import('../../lib/domain/follow-up');
    // 23:59:59 at +23:59 is 00:00:59 UTC the same day: earlier than ours, though it sorts after it as text.
    const ours = { value: 'open', at: '2026-12-01T10:00:00.000Z', received: '2026-12-01T10:00:00.000Z' };
    expect(fieldVerdict(ours, { value: 'done', at: '2026-12-01T23:59:59+23:59', base: '' })).toBe('older');
    // 11:00 at +01:00 is the very instant taken in last: already seen, not a change.
    expect(fieldVerdict(ours, { value: 'done', at: '2026-12-01T11:00:00+01:00', base: '' })).toBe('same');
    expect(fieldVerdict(ours, { value: 'done', at: '2026-12-01T12:00:00+01:00', base: '' })).toBe('take');
    expect(sameTime('2026-12-01T10:00:00.000Z', '2026-12-01T11:00:00+01:00')).toBe(true);
    expect(sameTime('', '')).toBe(true);
    expect(sameTime('', '2026-12-01T10:00:00.000Z')).toBe(false);
  });
});

describe('ids are the model’s (issue #29)', () => {
  it('refuses an outcome that gives one id to two entries, or to a note and a plan item', async () => {
    const { managers } = await heldMeeting();
    const file = JSON.parse(await sendOutcome(managers.id));
    const { roundTripFileOf } = await import('../../lib/files/round-trip');
    const twice = { ...file, entries: [file.entries[0], { ...file.entries[0], text: 'another text' }] };
    expect(roundTripFileOf(twice)).toMatchObject({ ok: false, problem: { kind: 'invalid', detail: 'the same id twice' } });
    const noteOnPlan = { ...file, entries: [...file.entries, { id: file.plan[0].key, topicId: 't7', kind: 'note', text: 'rewritten' }] };
    expect(roundTripFileOf(noteOnPlan)).toMatchObject({ ok: false, problem: { kind: 'invalid', detail: 'the same id twice' } });
  });

  it('never lets an entry change an item of another kind, even when a file gets past the checks', async () => {
    const { employees, managers } = await heldMeeting();
    await write(employeeDb, employees.id, takeIn(await sendOutcome(managers.id), await read(employeeDb, employees.id)));
    const file = JSON.parse(await sendOutcome(managers.id));
    const forged = { ...file, entries: [{ id: file.plan[0].key, topicId: 't7', kind: 'note', text: 'rewritten' }] };
    const here = await read(employeeDb, employees.id);
    const plan = takeInOutcome(forged, here.dialogue, here.items, [], landing);
    expect(plan.update.filter((update) => update.item.kind === 'plan' && 'text' in update.changes)).toEqual([]);
    expect(plan.add.map((item) => [item.kind, item.text])).toEqual([['point', 'rewritten']]);
  });
});
