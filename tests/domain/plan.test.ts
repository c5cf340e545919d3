import { describe, expect, it } from 'vitest';
import { backupIsDue } from '../../lib/domain/backup-reminder';
import { buildItem } from '../../lib/domain/dialogues';
import { carriedOver, carriedOverFields, newPlanItemFields } from '../../lib/domain/plan';

describe('the plan’s rules', () => {
  it('carries last year’s item over with its what, who and success criteria, open again', () => {
    const last = buildItem({ ...newPlanItemFields('Course in statistics'), dialogueId: 'd0', topicId: 't7', responsible: 'other', responsibleName: 'HR', successCriteria: 'passed', status: 'done' });
    expect(carriedOverFields(last)).toMatchObject({ kind: 'plan', text: 'Course in statistics', responsible: 'other', responsibleName: 'HR', successCriteria: 'passed', status: 'open', due: null, carriedFromId: last.id });
    const carried = buildItem({ ...carriedOverFields(last), dialogueId: 'd1', topicId: 't7' });
    const own = buildItem({ ...newPlanItemFields('New'), dialogueId: 'd1', topicId: 't7' });
    expect(carriedOver([carried, own])).toEqual(new Map([[last.id, carried.id]]));
  });
});

describe('the backup reminder', () => {
  const now = Date.parse('2026-11-30T12:00:00Z');
  it.each([
    ['never backed up, nothing older than a day', null, ['2026-11-30T08:00:00Z'], false],
    ['never backed up, a dialogue two days old', null, ['2026-11-28T08:00:00Z'], true],
    ['backed up 29 days ago', '2026-11-01T12:00:00Z', ['2026-01-01T00:00:00Z'], false],
    ['backed up 31 days ago', '2026-10-30T12:00:00Z', ['2026-01-01T00:00:00Z'], true],
  ])('%s', (_, lastBackupAt, created, due) => {
    expect(backupIsDue(lastBackupAt, created.map((createdAt) => ({ createdAt })), now)).toBe(due);
  });
});
