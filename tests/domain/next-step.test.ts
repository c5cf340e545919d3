import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { nextStep, pastTheMeeting } from '../../lib/domain/next-step';
import { newPlanItemFields } from '../../lib/domain/plan';
import type { Dialogue, Item } from '../../lib/domain/schema';
import { sampleDialogueInput } from '../helpers';

const employees = buildDialogue(sampleDialogueInput());
const managers = buildDialogue(sampleDialogueInput({ role: 'manager', employeeId: 'p1' }));
const ack = { name: 'Someone', date: '2026-12-01' };
const point = buildItem({ kind: 'point', dialogueId: employees.id, topicId: 't3', text: 'More feedback' });
const fromManager = { ...buildItem({ ...newPlanItemFields('Course'), dialogueId: employees.id, topicId: 't7' }), origin: { by: 'Kari', sourceId: 'k1' } } as Item;
const managersPlan = buildItem({ ...newPlanItemFields('Course'), dialogueId: managers.id, topicId: 't7' });
const answeredPlan = { ...managersPlan, receivedAt: { status: '2026-12-10T10:00:00.000Z' } } as Item;

describe('the next step of a dialogue (issue #30)', () => {
  it.each<[string, Dialogue, Item[], string, string]>([
    ['employee, nothing prepared yet', employees, [], 'prepare', 'share'],
    ['employee, a point written', employees, [point], 'share', 'share'],
    ['employee, a question marked', { ...employees, markedQuestionIds: ['t2-q01'] }, [], 'share', 'share'],
    ['employee, meeting held, no outcome yet', { ...employees, status: 'held' }, [point], 'outcome', 'takeIn'],
    ['employee, outcome taken in, not yet agreed', { ...employees, status: 'held' }, [fromManager], 'outcome', 'agree'],
    ['employee, the manager noted her agreement: hers to confirm', { ...employees, status: 'held', agreement: { employee: { ...ack, recordedBy: 'Kari' }, manager: ack } }, [fromManager], 'outcome', 'agree'],
    ['employee, agreed', { ...employees, status: 'planAgreed', agreement: { employee: ack, manager: ack } }, [fromManager], 'followUp', 'followUp'],
    ['manager, planned', managers, [], 'prepare', 'invite'],
    ['manager, invited', { ...managers, status: 'invited' }, [], 'meeting', 'meeting'],
    ['manager, held', { ...managers, status: 'held' }, [managersPlan], 'outcome', 'sendOutcome'],
    ['manager, both agreed in the meeting: the outcome still to send', { ...managers, status: 'planAgreed', agreement: { employee: { ...ack, recordedBy: 'Kari' }, manager: ack } }, [managersPlan], 'outcome', 'sendOutcome'],
    ['manager, her update came back', { ...managers, status: 'planAgreed', agreement: { employee: ack, manager: ack } }, [answeredPlan], 'followUp', 'followUp'],
    ['manager, her update came back, his agreement not recorded', { ...managers, status: 'held' }, [answeredPlan], 'outcome', 'agree'],
  ])('%s', (_, dialogue, items, stage, action) => {
    expect(nextStep(dialogue, items)).toEqual({ stage, action });
  });
});

describe('an update of the plan is offered once the plan has left the meeting (issue #30)', () => {
  it.each<[string, Dialogue, Item[], boolean]>([
    ['manager preparing, a draft plan: the outcome carries it', managers, [managersPlan], false],
    ['manager invited, a draft plan', { ...managers, status: 'invited' }, [managersPlan], false],
    ['manager, the meeting held', { ...managers, status: 'held' }, [managersPlan], true],
    ['manager, held, her update came back', { ...managers, status: 'held' }, [answeredPlan], true],
    ['employee, the outcome taken in', { ...employees, status: 'held' }, [fromManager], true],
  ])('%s', (_, dialogue, items, offered) => {
    expect(pastTheMeeting(nextStep(dialogue, items))).toBe(offered);
  });
});
