import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { datedFieldTimes, planKeyOf, removalOf, withRemoval, type PlanField } from '../../lib/domain/follow-up';
import { recordAgreement } from '../../lib/domain/meeting';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { newPlanItemFields, planItemsOf } from '../../lib/domain/plan';
import type { Dialogue, Item, ItemOf, Role } from '../../lib/domain/schema';
import type { Summary } from '../../lib/export/summary';
import { buildOutcomeFile, buildPlanUpdateFile } from '../../lib/files/outgoing';
import { roundTripFileOf, type RoundTripFile } from '../../lib/files/round-trip';
import { takeInOutcome, takeInPlanUpdate, writesOf, type TakeIn, type TakeInWrites } from '../../lib/files/take-in';
import { landing } from './two-devices';

/*
 * The round trip as a model (issue #29, "done when"): two simulated copies, the employee's and the manager's, each on
 * its own device clock (minutes apart), go through generated sequences of edits, removals, agreements, sends, lost
 * files, replays and reorders. Every file goes through the same check as a real one (roundTripFileOf) and the same
 * decisions and writes as the panel's (take-in.ts). Held against an oracle kept apart from the implementation:
 * - no value older than one already taken in from the other party ever wins;
 * - a file taken in never asks the same question again;
 * - once each side has taken in the other's latest file, the two plans and the agreements are the same.
 */

interface Copy {
  dialogue: Dialogue;
  items: Item[];
}
interface Sent {
  from: Role;
  file: RoundTripFile;
}
type Op =
  | { kind: 'edit'; side: Role; item: number; field: 'status' | 'statusComment' | 'due'; value: number }
  | { kind: 'remove'; item: number }
  | { kind: 'addItem' }
  | { kind: 'agree'; side: Role; agreed: boolean }
  | { kind: 'send'; side: Role; outcome: boolean }
  | { kind: 'deliver'; to: Role; pick: number; choice: 'ours' | 'theirs' };

const STATUSES = ['open', 'inProgress', 'done', 'dropped'] as const;
const valueOf = (field: 'status' | 'statusComment' | 'due', n: number) =>
  field === 'status' ? STATUSES[n % 4]! : field === 'due' ? `2027-0${(n % 9) + 1}-01` : `comment ${n}`;

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), side: fc.constantFrom<Role>('employee', 'manager'), item: fc.nat(5), field: fc.constantFrom('status' as const, 'statusComment' as const, 'due' as const), value: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('remove' as const), item: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('addItem' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('agree' as const), side: fc.constantFrom<Role>('employee', 'manager'), agreed: fc.boolean() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('send' as const), side: fc.constantFrom<Role>('employee', 'manager'), outcome: fc.boolean() }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('deliver' as const), to: fc.constantFrom<Role>('employee', 'manager'), pick: fc.nat(30), choice: fc.constantFrom('ours' as const, 'theirs' as const) }) },
);

