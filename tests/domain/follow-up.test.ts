import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { datedFieldTimes, fieldVerdict, mergePlan, resolveFieldConflict, versionsOf, type IncomingPlanItem } from '../../lib/domain/follow-up';
import { newPlanItemFields } from '../../lib/domain/plan';
import type { ItemOf } from '../../lib/domain/schema';

const T = (hour: number) => `2027-03-01T${String(hour).padStart(2, '0')}:00:00.000Z`;

/** Two copies of one plan item, as the manager and the employee keep them once the outcome was taken in. */
function twoCopies() {
  const manager = { ...buildItem({ ...newPlanItemFields('Course in statistics'), dialogueId: 'm', topicId: 't7' }), createdAt: T(1) } as ItemOf<'plan'>;
  const times = versionsOf(manager).versions;
  const at = Object.fromEntries(Object.entries(times).map(([field, version]) => [field, version.at]));
  const employee = { ...manager, id: 'e-copy', dialogueId: 'e', origin: { by: 'Kari', sourceId: manager.id }, fieldsAt: at, receivedAt: at } as ItemOf<'plan'>;
  return { manager, employee };
}
const edit = (item: ItemOf<'plan'>, changes: Partial<ItemOf<'plan'>>, at: string) => ({ ...item, ...changes, fieldsAt: datedFieldTimes(item, Object.keys(changes), at) }) as ItemOf<'plan'>;
const send = (item: ItemOf<'plan'>, key: string): IncomingPlanItem => ({ key, ...versionsOf(item) });
const apply = (item: ItemOf<'plan'>, file: IncomingPlanItem) => {
  const merge = mergePlan([file], () => item);
  const entry = merge.changes.get(item.id);
  return { merge, after: entry ? ({ ...item, ...entry.changes, fieldsAt: entry.fieldsAt, receivedAt: entry.receivedAt } as ItemOf<'plan'>) : item };
};

describe('one field meeting its other copy', () => {
  it.each([
    ['the same value, made on both sides', { value: 'a', at: T(2), received: T(1) }, { value: 'a', at: T(3), base: T(1) }, 'seen'],
    ['the same value, theirs no newer than the last taken in', { value: 'a', at: T(2), received: T(3) }, { value: 'a', at: T(3), base: T(1) }, 'same'],
    ['theirs already taken in, ours changed since (seen is seen)', { value: 'c', at: T(5), received: T(3) }, { value: 'b', at: T(3), base: T(1) }, 'same'],
    ['theirs older than the last taken in, ours changed since', { value: 'c', at: T(5), received: T(3) }, { value: 'a', at: T(2), base: T(1) }, 'older'],
    ['after “Keep mine”: theirs is the one the choice was made on', { value: 'a', at: T(9), received: T(4) }, { value: 'b', at: T(4), base: T(1) }, 'same'],
    ['theirs a later instant written with an offset that sorts before ours as text', { value: 'a', at: T(3), received: T(3) }, { value: 'b', at: '2027-03-01T05:00:00+01:00', base: T(1) }, 'take'],
    ['theirs is ours as they took it in, ours changed since', { value: 'c', at: T(7), received: '' }, { value: 'a', at: T(2), base: T(2) }, 'same'],
    ['theirs made on top of ours', { value: 'a', at: T(2), received: T(1) }, { value: 'b', at: T(4), base: T(2) }, 'take'],
    ['theirs made on top of ours, their clock behind ours', { value: 'a', at: T(5), received: '' }, { value: 'b', at: T(4), base: T(5) }, 'take'],
    ['ours is theirs from before, theirs is newer', { value: 'a', at: T(3), received: T(3) }, { value: 'b', at: T(6), base: T(1) }, 'take'],
    ['ours is theirs from later (an old file arriving late)', { value: 'b', at: T(6), received: T(6) }, { value: 'a', at: T(3), base: T(1) }, 'older'],
    ['both changed since they exchanged', { value: 'a', at: T(3), received: T(1) }, { value: 'b', at: T(4), base: T(1) }, 'conflict'],
    ['both changed, theirs earlier by the clocks', { value: 'a', at: T(5), received: T(1) }, { value: 'b', at: T(4), base: T(1) }, 'conflict'],
  ])('%s', (_, ours, theirs, verdict) => {
    expect(fieldVerdict(ours, theirs)).toBe(verdict);
  });
});

