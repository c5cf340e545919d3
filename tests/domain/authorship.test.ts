import { describe, expect, it } from 'vitest';
import {
  agreementCounts,
  authorOf,
  awaitsConfirmation,
  mayDelete,
  mayEdit,
  mayRecordAgreement,
  mayWithdrawAgreement,
  otherMarks,
} from '../../lib/domain/authorship';
import { agreementWith, recordAgreement } from '../../lib/domain/meeting';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { planFieldsOfGoal, planGaps, newPlanItemFields } from '../../lib/domain/plan';
import { buildItem } from '../../lib/domain/dialogues';
import type { Item, ItemOf, Role } from '../../lib/domain/schema';
import { sampleDialogueInput } from '../helpers';

// Issue #28: whose copy, whose words. Each row: an entry, and what this copy may do with it.
const own = { origin: null };
const theirs = { origin: { by: 'Kari Nordmann', sourceId: 'x' } };

describe('who wrote an entry, and what this copy may do with it', () => {
  it.each<[string, Pick<Item, 'kind' | 'origin'>, ReturnType<typeof authorOf>['kind'], boolean, boolean]>([
    ['the owner’s point', { kind: 'point', ...own }, 'own', true, true],
    ['the owner’s note on a question', { kind: 'answer', ...own }, 'own', true, true],
    ['the other party’s point', { kind: 'point', ...theirs }, 'other', false, false],
    ['the other party’s note on a question', { kind: 'answer', ...theirs }, 'other', false, false],
    ['the other party’s self-assessment', { kind: 'selfAssessment', ...theirs }, 'other', false, false],
    ['the other party’s goal', { kind: 'goal', ...theirs }, 'other', false, false],
    ['the manager’s conclusion in the employee’s copy', { kind: 'conclusion', ...theirs }, 'other', false, false],
    ['a plan item the owner added', { kind: 'plan', ...own }, 'agreed', true, true],
    ['a plan item that came from the other party', { kind: 'plan', ...theirs }, 'agreed', true, false],
  ])('%s: %s, edit %s, delete %s', (_, item, author, edit, remove) => {
    expect(authorOf(item).kind).toBe(author);
    expect(mayEdit(item)).toBe(edit);
    expect(mayDelete(item)).toBe(remove);
  });

  it('names the other party as their file named them', () => {
    expect(authorOf({ kind: 'point', ...theirs })).toEqual({ kind: 'other', name: 'Kari Nordmann' });
  });

  it('reads a dialogue stored before the other party’s marks existed as having none', () => {
    const { otherMarkedQuestionIds: _, ...old } = buildDialogue(sampleDialogueInput());
    expect(otherMarks(old as never)).toEqual([]);
  });
});

describe('agreement by the one who agrees', () => {
  const noted = { name: 'Ola', date: '2026-12-01', recordedBy: 'Kari' };
  const given = { name: 'Ola', date: '2026-12-01' };
  it.each<[Role, Role, 'dialogue' | 'meeting', boolean]>([
    ['employee', 'employee', 'dialogue', true],
    ['employee', 'employee', 'meeting', true],
    ['employee', 'manager', 'dialogue', false],
    ['employee', 'manager', 'meeting', false],
    ['manager', 'manager', 'dialogue', true],
    ['manager', 'employee', 'dialogue', false],
    ['manager', 'employee', 'meeting', true],
  ])('the %s’s copy records the %s’s agreement in the %s: %s', (role, party, place, may) => {
    expect(mayRecordAgreement(role, party, place)).toBe(may);
  });

  it.each<[string, Role, Role, typeof noted | typeof given, boolean]>([
    ['its owner’s own', 'employee', 'employee', given, true],
    ['the other party’s own', 'employee', 'manager', given, false],
    ['the employee’s, noted by this manager in the meeting', 'manager', 'employee', noted, true],
    ['the employee’s, given by her own copy', 'manager', 'employee', given, false],
  ])('withdraws %s: %s', (_, role, party, acknowledgement, may) => {
    expect(mayWithdrawAgreement(role, party, acknowledgement, 'Kari')).toBe(may);
  });

  it('asks the employee to confirm an agreement noted for her, and counts it only once she has', () => {
    expect(awaitsConfirmation('employee', 'employee', noted)).toBe(true);
    expect(agreementCounts('employee', 'employee', noted)).toBe(false);
    // In the manager's copy, which noted it, it counts.
    expect(agreementCounts('manager', 'employee', noted)).toBe(true);
    const employeeCopy = { role: 'employee' as const, status: 'held' as const, agreement: { employee: noted, manager: { name: 'Kari', date: '2026-12-01' } } };
    expect(agreementWith(employeeCopy, 'manager', employeeCopy.agreement.manager).status).toBe('held');
    expect(agreementWith(employeeCopy, 'employee', given).status).toBe('planAgreed');
  });

  it('records the employee’s agreement in the manager’s meeting with the manager’s name, and refuses what the copy may not', () => {
    const manager = { ...buildDialogue(sampleDialogueInput({ role: 'manager', managerName: 'Kari Nordmann' })), status: 'held' as const };
    expect(recordAgreement(manager, 'employee', given, 'meeting')?.agreement.employee).toEqual({ ...given, recordedBy: 'Kari Nordmann' });
    expect(recordAgreement(manager, 'employee', given, 'dialogue')).toBeNull();
    const employee = buildDialogue(sampleDialogueInput({ role: 'employee' }));
    expect(recordAgreement(employee, 'manager', given, 'meeting')).toBeNull();
    expect(recordAgreement({ ...employee, agreement: { employee: null, manager: given } }, 'manager', null, 'dialogue')).toBeNull();
    // A name typed into the acknowledgement never passes for who noted it.
    expect(recordAgreement(employee, 'employee', { ...given, recordedBy: 'Someone' } as typeof given, 'dialogue')?.agreement.employee).toEqual(given);
  });
});

describe('the plan from the meeting', () => {
  it('takes a goal with its reason and its deadline', () => {
    expect(planFieldsOfGoal({ text: 'Publish the article', deadline: '2027-06-30', why: 'The project needs it' })).toEqual({ text: 'Publish the article\nThe project needs it', due: '2027-06-30' });
    expect(planFieldsOfGoal({ text: ' Teach less ', deadline: null, why: ' ' })).toEqual({ text: 'Teach less', due: null });
  });

  it('names each item that lacks who, by when or how success is judged', () => {
    const item = (fields: Partial<Pick<ItemOf<'plan'>, 'due' | 'successCriteria' | 'responsible'>>) => buildItem({ ...newPlanItemFields('Something'), dialogueId: 'd', topicId: 't7', ...fields });
    const items = [
      item({ due: '2027-01-01', successCriteria: 'Done' }),
      item({}),
      item({ responsible: 'other', due: '2027-01-01', successCriteria: 'Done' }),
      buildItem({ ...newPlanItemFields(''), dialogueId: 'd', topicId: 't7' }),
    ].map((each, index) => ({ ...each, createdAt: `2026-12-01T10:00:0${index}.000Z` }));
    expect(planGaps(items)).toEqual([
      { number: 2, missing: ['due', 'success'] },
      { number: 3, missing: ['who'] },
    ]);
  });
});