/** One run: two copies, a clock for each device (the employee's `skew` ms off), and everything sent so far. */
function world(skew: number) {
  let time = Date.parse('2027-01-10T09:00:00Z');
  const copies = {} as Record<Role, Copy>;
  const sent: Sent[] = [];
  /** Oracle: per receiving side, the latest time of each value taken in from the other party. */
  const latestTaken = { employee: new Map<string, number>(), manager: new Map<string, number>() };

  /** The next step happens on a device: a minute later, on that device's clock. */
  const on = (side: Role) => {
    time += 60_000;
    vi.setSystemTime(time + (side === 'employee' ? skew : 0));
    return new Date().toISOString();
  };

  on('manager');
  const managers = buildDialogue({ role: 'manager', employeeName: 'Ola Nordmann', managerName: 'Kari Nordmann', plannedDate: '2027-01-10', staffCategory: 'academic', turned60: false, language: 'en' });
  on('employee');
  const employees = buildDialogue({ role: 'employee', employeeName: 'Ola Nordmann', managerName: 'Kari Nordmann', plannedDate: '2027-01-10', staffCategory: 'academic', turned60: false, language: 'en' });
  copies.manager = { dialogue: { ...managers, status: 'held', counterpartDialogueId: employees.id }, items: [] };
  copies.employee = { dialogue: { ...employees, status: 'held', counterpartDialogueId: managers.id }, items: [] };

  const plan = (side: Role) => planItemsOf(copies[side].items);
  const changeItem = (side: Role, item: ItemOf<'plan'>, changes: Partial<ItemOf<'plan'>>, now: string) => {
    const edited = { ...item, ...changes, fieldsAt: datedFieldTimes(item, Object.keys(changes), now), updatedAt: now } as Item;
    copies[side] = { dialogue: { ...copies[side].dialogue, updatedAt: now }, items: copies[side].items.map((each) => (each.id === item.id ? edited : each)) };
  };

  function addItem(): void {
    const now = on('manager');
    const item = buildItem({ ...newPlanItemFields(`Item ${copies.manager.items.length + 1}`), dialogueId: managers.id, topicId: 't7' });
    copies.manager = { ...copies.manager, items: [...copies.manager.items, { ...item, createdAt: now, updatedAt: now }] };
  }

  function send(side: Role, outcome: boolean): void {
    const now = on(side);
    const { dialogue, items } = copies[side];
    const file = side === 'manager' && outcome ? buildOutcomeFile(dialogue, items, { sections: [] } as unknown as Summary, [], new Date(now)) : buildPlanUpdateFile(dialogue, items, new Date(now));
    const checked = roundTripFileOf(JSON.parse(JSON.stringify(file)), new Date(now));
    if (!checked.ok) throw new Error(`a file the copy wrote was refused: ${JSON.stringify(checked.problem)}`);
    sent.push({ from: side, file: checked.file });
  }

  const check = (to: Role, file: RoundTripFile): TakeIn => {
    const here = copies[to];
    const plan = file.format === 'samtale-outcome' ? takeInOutcome(file, here.dialogue, here.items, [], landing) : takeInPlanUpdate(file, here.dialogue, here.items, landing);
    if (!('add' in plan)) throw new Error(`refused: ${plan.kind}`);
    return plan;
  };

  function apply(to: Role, writes: TakeInWrites, now: string): void {
    const removed = new Set(writes.remove.map((item) => item.id));
    const updates = new Map(writes.update.map((update) => [update.item.id, update.changes]));
    const items = [...copies[to].items.filter((item) => !removed.has(item.id)).map((item) => (updates.has(item.id) ? ({ ...item, ...updates.get(item.id), updatedAt: now } as Item) : item)), ...writes.add];
    const removedPlanItems = writes.removals.reduce((list, { key, removal }) => withRemoval(list, key, removal), copies[to].dialogue.removedPlanItems ?? []);
    copies[to] = { dialogue: { ...copies[to].dialogue, ...writes.dialogueChanges, removedPlanItems, updatedAt: now }, items };
  }

  /** Takes a file in with one choice for every question, holding the oracle's rules on the way. */
  function deliver(to: Role, file: RoundTripFile, choice: 'ours' | 'theirs'): void {
    const now = on(to);
    const plan = check(to, file);
    const choices = [...plan.conflicts, ...plan.removalQuestions].map(() => choice);
    const writes = writesOf(plan, choices, copies[to].items, now);
    // No value older than one already taken in from them wins: every plan value taken is dated after the latest
    // of that value taken in before.
    for (const { item, changes } of writes.update) {
      if (item.kind !== 'plan') continue;
      const key = planKeyOf(item, to)!;
      for (const field of Object.keys(changes).filter((name) => !['fieldsAt', 'receivedAt'].includes(name)) as PlanField[]) {
        const at = (changes as ItemOf<'plan'>).fieldsAt?.[field];
        if (at === undefined || at === now) continue; // the user's own choice made again now ("Keep mine")
        const before = latestTaken[to].get(`${key}:${field}`) ?? -Infinity;
        expect(Date.parse(at), `${to} took an older ${field} of ${key}`).toBeGreaterThan(before);
        latestTaken[to].set(`${key}:${field}`, Date.parse(at));
      }
    }
    const party = file.from ? (to === 'manager' ? 'employee' : 'manager') : to;
    const agreementAt = file.agreementAt?.[party];
    if (writes.dialogueChanges.agreementAt?.[party] !== undefined && agreementAt) {
      const before = latestTaken[to].get(`agreement:${party}`) ?? -Infinity;
      expect(Date.parse(agreementAt), `${to} took an older agreement`).toBeGreaterThan(before);
      latestTaken[to].set(`agreement:${party}`, Date.parse(agreementAt));
    }
    apply(to, writes, now);
    // Seen is seen: the same file again asks nothing.
    const again = check(to, file);
    expect([...again.conflicts, ...again.removalQuestions], `${to} was asked again by the same file`).toEqual([]);
  }

  function run(op: Op): void {
    switch (op.kind) {
      case 'edit': {
        const items = plan(op.side);
        const item = items[op.item % Math.max(1, items.length)];
        if (!item) return;
        changeItem(op.side, item, { [op.field]: valueOf(op.field, op.value) }, on(op.side));
        return;
      }
      case 'remove': {
        const items = plan('manager');
        const item = items[op.item % Math.max(1, items.length)];
        if (!item) return;
        const now = on('manager');
        const dialogue = { ...copies.manager.dialogue, removedPlanItems: withRemoval(copies.manager.dialogue.removedPlanItems, item.id, removalOf(item.id, item, now)), updatedAt: now };
        copies.manager = { dialogue, items: copies.manager.items.filter((each) => each.id !== item.id) };
        return;
      }
      case 'addItem':
        return addItem();
      case 'agree': {
        const now = on(op.side);
        const dialogue = copies[op.side].dialogue;
        const recorded = recordAgreement(dialogue, op.side, op.agreed ? { name: op.side, date: '2027-01-10' } : null, 'dialogue');
        if (recorded) copies[op.side] = { ...copies[op.side], dialogue: { ...dialogue, ...recorded, agreementAt: { ...dialogue.agreementAt, [op.side]: now }, updatedAt: now } };
        return;
      }
      case 'send':
        return send(op.side, op.outcome);
      case 'deliver': {
        const from = op.to === 'manager' ? 'employee' : 'manager';
        const files = sent.filter((each) => each.from === from);
        if (files.length === 0) return;
        return deliver(op.to, files[op.pick % files.length]!.file, op.choice);
      }
    }
  }

  /** Each side takes in the other's latest: the first with the generated choice, then each accepts the other's. */
  function settle(choice: 'ours' | 'theirs'): void {
    send('manager', false);
    deliver('employee', sent.at(-1)!.file, choice);
    send('employee', false);
    deliver('manager', sent.at(-1)!.file, 'theirs');
    send('manager', false);
    deliver('employee', sent.at(-1)!.file, 'theirs');
  }

  const planValues = (side: Role) =>
    plan(side)
      .map((item) => ({ key: planKeyOf(item, side), text: item.text, status: item.status, statusComment: item.statusComment, due: item.due }))
      .sort((a, b) => String(a.key).localeCompare(String(b.key)));
  const agreements = (side: Role) => ({ employee: copies[side].dialogue.agreement.employee?.name ?? null, manager: copies[side].dialogue.agreement.manager?.name ?? null });

  return { addItem, send, deliver, run, settle, planValues, agreements, sent };
}

