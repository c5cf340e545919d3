import type { ItemOf } from './schema';

/*
 * Following up the plan through the year, both ways, without a server: each party keeps a copy of the plan, and
 * files carry changes between the two. The rules that decide what a file may change are here, free of storage.
 *
 * Every field of a plan item has a time: when its value was made (by either party, on their own device's clock),
 * and each copy remembers the time of the last value it took in from the other party. A file carries each
 * field's value, its time, and its base: the time of the last value its sender took in from us. Taking in one field:
 * - the same value, or ours as they took it in: nothing new (a file taken in twice changes nothing);
 * - our value is the sender's base (they changed it after seeing ours): theirs is newer, it is taken;
 * - our value is one they sent earlier: theirs is newer or older by their own clock; newer is taken, older is
 *   left out (an old file arriving late), and the user is told;
 * - otherwise both changed the field since they last exchanged: the user is shown both and chooses.
 * Only the third compares times, and only two times from the same device: no decision rests on whose clock is ahead.
 */

/** The fields of a plan item that both parties keep, each compared on its own when their copies meet. */
export const PLAN_FIELDS = ['text', 'responsible', 'responsibleName', 'due', 'successCriteria', 'status', 'statusComment'] as const;
export type PlanField = (typeof PLAN_FIELDS)[number];

/** A plan item as both parties keep it. */
export type PlanValues = Pick<ItemOf<'plan'>, PlanField>;

/** One field of a plan item as a file carries it. */
export interface FieldVersion {
  at: string;
  /** The time of the last value the sender took in from the receiver ('' if none). */
  base: string;
}

/** When a field's value was made: its own time, or the item's creation. */
export const fieldTime = (item: ItemOf<'plan'>, field: PlanField): string => item.fieldsAt?.[field] ?? item.createdAt;
/** When the last value taken in from the other party was made ('' if none). */
export const receivedTime = (item: ItemOf<'plan'>, field: PlanField): string => item.receivedAt?.[field] ?? '';

/** A plan item's field times once the fields the user changed are stored: each of those is new as of `now`. */
export function datedFieldTimes(item: ItemOf<'plan'>, touched: readonly string[], now: string): ItemOf<'plan'>['fieldsAt'] {
  const changed = PLAN_FIELDS.filter((field) => touched.includes(field));
  return { ...item.fieldsAt, ...Object.fromEntries(changed.map((field) => [field, now])) };
}

/** A plan item's fields as a file carries them, with their times. */
export function versionsOf(item: ItemOf<'plan'>): { values: PlanValues; versions: Record<PlanField, FieldVersion> } {
  const values = Object.fromEntries(PLAN_FIELDS.map((field) => [field, item[field]])) as PlanValues;
  const versions = Object.fromEntries(PLAN_FIELDS.map((field) => [field, { at: fieldTime(item, field), base: receivedTime(item, field) }])) as Record<PlanField, FieldVersion>;
  return { values, versions };
}

export type FieldVerdict = 'same' | 'take' | 'older' | 'conflict';

/**
 * Two times as instants, never as text (issue #29: '…T23:59:59+23:59' is earlier than '…T00:00:00Z' of the same day,
 * and sorted after it as text). '' (no time) equals only ''.
 */
export const sameTime = (a: string, b: string): boolean => a === b || (a !== '' && b !== '' && Date.parse(a) === Date.parse(b));
const later = (a: string, b: string): boolean => Date.parse(a) > Date.parse(b);

/** What one field of an incoming file does to our copy (see the rules above). */
export function fieldVerdict(ours: { value: unknown; at: string; received: string }, theirs: { value: unknown; at: string; base: string }): FieldVerdict {
  // The same value, or theirs is the one they took in from us, unchanged since: nothing new.
  if (JSON.stringify(ours.value) === JSON.stringify(theirs.value) || sameTime(theirs.at, theirs.base)) return 'same';
  if (sameTime(theirs.base, ours.at)) return 'take';
  if (sameTime(ours.at, ours.received)) return later(theirs.at, ours.at) ? 'take' : 'older';
  return 'conflict';
}

