import { signal, type ReadonlySignal } from '@preact/signals';
import type { ValueProblem } from '../domain/values';

/** What went wrong, as the panel's banner says it. */
export type StoreProblem =
  | { kind: 'databaseUnavailable'; detail: string }
  | { kind: 'readOnly' }
  | { kind: 'textTooLong'; limit: number }
  | { kind: 'badDate' }
  | { kind: 'badTime' }
  | { kind: 'saveFailed'; detail: string; quota: boolean }
  | { kind: 'actionFailed'; detail: string };

export const describeError = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));
export const isQuotaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'QuotaExceededError' || (error as { inner?: Error }).inner?.name === 'QuotaExceededError');

const VALUE_PROBLEMS: ReadonlySet<StoreProblem['kind']> = new Set(['textTooLong', 'badDate', 'badTime']);

/** The one problem the panel shows at a time, and the ways each slice reports one. */
export function createProblems() {
  const problem = signal<StoreProblem | null>(null);
  return {
    problem: problem as ReadonlySignal<StoreProblem | null>,
    report(found: StoreProblem): void {
      problem.value = found;
    },
    /** An action failed: the panel says so with the error's own words. */
    show(error: unknown): void {
      problem.value = { kind: 'actionFailed', detail: describeError(error) };
    },
    /** Clears the problem if it is of this kind (a later success ends it). */
    clear(kind: StoreProblem['kind']): void {
      if (problem.value?.kind === kind) problem.value = null;
    },
    dismiss(): void {
      problem.value = null;
    },
    /**
     * The panel stores only what a backup restores and a shared file carries (lib/domain/values.ts): a value the
     * rules refuse is not written, and the user is told why. A later accepted value clears that message.
     */
    refused(found: ValueProblem | null): boolean {
      if (!found) {
        if (problem.value && VALUE_PROBLEMS.has(problem.value.kind)) problem.value = null;
        return false;
      }
      problem.value = found.kind === 'tooLong' ? { kind: 'textTooLong', limit: found.limit } : { kind: found.kind };
      return true;
    },
  };
}

export type Problems = ReturnType<typeof createProblems>;
