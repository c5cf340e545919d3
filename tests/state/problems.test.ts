import { describe, expect, it } from 'vitest';
import { createProblems, type StoreProblem } from '../../lib/state/problems';

describe('the problems slice', () => {
  it('says an action failed with the error’s own words', () => {
    const problems = createProblems();
    problems.show(new TypeError('boom'));
    expect(problems.problem.value).toEqual({ kind: 'actionFailed', detail: 'TypeError: boom' });
  });

  it.each([
    [{ kind: 'tooLong', field: 'text', limit: 200 } as const, { kind: 'textTooLong', limit: 200 }],
    [{ kind: 'badDate', field: 'due' } as const, { kind: 'badDate' }],
    [{ kind: 'badTime', field: 'plannedTime' } as const, { kind: 'badTime' }],
  ])('refuses a value (%o) and says why; the next accepted value clears it', (found, shown) => {
    const problems = createProblems();
    expect(problems.refused(found)).toBe(true);
    expect(problems.problem.value).toEqual(shown);
    expect(problems.refused(null)).toBe(false);
    expect(problems.problem.value).toBeNull();
  });

  it('leaves other problems in place when a value is accepted, and clears only the kind asked', () => {
    const problems = createProblems();
    const failed: StoreProblem = { kind: 'saveFailed', detail: 'disk full', quota: true };
    problems.report(failed);
    problems.refused(null);
    expect(problems.problem.value).toEqual(failed);
    problems.clear('readOnly');
    expect(problems.problem.value).toEqual(failed);
    problems.clear('saveFailed');
    expect(problems.problem.value).toBeNull();
  });
});