/** One field on which both parties changed the plan since they last exchanged: both versions, for the user to choose. */
export interface FieldConflict {
  key: string;
  itemId: string;
  field: PlanField;
  ours: unknown;
  theirs: unknown;
  theirsAt: string;
}

export interface PlanItemChange {
  item: ItemOf<'plan'>;
  changes: Partial<PlanValues>;
  fieldsAt: ItemOf<'plan'>['fieldsAt'];
  receivedAt: ItemOf<'plan'>['receivedAt'];
}

/** What an incoming plan does to ours: the changes to write, the conflicts to show, and what it left as it was. */
export interface PlanMerge {
  /** Per item (by our id): the values taken, with their times. */
  changes: Map<string, PlanItemChange>;
  conflicts: FieldConflict[];
  /** Fields that were the same, or seen before. */
  unchanged: number;
  /** Fields an older file would have changed back: kept as they are (and said). */
  older: number;
}

export interface IncomingPlanItem {
  key: string;
  values: PlanValues;
  versions: Record<PlanField, FieldVersion>;
}

/** A field's value taken from the other party, with its time. */
function taken(entry: PlanItemChange, field: PlanField, value: unknown, at: string): void {
  (entry.changes as Record<string, unknown>)[field] = value;
  entry.fieldsAt = { ...entry.fieldsAt, [field]: at };
  entry.receivedAt = { ...entry.receivedAt, [field]: at };
}

/**
 * Merges an incoming plan into ours, field by field. `ourItemOf` finds our copy of an incoming item (by the key
 * both parties share); items we do not have are the caller's to add.
 */
export function mergePlan(incoming: readonly IncomingPlanItem[], ourItemOf: (key: string) => ItemOf<'plan'> | undefined): PlanMerge {
  const merge: PlanMerge = { changes: new Map(), conflicts: [], unchanged: 0, older: 0 };
  for (const theirs of incoming) {
    const ours = ourItemOf(theirs.key);
    if (!ours) continue;
    for (const field of PLAN_FIELDS) {
      const version = theirs.versions[field];
      const verdict = fieldVerdict(
        { value: ours[field], at: fieldTime(ours, field), received: receivedTime(ours, field) },
        { value: theirs.values[field], at: version.at, base: version.base },
      );
      if (verdict === 'conflict') merge.conflicts.push({ key: theirs.key, itemId: ours.id, field, ours: ours[field], theirs: theirs.values[field], theirsAt: version.at });
      else if (verdict === 'older') merge.older++;
      else if (verdict === 'same') merge.unchanged++;
      else {
        const entry = merge.changes.get(ours.id) ?? { item: ours, changes: {}, fieldsAt: { ...ours.fieldsAt }, receivedAt: { ...ours.receivedAt } };
        taken(entry, field, theirs.values[field], version.at);
        merge.changes.set(ours.id, entry);
      }
    }
  }
  return merge;
}

/**
 * The user's choice on a conflict. Theirs is taken with its time; ours stays and is made again now, on top of
 * theirs (seen), so it reaches the other party as the newer of the two.
 */
export function resolveFieldConflict(item: ItemOf<'plan'>, conflict: FieldConflict, choice: 'ours' | 'theirs', now: string): Omit<PlanItemChange, 'item'> {
  const entry: PlanItemChange = { item, changes: {}, fieldsAt: { ...item.fieldsAt }, receivedAt: { ...item.receivedAt } };
  if (choice === 'theirs') taken(entry, conflict.field, conflict.theirs, conflict.theirsAt);
  else {
    entry.fieldsAt = { ...entry.fieldsAt, [conflict.field]: now };
    entry.receivedAt = { ...entry.receivedAt, [conflict.field]: conflict.theirsAt };
  }
  return { changes: entry.changes, fieldsAt: entry.fieldsAt, receivedAt: entry.receivedAt };
}
