import { buildItem, type ItemChanges } from '../domain/dialogues';
import {
  agreementReceived,
  changedHere,
  changedSinceRemoval,
  fieldsChangedHere,
  mergePlan,
  oneWayVerdict,
  PLAN_FIELDS,
  removalOf,
  resolveFieldConflict,
  later,
  type FieldConflict,
  type PlanField,
} from '../domain/follow-up';
import { sameName } from '../domain/people';
import { agreementWith, statusAfterMeeting } from '../domain/meeting';
import type { Acknowledgement, Dialogue, Item, ItemOf, RemovedPlanItem, Role } from '../domain/schema';
import type { TakeInDialogueChanges } from '../storage/exchange-writes';
import { incomingOf, type OutcomeFile, type PlanEntry, type PlanUpdateFile, type RoundTripFile } from './round-trip';

/*
 * What a file from the other party would change in a dialogue, decided before anything is written and shown to
 * the user first: the items it adds (each with its origin, so a second import adds nothing), the other party's
 * items it updates or removes, the questions the user answers, what it leaves as it is and why, and the dialogue's
 * link, agreement and status. The user's own notes, points and marks are never touched: only what came from the
 * other party, and the shared plan. Every value is decided by the clock rule of lib/domain/follow-up.ts.
 */

/** A plan item removed on one side and changed on the other since: kept as this side has it, or as theirs (issue #29). */
export type RemovalQuestion =
  /** Manager: the employee changed an item the manager removed. Ours: keep it removed; theirs: add it back. */
  | { kind: 'addBack'; key: string; entry: PlanEntry; item: Item }
  /** Employee: the manager removed an item she changed since. Ours: keep it; theirs: remove it here too. */
  | { kind: 'removedThere'; key: string; item: ItemOf<'plan'>; at: string };

/** A value the file would leave as it is, and why: older than what is here, or an item removed here. */
export interface LeftOut {
  id: string;
  why: 'older' | 'removedHere' | 'notInPlan';
  /** The item or entry it belongs to, in its words. */
  what: string;
  /** The plan field, for a field of a plan item. */
  field?: PlanField;
  /** The agreement's party, for an agreement. */
  party?: Role;
}

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
  /** Plan items the other party removed, changed on neither side since (the employee's copy). */
  remove: Item[];
  conflicts: FieldConflict[];
  /** Asked after the conflicts, in the same list of choices. */
  removalQuestions: RemovalQuestion[];
  /** Removals this copy remembers or forgets, whatever the choices (by key). */
  removals: Array<{ key: string; removal: RemovedPlanItem | null }>;
  dialogueChanges: TakeInDialogueChanges;
  /** Fields and items the file would leave as they are because they are already here. */
  unchanged: number;
  /** Each value left out, with why (issue #29: nothing is dropped in silence). */
  leftOut: LeftOut[];
  /** Times to note as seen although no value the user sees changes: taking the file in still writes them. */
  notesSeen: boolean;
}

/** Where things land in this dialogue's guide. */
export interface Landing {
  followUpTopicId: string;
  planTopicId: string;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A plan item as the other party's file has it, with their times, as exchanged: the employee's copy of one of the
 * manager's (its origin names it); or one the manager removed, added back as hers has it (the manager's again, under
 * its key). Created at `createdAt`: the plan is shown in the order its items were made (domain/plan.ts).
 */
function planItemFrom(entry: PlanEntry, dialogue: Dialogue, landing: Landing, from: { origin: Item['origin'] } | { id: string }, createdAt?: string): Item {
  const { key: _key, at, base: _base, ...values } = entry;
  const item = buildItem({ ...values, kind: 'plan', dialogueId: dialogue.id, topicId: landing.planTopicId, carriedFromId: null, fieldsAt: at, receivedAt: at, ...('origin' in from ? { origin: from.origin } : {}) });
  return { ...item, ...('id' in from ? { id: from.id } : {}), ...(createdAt ? { createdAt, updatedAt: createdAt } : {}) };
}

const planFieldLeftOut = (item: ItemOf<'plan'>, field: PlanField): LeftOut => ({ id: `${item.id}:${field}`, why: 'older', what: item.text, field });

/**
 * The plan's part of a file: merged field by field into the items here (the manager's by id, the employee's by
 * origin); items only one side has, and removals, by the rules of lib/domain/follow-up.ts.
 */