beforeEach(() => void vi.useFakeTimers({ toFake: ['Date'] }));
afterEach(() => void vi.useRealTimers());

describe('the round trip as a model: two copies, any order of files (issue #29)', () => {
  it('never lets an older value win, never asks twice, and ends with the same plan on both sides (300 generated runs)', () => {
    fc.assert(
      fc.property(fc.array(opArbitrary, { maxLength: 40 }), fc.integer({ min: -30, max: 30 }), fc.constantFrom('ours' as const, 'theirs' as const), (ops, skewMinutes, finalChoice) => {
        // Device clocks a whole number of minutes apart and 7 ms: times are to the millisecond, and two devices'
        // changes never share one (a change dated exactly as the value it replaced would read as that value sent back).
        const model = world(skewMinutes * 60_000 + 7);
        model.addItem();
        model.addItem();
        model.send('manager', true);
        model.deliver('employee', model.sent[0]!.file, 'theirs');
        for (const op of ops) model.run(op);
        model.settle(finalChoice);
        expect(model.planValues('employee')).toEqual(model.planValues('manager'));
        expect(model.agreements('employee')).toEqual(model.agreements('manager'));
      }),
      { numRuns: 300 },
    );
  });

  it('every ordering of three files from each side, each taken in or lost, ends the same once the latest are exchanged', () => {
    // Three updates from each side with edits between them; delivered in every order of the six (720), then settled.
    const orders = permutations([0, 1, 2, 3, 4, 5]);
    for (const order of orders) {
      const model = world(5 * 60_000 + 7);
      model.addItem();
      model.send('manager', true);
      model.deliver('employee', model.sent[0]!.file, 'theirs');
      for (let round = 0; round < 3; round++) {
        model.run({ kind: 'edit', side: 'employee', item: 0, field: 'status', value: round + 1 });
        model.send('employee', false);
        model.run({ kind: 'edit', side: 'manager', item: 0, field: round === 1 ? 'status' : 'statusComment', value: round + 7 });
        model.send('manager', false);
      }
      const files = model.sent.slice(1);
      for (const index of order) {
        const { from, file } = files[index]!;
        model.deliver(from === 'manager' ? 'employee' : 'manager', file, index % 2 === 0 ? 'ours' : 'theirs');
      }
      model.settle('theirs');
      expect(model.planValues('employee')).toEqual(model.planValues('manager'));
    }
  });
});

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}
