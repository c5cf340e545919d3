import { compareCodeUnits } from './order';
import type { Item, ItemOf } from './schema';

/*
 * The follow-up and development plan: what is to be done, by whom, by when, and how success is judged; and how
 * last year's open items come into this year's plan.
 */

/** A new, open plan item (what / who / by when / judged how), the employee responsible until chosen. */
export const newPlanItemFields = (text: string) => ({
  kind: 'plan' as const,
  text,
  responsible: 'employee' as const,
  responsibleName: '',
  due: null,
  successCriteria: '',
  status: 'open' as const,
  statusComment: '',
  carriedFromId: null,
});

/** Last year's plan item carried into this year's plan: the same what, who and success criteria, open again. */
export const carriedOverFields = (planItem: ItemOf<'plan'>) => ({
  ...newPlanItemFields(planItem.text),
  responsible: planItem.responsible,
  responsibleName: planItem.responsibleName,
  successCriteria: planItem.successCriteria,
  carriedFromId: planItem.id,
});

/** This year's items carried from last year's: last year's id → this year's id. */
export function carriedOver(items: readonly Item[]): Map<string, string> {
  return new Map(
    items.filter((item): item is ItemOf<'plan'> => item.kind === 'plan' && item.carriedFromId !== null).map((item) => [item.carriedFromId!, item.id]),
  );
}

/** The plan's items, in the plan's order (as they were added). */
export const planItemsOf = (items: readonly Item[]): Array<ItemOf<'plan'>> =>
  items.filter((item): item is ItemOf<'plan'> => item.kind === 'plan').sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt));

/**
 * A goal the two put on the plan (issue #28): its words and its reason as what is to be done, its deadline as by
 * when. The same goal gives the same words, so adding it twice adds one item (isOnPlan).
 */
export function planFieldsOfGoal(goal: Pick<ItemOf<'goal'>, 'text' | 'deadline' | 'why'>): { text: string; due: string | null } {
  const why = goal.why.trim();
  return { text: why ? `${goal.text.trim()}\n${why}` : goal.text.trim(), due: goal.deadline };
}

/** Whether the plan already has an item with these words (an exact duplicate, spaces around aside). */
export const isOnPlan = (items: readonly Item[], text: string): boolean => items.some((item) => item.kind === 'plan' && item.text.trim() === text.trim());

/** What the guide asks of each agreed item, beyond what is to be done: who, by when, how success is judged. */
export type PlanGap = 'who' | 'due' | 'success';

/**
 * The plan's items that lack something the guide asks for, by their number in the plan (issue #28): shown when the
 * two record their agreement, which they may do anyway. "Who" is missing only for someone else not named.
 */
export function planGaps(items: readonly Item[]): Array<{ number: number; missing: PlanGap[] }> {
  return planItemsOf(items).flatMap((item, index) => {
    const missing: PlanGap[] = [];
    if (item.responsible === 'other' && item.responsibleName.trim() === '') missing.push('who');
    if (item.due === null) missing.push('due');
    if (item.successCriteria.trim() === '') missing.push('success');
    return missing.length > 0 && item.text.trim() !== '' ? [{ number: index + 1, missing }] : [];
  });
}
