import { describe, expect, it } from 'vitest';
import { buildItem } from '../../lib/domain/dialogues';
import { buildDialogue } from '../../lib/domain/new-dialogue';
import { DialogueSchema, ItemSchema } from '../../lib/domain/schema';
import { MAX_TEXT_LENGTH } from '../../lib/domain/constants';
import { sampleDialogueInput } from '../helpers';

describe('the data model', () => {
  it('accepts the records the app builds', () => {
    const dialogue = buildDialogue(sampleDialogueInput());
    expect(DialogueSchema.parse(dialogue)).toEqual(dialogue);
    const kinds = [
      buildItem({ kind: 'answer', dialogueId: dialogue.id, topicId: 't2', questionId: 't2-q01' }),
      buildItem({ kind: 'point', dialogueId: dialogue.id, topicId: 't3', text: 'More follow-up' }),
      buildItem({ kind: 'selfAssessment', dialogueId: dialogue.id, topicId: 't1' }),
      buildItem({ kind: 'goal', dialogueId: dialogue.id, topicId: 't6', deadline: '2027-06-01', why: 'Needed for teaching' }),
      buildItem({
        kind: 'plan',
        dialogueId: dialogue.id,
        topicId: 't7',
        responsible: 'manager',
        responsibleName: 'Kari',
        due: null,
        successCriteria: '',
        status: 'open',
        statusComment: '',
        carriedFromId: null,
      }),
    ];
    for (const item of kinds) expect(ItemSchema.parse(item)).toEqual(item);
  });

  it('gives every new record a distinct random id', () => {
    const ids = new Set(Array.from({ length: 200 }, () => buildDialogue(sampleDialogueInput()).id));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['an unknown kind', { kind: 'secret' }],
    ['a topic outside the seven', { topicId: 't8' }],
    ['text beyond the limit', { text: 'x'.repeat(MAX_TEXT_LENGTH + 1) }],
    ['a missing sensitive flag', { sensitive: undefined }],
  ])('refuses an item with %s', (_, change) => {
    const item = { ...buildItem({ kind: 'point', dialogueId: 'd', topicId: 't1' }), ...change };
    expect(ItemSchema.safeParse(item).success).toBe(false);
  });

  it.each([
    ['a date that is no date', { plannedDate: '2026-13-45' }],
    ['an unknown staff category', { staffCategory: 'student' }],
    ['an unknown template', { templateId: 'other' }],
    ['a meeting of 5 minutes', { durationMinutes: 5 }],
  ])('refuses a dialogue with %s', (_, change) => {
    expect(DialogueSchema.safeParse({ ...buildDialogue(sampleDialogueInput()), ...change }).success).toBe(false);
  });
});
