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

/** Whether the plan already has an item with these words (an exact duplicate, spaces around aside). */
export const isOnPlan = (items: readonly Item[], text: string): boolean => items.some((item) => item.kind === 'plan' && item.text.trim() === text.trim());
