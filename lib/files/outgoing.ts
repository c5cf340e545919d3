import { agreementTime, PLAN_FIELDS, planKeyOf, versionsOf, type FieldVersion, type PlanField } from '../domain/follow-up';
import { planItemsOf } from '../domain/plan';
import type { Dialogue, Item, ItemOf } from '../domain/schema';
import type { Summary } from '../export/summary';
import type { OutcomeFile, PlanEntry, PlanUpdateFile } from './round-trip';

/*
 * What one party writes for the other (issue #18): the manager's outcome and either party's plan update, in the
 * formats lib/files/round-trip.ts checks. Only types come from there: the export view builds these without Zod.
 */
export const OUTCOME_FORMAT = 'samtale-outcome';
export const PLAN_UPDATE_FORMAT = 'samtale-plan-update';
/** 2: every value that travels is dated (issue #29); files of version 1 are still read (lib/files/round-trip.ts). */
export const ROUND_TRIP_VERSION = 2;
/** A file for the other party sealed with a passphrase the two agreed on (lib/files/passphrase-file.ts). */
export const PROTECTED_FORMAT = 'samtale-protected';
export const PROTECTED_VERSION = 1;

/** A plan item as a file carries it: `key` names it on both sides (the manager's id). */
export function planEntryOf(item: ItemOf<'plan'>, key: string): PlanEntry {
  const { values, versions } = versionsOf(item);
  const times = (pick: (version: FieldVersion) => string) => Object.fromEntries(PLAN_FIELDS.map((field) => [field, pick(versions[field])])) as Record<PlanField, string>;
  return { key, ...values, at: times((version) => version.at), base: times((version) => version.base) };
}


/** The plan items a party sends: the manager's whole plan; the employee's items that came from the manager. */
export const sentPlanItems = (dialogue: Dialogue, items: readonly Item[]): Array<ItemOf<'plan'>> =>
  planItemsOf(items).filter((item) => item.text.trim() !== '' && planKeyOf(item, dialogue.role) !== null);

/** The agreement as recorded here, each party's with the time it last changed (lib/domain/follow-up.ts). */
const agreementOf = (dialogue: Dialogue): Pick<OutcomeFile, 'agreement' | 'agreementAt'> => ({
  agreement: dialogue.agreement,
  agreementAt: { employee: agreementTime(dialogue, 'employee'), manager: agreementTime(dialogue, 'manager') },
});

/** The plan items the manager removed (the employee removes none: lib/domain/authorship.ts). */
const removedOf = (dialogue: Dialogue): NonNullable<OutcomeFile['removed']> =>
  dialogue.role === 'manager' ? (dialogue.removedPlanItems ?? []).map(({ key, at }) => ({ key, at })) : [];

/**
 * The manager's outcome for the employee: the chosen conclusions and notes of the summary (the same choice as
 * every export; what came from the employee is theirs already and does not go back), the whole plan, the review
 * of last year's plan, and the agreement as recorded.
 */
export function buildOutcomeFile(dialogue: Dialogue, items: readonly Item[], chosen: Summary, previousPlan: readonly Item[], now: Date = new Date()): OutcomeFile {
  const byId = new Map(items.map((item) => [item.id, item]));
  const entries = chosen.sections.flatMap((section) =>
    section.entries
      .filter((entry) => entry.kind !== 'question' && byId.get(entry.id)?.origin === null)
      .map((entry) => ({ id: entry.id, topicId: section.topicId, kind: entry.kind === 'conclusion' ? ('conclusion' as const) : ('note' as const), text: entry.text, at: byId.get(entry.id)!.updatedAt })),
  );
  const previous = new Map(previousPlan.map((item) => [item.id, item]));
  const reviews = items
    .filter((item): item is ItemOf<'review'> => item.kind === 'review' && previous.has(item.reviewedItemId) && (item.text.trim() !== '' || item.achieved !== null))
    .map((review) => ({ id: review.id, reviewedKey: review.reviewedItemId, reviewedText: previous.get(review.reviewedItemId)!.text, achieved: review.achieved, text: review.text.trim(), at: review.updatedAt }));
  return {
    format: OUTCOME_FORMAT,
    version: ROUND_TRIP_VERSION,
    exportedAt: now.toISOString(),
    from: { name: dialogue.managerName },
    dialogue: {
      id: dialogue.id,
      employeeDialogueId: dialogue.counterpartDialogueId ?? null,
      employeeName: dialogue.employeeName,
      managerName: dialogue.managerName,
      plannedDate: dialogue.plannedDate,
      templateId: dialogue.templateId,
      language: dialogue.language,
    },
    entries,
    plan: sentPlanItems(dialogue, items).map((item) => planEntryOf(item, item.id)),
    reviews,
    ...agreementOf(dialogue),
    removed: removedOf(dialogue),
  };
}

/** Either party's update of the plan (and of their own agreement to it) for the other. */
export function buildPlanUpdateFile(dialogue: Dialogue, items: readonly Item[], now: Date = new Date()): PlanUpdateFile {
  const name = dialogue.role === 'manager' ? dialogue.managerName : dialogue.employeeName;
  return {
    format: PLAN_UPDATE_FORMAT,
    version: ROUND_TRIP_VERSION,
    exportedAt: now.toISOString(),
    from: { name, role: dialogue.role },
    dialogue: { id: dialogue.id, counterpartId: dialogue.counterpartDialogueId ?? null, employeeName: dialogue.employeeName, plannedDate: dialogue.plannedDate },
    plan: sentPlanItems(dialogue, items).map((item) => planEntryOf(item, planKeyOf(item, dialogue.role)!)),
    ...agreementOf(dialogue),
    removed: removedOf(dialogue),
  };
}

/** A file's text as it goes: sealed with the passphrase the two agreed on, if one was given (its code loads then). */
export async function withPassphrase(text: string, format: string, passphrase: string | null): Promise<string> {
  if (!passphrase) return text;
  const { protectedFile } = await import('./passphrase-file');
  return protectedFile(text, format, passphrase);
}
