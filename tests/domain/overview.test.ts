import { describe, expect, it } from 'vitest';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { addMonths, dueState, managerOverview } from '../../lib/domain/overview';
import type { DialogueStatus, Person } from '../../lib/domain/schema';
import { sampleDialogueInput } from '../helpers';

const person = (id: string, name: string): Person => ({ id, name, staffCategory: 'academic', turned60: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' });
const held = (employeeId: string, plannedDate: string, status: DialogueStatus = 'held') => ({
  ...buildDialogue(sampleDialogueInput({ role: 'manager', employeeId, plannedDate })),
  status,
});

describe('due dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-11-23', 12, '2026-11-23'],
    ['2025-12-15', 11, '2026-11-15'],
  ])('%s plus %i months is %s', (date, months, expected) => expect(addMonths(date, months)).toBe(expected));

  it.each([
    [null, '2026-11-23', 'never'],
    ['2026-03-01', '2026-11-23', 'upToDate'],
    ['2025-12-10', '2026-11-23', 'dueSoon'],
    ['2025-11-23', '2026-11-23', 'dueSoon'],
    ['2025-11-22', '2026-11-23', 'overdue'],
  ] as const)('last held %s, today %s: %s', (lastHeld, today, expected) => expect(dueState(lastHeld, today)).toBe(expected));
});

describe('the manager overview', () => {
  it('puts the overdue first, then those never seen, then the due, and counts only dialogues held', () => {
    const people = [person('a', 'Anne'), person('b', 'Bjørn'), person('c', 'Cecilie'), person('d', 'David')];
    const dialogues = [
      held('a', '2026-06-01'),
      held('b', '2025-06-01'),
      held('b', '2026-12-10', 'planned'),
      held('c', '2025-12-01', 'planAgreed'),
      held('d', '2026-10-01', 'invited'),
      { ...held('a', '2026-01-01'), role: 'employee' as const },
    ];
    const rows = managerOverview(people, dialogues, '2026-11-23');
    expect(rows.map((r) => [r.person.name, r.due, r.lastHeld, r.latest?.status ?? null])).toEqual([
      ['Bjørn', 'overdue', '2025-06-01', 'planned'],
      ['David', 'never', null, 'invited'],
      ['Cecilie', 'dueSoon', '2025-12-01', 'planAgreed'],
      ['Anne', 'upToDate', '2026-06-01', 'held'],
    ]);
  });

  it('counts a dialogue held before its planned date as held: the card never says "no dialogue yet" beside "plan agreed" (issue #28)', () => {
    const rows = managerOverview([person('a', 'Anne')], [held('a', '2026-12-15', 'planAgreed')], '2026-12-07');
    expect(rows.map((r) => [r.due, r.lastHeld, r.latest?.status])).toEqual([['upToDate', '2026-12-15', 'planAgreed']]);
  });
});