function takePlan(file: RoundTripFile, dialogue: Dialogue, items: readonly Item[], by: string, landing: Landing, into: TakeIn): void {
  const planItems = items.filter((item): item is ItemOf<'plan'> => item.kind === 'plan');
  const ours = (key: string) => planItems.find((item) => (dialogue.role === 'manager' ? item.id === key : item.origin?.sourceId === key));
  const merge = mergePlan(file.plan.map(incomingOf), ours);
  for (const { item, changes, fieldsAt, receivedAt } of merge.changes.values()) into.update.push({ item, changes: { ...changes, fieldsAt, receivedAt } as ItemChanges });
  into.conflicts.push(...merge.conflicts);
  into.unchanged += merge.unchanged;
  into.leftOut.push(...merge.olderFields.map(({ item, field }) => planFieldLeftOut(item, field)));
  if (merge.changes.size > 0) into.notesSeen = true;

  const removedHere = new Map((dialogue.removedPlanItems ?? []).map((removal) => [removal.key, removal]));
  const missing = file.plan.filter((entry) => !ours(entry.key));
  const now = Date.now();
  missing.forEach((entry, index) => {
    const removal = removedHere.get(entry.key);
    if (dialogue.role === 'manager') {
      // The manager's plan is the manager's to add to: an item only the employee has was removed here. Changed by
      // her since, it is a question; otherwise it is left out, and said.
      if (removal && changedSinceRemoval(incomingOf(entry), removal)) into.removalQuestions.push({ kind: 'addBack', key: entry.key, entry, item: planItemFrom(entry, dialogue, landing, { id: entry.key }) });
      else into.leftOut.push({ id: entry.key, why: removal ? 'removedHere' : 'notInPlan', what: entry.text });
      return;
    }
    // The employee's copy: a new item of the manager's, unless the manager removed it. A file written after the
    // removal still has it: the manager added it back (the removal is forgotten); an older file's copy stays out.
    if (removal && !later(file.exportedAt, removal.at)) {
      into.leftOut.push({ id: entry.key, why: 'removedHere', what: entry.text });
      return;
    }
    if (removal) into.removals.push({ key: entry.key, removal: null });
    // Made a millisecond apart, in the file's order (the order the plan is shown in).
    into.add.push(planItemFrom(entry, dialogue, landing, { origin: { by, sourceId: entry.key } }, new Date(now + index).toISOString()));
  });

  // The manager's removals, in the employee's copy: an item she did not change since is removed; one she changed is
  // a question. A removal seen before (taken in, or answered) asks nothing again.
  if (dialogue.role !== 'employee') return;
  for (const { key, at } of file.removed ?? []) {
    const seen = removedHere.get(key);
    if (seen && !later(at, seen.at)) continue;
    const item = ours(key);
    if (!item) {
      // Never taken in here: remembered all the same, so an older file that still has it does not bring it.
      into.removals.push({ key, removal: removalOf(key, null, at) });
      into.notesSeen = true;
      continue;
    }
    if (changedHere(item)) into.removalQuestions.push({ kind: 'removedThere', key, item, at });
    else {
      into.remove.push(item);
      into.removals.push({ key, removal: removalOf(key, item, at) });
    }
  }
}

const empty = (kind: TakeIn['kind'], from: string): TakeIn => ({
  kind,
  from,
  otherPerson: null,
  otherDialogueId: null,
  add: [],
  update: [],
  remove: [],
  conflicts: [],
  removalQuestions: [],
  removals: [],
  dialogueChanges: {},
  unchanged: 0,
  leftOut: [],
  notesSeen: false,
});

/**
 * One party's agreement as a file carries it, by the one-way rule (lib/domain/follow-up.ts): taken when newer than
 * the last taken in (a withdrawal too), its time noted when only the time is new; left out, and said, when older.
 */