describe('following up a plan item both ways', () => {
  it('an edit is dated field by field', () => {
    const { employee } = twoCopies();
    const edited = edit(employee, { status: 'done', statusComment: 'Passed' }, T(9));
    expect(edited.fieldsAt.status).toBe(T(9));
    expect(edited.fieldsAt.statusComment).toBe(T(9));
    expect(edited.fieldsAt.text).toBe(employee.fieldsAt.text);
  });

  it('an update reaches the other copy, and taking it in twice changes nothing the second time', () => {
    const { manager, employee } = twoCopies();
    const file = send(edit(employee, { status: 'done', statusComment: 'Passed in May' }, T(9)), manager.id);
    const first = apply(manager, file);
    expect(first.after).toMatchObject({ status: 'done', statusComment: 'Passed in May', text: 'Course in statistics' });
    expect(first.merge.conflicts).toEqual([]);
    const second = apply(first.after, file);
    expect(second.merge.changes.size).toBe(0);
    expect(second.after).toEqual(first.after);
  });

  it('two updates from one side both land, in either order, and an older one never overwrites a newer', () => {
    const { manager, employee } = twoCopies();
    const inProgress = edit(employee, { status: 'inProgress' }, T(5));
    const older = send(inProgress, manager.id);
    const newer = send(edit(inProgress, { status: 'done' }, T(9)), manager.id);
    const inOrder = apply(apply(manager, older).after, newer);
    expect(inOrder.merge.conflicts).toEqual([]);
    expect(inOrder.after.status).toBe('done');
    const afterNewer = apply(manager, newer).after;
    const late = apply(afterNewer, older);
    expect(late.after.status).toBe('done');
    expect(late.merge.olderFields.map(({ field }) => field)).toEqual(['status']);
  });

  it('when both changed the same field, both versions are shown and nothing is taken until the user chooses', () => {
    const { manager, employee } = twoCopies();
    const managersComment = edit(manager, { statusComment: 'Asked HR for a place' }, T(4));
    const employeeSent = edit(employee, { statusComment: 'Found a course myself', status: 'inProgress' }, T(5));
    const { merge, after } = apply(managersComment, send(employeeSent, manager.id));
    expect(merge.conflicts).toEqual([expect.objectContaining({ field: 'statusComment', ours: 'Asked HR for a place', theirs: 'Found a course myself' })]);
    // The other field, changed on one side only, is taken.
    expect(after.status).toBe('inProgress');
    expect(after.statusComment).toBe('Asked HR for a place');

    // The manager keeps their own: sent back, it reaches the employee as the newer, without a conflict there.
    const kept = resolveFieldConflict(after, merge.conflicts[0]!, 'ours', T(10));
    const managerKept = { ...after, ...kept.changes, fieldsAt: kept.fieldsAt, receivedAt: kept.receivedAt } as ItemOf<'plan'>;
    const back = apply(employeeSent, send(managerKept, managerKept.id));
    expect(back.merge.conflicts).toEqual([]);
    expect(back.after.statusComment).toBe('Asked HR for a place');
  });

  it('choosing theirs takes their value with its time', () => {
    const { manager, employee } = twoCopies();
    const ours = edit(manager, { due: '2027-06-01' }, T(4));
    const { merge } = apply(ours, send(edit(employee, { due: '2027-09-01' }, T(5)), manager.id));
    const taken = resolveFieldConflict(ours, merge.conflicts[0]!, 'theirs', T(10));
    expect(taken.changes).toEqual({ due: '2027-09-01' });
    expect(taken.fieldsAt.due).toBe(T(5));
  });
});

describe('a plan item removed on one side (issue #29)', () => {
  it('her change counts as hers whatever the two clocks say: an edit dated before the value taken in, on a clock behind', async () => {
    const { changedHere } = await import('../../lib/domain/follow-up');
    const { employee } = twoCopies();
    expect(changedHere(employee)).toBe(false);
    // Her clock is an hour behind the manager's: her edit is dated before the time of his value she took in.
    expect(changedHere(edit(employee, { status: 'done' }, '2027-03-01T00:30:00.000Z'))).toBe(true);
  });

  it('a change of hers is news to a removal only when it is newer than what his copy had taken in from her', async () => {
    const { changedSinceRemoval, removalOf } = await import('../../lib/domain/follow-up');
    const { manager, employee } = twoCopies();
    const hers = edit(employee, { status: 'done' }, T(5));
    const seenBefore = removalOf(manager.id, { receivedAt: { status: T(5) } }, T(6));
    const notSeen = removalOf(manager.id, manager, T(6));
    expect(changedSinceRemoval(send(hers, manager.id), notSeen)).toBe(true);
    expect(changedSinceRemoval(send(hers, manager.id), seenBefore)).toBe(false);
    expect(changedSinceRemoval(send(employee, manager.id), notSeen)).toBe(false);
  });
});
