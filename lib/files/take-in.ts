import { buildItem, type ItemChanges } from '../domain/dialogues';
import { mergePlan, resolveFieldConflict, type FieldConflict } from '../domain/follow-up';
import { sameName } from '../domain/people';
import { agreementWith, statusAfterMeeting } from '../domain/meeting';
import type { Dialogue, Item, ItemOf } from '../domain/schema';
import { incomingOf, type OutcomeFile, type PlanEntry, type PlanUpdateFile } from './round-trip';

/*
 * What a file from the other party would change in a dialogue, decided before anything is written and shown to
 * the user first: the items it adds (each with its origin, so a second import adds nothing), the other party's
 * items it updates, the conflicts the user chooses on, and the dialogue's link, agreement and status. The user's
 * own notes, points and marks are never touched: only what came from the other party, and the shared plan.
 */

export interface TakeIn {
  kind: 'outcome' | 'planUpdate';
  /** Who sent it. */
  from: string;
  /** The file names another employee than this dialogue's: to be confirmed, naming both. */
  otherPerson: { file: string; here: string } | null;
  /** The file answers another dialogue than this one: its id (the caller looks for it on this device). */
  otherDialogueId: string | null;
  add: Item[];
  /** Changes of items already here (as the panel shows them: opened, if sealed), each with the time it was read. */
  update: Array<{ item: Item; changes: ItemChanges }>;
  conflicts: FieldConflict[];
  dialogueChanges: Partial<Pick<Dialogue, 'counterpartDialogueId' | 'agreement' | 'status'>>;
  /** Fields and items the file would leave as they are (already here, or older than what is here). */
  unchanged: number;
  older: number;
}