function takeAgreement(
  file: RoundTripFile,
  party: Role,
  theirs: Acknowledgement | null,
  dialogue: Dialogue,
  into: TakeIn,
): { take: boolean; times: Pick<TakeInDialogueChanges, 'agreementAt' | 'agreementReceivedAt'> } {
  const at = file.agreementAt?.[party] ?? file.exportedAt;
  const verdict = oneWayVerdict({ value: dialogue.agreement[party], received: agreementReceived(dialogue, party) }, { value: theirs, at });
  if (verdict === 'older') into.leftOut.push({ id: `agreement:${party}`, why: 'older', what: '', party });
  if (verdict === 'same' || verdict === 'older') return { take: false, times: {} };
  into.notesSeen = true;
  const received = { agreementReceivedAt: { ...dialogue.agreementReceivedAt, [party]: at } };
  return verdict === 'take' ? { take: true, times: { ...received, agreementAt: { ...dialogue.agreementAt, [party]: at } } } : { take: false, times: received };
}

/** A one-way entry (a conclusion, a note, a review) by the same rule: its text (and verdict) taken when newer. */
function takeEntry<T extends Item>(here: T, theirs: Partial<T>, at: string, value: (item: Partial<T>) => unknown, what: string, into: TakeIn): void {
  const verdict = oneWayVerdict({ value: value(here), received: here.origin?.at ?? '' }, { value: value(theirs), at });
  if (verdict === 'same') into.unchanged++;
  else if (verdict === 'older') into.leftOut.push({ id: here.id, why: 'older', what });
  else {
    into.notesSeen = true;
    const origin = { ...here.origin!, at };
    into.update.push({ item: here, changes: (verdict === 'take' ? { ...theirs, origin } : { origin }) as ItemChanges });
    if (verdict === 'seen') into.unchanged++;
  }
}