/** Where things land in this dialogue's guide. */
export interface Landing {
  followUpTopicId: string;
  planTopicId: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A plan item the other party has and this side not yet: added with their times, as exchanged. Created a
 * millisecond apart, in the file's order: the plan is shown in the order its items were made (domain/plan.ts).
 */
function newPlanItem(entry: PlanEntry, dialogue: Dialogue, by: string, landing: Landing, createdAt: string): Item {
  const { key, at, base: _base, ...values } = entry;
  const item = buildItem({ ...values, kind: 'plan', dialogueId: dialogue.id, topicId: landing.planTopicId, carriedFromId: null, origin: { by, sourceId: key }, fieldsAt: at, receivedAt: at });
  return { ...item, createdAt, updatedAt: createdAt };
}

/** The plan's part of a file: merged field by field into the items here (the manager's by id, the employee's by origin). */
function takePlan(plan: readonly PlanEntry[], dialogue: Dialogue, items: readonly Item[], by: string, landing: Landing, into: TakeIn): void {
  const planItems = items.filter((item): item is ItemOf<'plan'> => item.kind === 'plan');
  const ours = (key: string) => planItems.find((item) => (dialogue.role === 'manager' ? item.id === key : item.origin?.sourceId === key));
  const merge = mergePlan(plan.map(incomingOf), ours);
  for (const { item, changes, fieldsAt, receivedAt } of merge.changes.values()) into.update.push({ item, changes: { ...changes, fieldsAt, receivedAt } as ItemChanges });
  into.conflicts.push(...merge.conflicts);
  into.unchanged += merge.unchanged;
  into.older += merge.older;
  // A plan item only the manager has (new, or added after the outcome went) comes to the employee; the manager's
  // plan is the manager's to add to.
  if (dialogue.role !== 'employee') return;
  const now = Date.now();
  plan.filter((entry) => !ours(entry.key)).forEach((entry, index) => into.add.push(newPlanItem(entry, dialogue, by, landing, new Date(now + index).toISOString())));
}

const empty = (kind: TakeIn['kind'], from: string): TakeIn => ({
  kind,
  from,
  otherPerson: null,
  otherDialogueId: null,
  add: [],
  update: [],
  conflicts: [],
  dialogueChanges: {},
  unchanged: 0,
  older: 0,
});

/** The employee takes in the manager's outcome. */
export function takeInOutcome(file: OutcomeFile, dialogue: Dialogue, items: readonly Item[], previousItems: readonly Item[], landing: Landing): TakeIn {
  const by = file.from.name;
  const plan = empty('outcome', by);
  if (!sameName(file.dialogue.employeeName, dialogue.employeeName)) plan.otherPerson = { file: file.dialogue.employeeName, here: dialogue.employeeName };
  if (file.dialogue.employeeDialogueId !== null && file.dialogue.employeeDialogueId !== dialogue.id) plan.otherDialogueId = file.dialogue.employeeDialogueId;
  // What came from the manager before, by its id there and its kind: an entry changes only an item of its own kind.
  const fromManager = new Map(items.filter((item) => item.origin !== null).map((item) => [`${item.kind}:${item.origin!.sourceId}`, item]));
  const entryKind = (kind: OutcomeFile['entries'][number]['kind']) => (kind === 'conclusion' ? 'conclusion' : 'point');

  // Conclusions and the manager's notes are the manager's words: a newer file brings their newer wording.
  for (const entry of file.entries) {
    const here = fromManager.get(`${entryKind(entry.kind)}:${entry.id}`);
    if (here) {
      if (here.text === entry.text) plan.unchanged++;
      else plan.update.push({ item: here, changes: { text: entry.text } });
      continue;
    }
    const origin = { by, sourceId: entry.id };
    plan.add.push(buildItem({ kind: entryKind(entry.kind), dialogueId: dialogue.id, topicId: entry.topicId, text: entry.text, origin }));
  }
  takePlan(file.plan, dialogue, items, by, landing, plan);

  // The review of last year's items, beside the employee's own copy of each where they have one.
  const lastYears = new Map(previousItems.filter((item) => item.kind === 'plan' && item.origin).map((item) => [item.origin!.sourceId, item.id]));
  for (const review of file.reviews) {
    const here = fromManager.get(`review:${review.id}`) as ItemOf<'review'> | undefined;
    const changes = { text: review.text, achieved: review.achieved };
    if (here) {
      if (here.text === review.text && here.achieved === review.achieved) plan.unchanged++;
      else plan.update.push({ item: here, changes: changes as ItemChanges });
      continue;
    }
    const reviewedItemId = lastYears.get(review.reviewedKey) ?? review.reviewedKey;
    plan.add.push(buildItem({ kind: 'review', dialogueId: dialogue.id, topicId: landing.followUpTopicId, reviewedItemId, ...changes, origin: { by, sourceId: review.id } }));
  }

  // The meeting was held; the manager's own agreement as the manager recorded it, and the status that follows, by
  // the same rules as recording it in the panel. The employee's agreement is hers to record: one the manager noted
  // in the meeting (recordedBy) comes along for her to confirm, and never replaces what her copy holds.
  const held = agreementWith({ ...dialogue, status: statusAfterMeeting(dialogue.status) }, 'manager', file.agreement.manager ?? dialogue.agreement.manager);
  const noted = file.agreement.employee?.recordedBy !== undefined ? file.agreement.employee : null;
  const after = agreementWith({ ...dialogue, ...held }, 'employee', dialogue.agreement.employee ?? noted);
  if (!same(after.agreement, dialogue.agreement)) plan.dialogueChanges.agreement = after.agreement;
  if (after.status !== dialogue.status) plan.dialogueChanges.status = after.status;
  if (dialogue.counterpartDialogueId !== file.dialogue.id) plan.dialogueChanges.counterpartDialogueId = file.dialogue.id;
  return plan;
}

export type UpdateRefusal = { kind: 'ownUpdate' } | { kind: 'otherDialogue' };

/** Either party takes in the other's update of the plan (and of the sender's own agreement to it). */
export function takeInPlanUpdate(file: PlanUpdateFile, dialogue: Dialogue, items: readonly Item[], landing: Landing): TakeIn | UpdateRefusal {
  if (file.from.role === dialogue.role) return { kind: 'ownUpdate' };
  // An update answers the dialogue the two files linked: the sender names it, or this side knows the sender's.
  const linked = file.dialogue.counterpartId === dialogue.id || (dialogue.counterpartDialogueId ?? null) === file.dialogue.id;
  if (!linked) return { kind: 'otherDialogue' };
  const plan = empty('planUpdate', file.from.name);
  if (!sameName(file.dialogue.employeeName, dialogue.employeeName)) plan.otherPerson = { file: file.dialogue.employeeName, here: dialogue.employeeName };
  takePlan(file.plan, dialogue, items, file.from.name, landing, plan);
  // The sender's own agreement, and the status that follows (both agreed: the plan is agreed), as in the panel.
  const after = agreementWith(dialogue, file.from.role, file.agreement[file.from.role]);
  if (!same(after.agreement, dialogue.agreement)) plan.dialogueChanges.agreement = after.agreement;
  if (after.status !== dialogue.status) plan.dialogueChanges.status = after.status;
  if ((dialogue.counterpartDialogueId ?? null) !== file.dialogue.id) plan.dialogueChanges.counterpartDialogueId = file.dialogue.id;
  return plan;
}

/** The writes once the user has chosen on each conflict (by its place in `conflicts`); `items` as the panel shows them. */
export function withChoices(plan: TakeIn, choices: ReadonlyArray<'ours' | 'theirs'>, items: readonly Item[], now: string): TakeIn['update'] {
  const updates = new Map(plan.update.map((update) => [update.item.id, { ...update }]));
  plan.conflicts.forEach((conflict, index) => {
    const choice = choices[index];
    if (!choice) throw new Error('Every conflict needs a choice');
    const entry = updates.get(conflict.itemId) ?? { item: items.find((item) => item.id === conflict.itemId)!, changes: {} };
    if (!entry.item) throw new Error(`No plan item ${conflict.itemId}`);
    const resolved = resolveFieldConflict({ ...entry.item, ...entry.changes } as ItemOf<'plan'>, conflict, choice, now);
    entry.changes = { ...entry.changes, ...resolved.changes, fieldsAt: resolved.fieldsAt, receivedAt: resolved.receivedAt } as ItemChanges;
    updates.set(conflict.itemId, entry);
  });
  return [...updates.values()];
}