/** The employee takes in the manager's outcome. */
export function takeInOutcome(file: OutcomeFile, dialogue: Dialogue, items: readonly Item[], previousItems: readonly Item[], landing: Landing): TakeIn {
  const by = file.from.name;
  const plan = empty('outcome', by);
  if (!sameName(file.dialogue.employeeName, dialogue.employeeName)) plan.otherPerson = { file: file.dialogue.employeeName, here: dialogue.employeeName };
  if (file.dialogue.employeeDialogueId !== null && file.dialogue.employeeDialogueId !== dialogue.id) plan.otherDialogueId = file.dialogue.employeeDialogueId;
  // What came from the manager before, by its id there and its kind: an entry changes only an item of its own kind.
  const fromManager = new Map(items.filter((item) => item.origin !== null).map((item) => [`${item.kind}:${item.origin!.sourceId}`, item]));
  const entryKind = (kind: OutcomeFile['entries'][number]['kind']) => (kind === 'conclusion' ? 'conclusion' : 'point');

  // Conclusions and the manager's notes are the manager's words: a newer file brings their newer wording, an older
  // one never brings back what a newer one replaced.
  for (const entry of file.entries) {
    const here = fromManager.get(`${entryKind(entry.kind)}:${entry.id}`);
    const at = entry.at ?? file.exportedAt;
    if (here) {
      takeEntry(here, { text: entry.text }, at, (item) => item.text, entry.text, plan);
      continue;
    }
    const origin = { by, sourceId: entry.id, at };
    plan.add.push(buildItem({ kind: entryKind(entry.kind), dialogueId: dialogue.id, topicId: entry.topicId, text: entry.text, origin }));
  }
  takePlan(file, dialogue, items, by, landing, plan);

  // The review of last year's items, beside the employee's own copy of each where they have one.
  const lastYears = new Map(previousItems.filter((item) => item.kind === 'plan' && item.origin).map((item) => [item.origin!.sourceId, item.id]));
  for (const review of file.reviews) {
    const here = fromManager.get(`review:${review.id}`) as ItemOf<'review'> | undefined;
    const changes = { text: review.text, achieved: review.achieved };
    const at = review.at ?? file.exportedAt;
    if (here) {
      takeEntry(here, changes, at, (item) => [item.text, item.achieved], review.reviewedText, plan);
      continue;
    }
    const reviewedItemId = lastYears.get(review.reviewedKey) ?? review.reviewedKey;
    plan.add.push(buildItem({ kind: 'review', dialogueId: dialogue.id, topicId: landing.followUpTopicId, reviewedItemId, ...changes, origin: { by, sourceId: review.id, at } }));
  }

  // The meeting was held; the manager's own agreement as the manager recorded it (or withdrew it), when newer than
  // the last taken in, and the status that follows, by the same rules as recording it in the panel. The employee's
  // agreement is hers to record: one the manager noted in the meeting (recordedBy) comes along for her to confirm,
  // and never replaces one she recorded herself.
  const managers = takeAgreement(file, 'manager', file.agreement.manager, dialogue, plan);
  const held = agreementWith({ ...dialogue, status: statusAfterMeeting(dialogue.status) }, 'manager', managers.take ? file.agreement.manager : dialogue.agreement.manager);
  const fileNoted = file.agreement.employee === null || file.agreement.employee.recordedBy !== undefined;
  const hers = dialogue.agreement.employee;
  const withManagers = { ...dialogue, ...managers.times };
  const employees = fileNoted && (hers === null || hers.recordedBy !== undefined) ? takeAgreement(file, 'employee', file.agreement.employee, withManagers, plan) : { take: false, times: {} };
  const after = agreementWith({ ...dialogue, ...held }, 'employee', employees.take ? file.agreement.employee : hers);
  if (!same(after.agreement, dialogue.agreement)) plan.dialogueChanges.agreement = after.agreement;
  if (after.status !== dialogue.status) plan.dialogueChanges.status = after.status;
  Object.assign(plan.dialogueChanges, managers.times, employees.times);
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
  takePlan(file, dialogue, items, file.from.name, landing, plan);
  // The sender's own agreement, when newer than the last taken in, and the status that follows (both agreed: the
  // plan is agreed), as in the panel.
  const party = file.from.role;
  const senders = takeAgreement(file, party, file.agreement[party], dialogue, plan);
  const after = senders.take ? agreementWith(dialogue, party, file.agreement[party]) : dialogue;
  if (!same(after.agreement, dialogue.agreement)) plan.dialogueChanges.agreement = after.agreement;
  if (after.status !== dialogue.status) plan.dialogueChanges.status = after.status;
  Object.assign(plan.dialogueChanges, senders.times);
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

/** An item's field times with the fields its owner changed since the last value taken in (all, if none) made now. */
function redated(item: ItemOf<'plan'>, now: string): ItemOf<'plan'>['fieldsAt'] {
  const own = fieldsChangedHere(item);
  return { ...item.fieldsAt, ...Object.fromEntries((own.length > 0 ? own : PLAN_FIELDS).map((field) => [field, now])) };
}

/** Everything a checked file writes, with the user's choice on each conflict, then on each removal question. */
export interface TakeInWrites {
  add: Item[];
  update: TakeIn['update'];
  remove: Item[];
  removals: TakeIn['removals'];
  dialogueChanges: TakeInDialogueChanges;
}

/**
 * What taking a checked file in writes, once the user has chosen: on each conflict (first in `choices`) and on each
 * removal question (after them). Either way the removal is remembered as seen: the same file never asks again.
 */
export function writesOf(plan: TakeIn, choices: ReadonlyArray<'ours' | 'theirs'>, items: readonly Item[], now: string): TakeInWrites {
  const writes: TakeInWrites = { add: [...plan.add], update: withChoices(plan, choices, items, now), remove: [...plan.remove], removals: [...plan.removals], dialogueChanges: plan.dialogueChanges };
  plan.removalQuestions.forEach((question, index) => {
    const choice = choices[plan.conflicts.length + index];
    if (!choice) throw new Error('Every removal needs a choice');
    if (question.kind === 'addBack') {
      // Kept removed: removed again now, over their change, so their copy hears of it as the newer.
      if (choice === 'theirs') writes.add.push(question.item);
      const theirTimes = question.entry.at;
      writes.removals.push({ key: question.key, removal: choice === 'theirs' ? null : { key: question.key, at: now, receivedAt: theirTimes } });
      return;
    }
    if (choice === 'theirs') writes.remove.push(question.item);
    else {
      // Kept: her changes are made again now, as with "Keep mine", so his copy hears of them as newer than his
      // removal and asks him (otherwise his copy would take her kept item for one she had not touched since).
      const update = writes.update.find((each) => each.item.id === question.item.id) ?? { item: question.item, changes: {} };
      const current = { ...question.item, ...update.changes } as ItemOf<'plan'>;
      update.changes = { ...update.changes, fieldsAt: redated(current, now) } as ItemChanges;
      if (!writes.update.includes(update)) writes.update.push(update);
    }
    writes.removals.push({ key: question.key, removal: removalOf(question.key, question.item, question.at) });
  });
  return writes;
}
