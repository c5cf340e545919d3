import type { Dialogue, ItemOf, RemovedPlanItem, Role } from './schema';

/*
 * Following up the plan through the year, both ways, without a server: each party keeps a copy of the plan, and
 * files carry changes between the two. The rules that decide what a file may change are here, free of storage.
 *
 * One clock rule for everything that travels (issue #29). Every value a file carries has a time: when it was made
 * (by either party, on their own device's clock). Each copy remembers the time of the last value it took in from the
 * other party; a file also carries, for each plan field, its base: the time of the last value its sender took in
 * from us. Taking in one value:
 * - theirs is ours as they took it in (its time is its base): nothing new (a file taken in twice changes nothing);
 * - seen is seen: theirs is no newer than the last value taken in from them: already here, or older (an old file
 *   arriving late; the user is told), never a question, whatever this side did since;
 * - the same value, newer: nothing changes, and the time is noted as seen (so an older file cannot bring back
 *   what this one confirmed);
 * - our value is the sender's base (they changed it after seeing ours), or ours is their earlier value unchanged
 *   here: theirs is taken;
 * - otherwise both changed the value since they last exchanged: the user is shown both and chooses.
 * Times compared are instants (never text), and only two times made on the same device: theirs against the last
 * of theirs taken in, theirs' base against ours. No decision rests on whose clock is ahead.
 * Values only one party writes (the manager's conclusions and notes, each party's own agreement) follow the same
 * rule with no base: the newest of theirs taken in so far wins, an older one is left out.
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

/** The key both parties know a plan item by: the manager's id (on the employee's side, where it came from). */
export const planKeyOf = (item: Pick<ItemOf<'plan'>, 'id' | 'origin'>, role: Role): string | null => (role === 'manager' ? item.id : (item.origin?.sourceId ?? null));

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

export type FieldVerdict = 'same' | 'seen' | 'take' | 'older' | 'conflict';

/**
 * Two times as instants, never as text (issue #29: '…T23:59:59+23:59' is earlier than '…T00:00:00Z' of the same day,
 * and sorted after it as text). '' (no time) equals only ''.
 */
export const sameTime = (a: string, b: string): boolean => a === b || (a !== '' && b !== '' && Date.parse(a) === Date.parse(b));
/** Whether `a` is a later instant than `b` ('' is before every time). */
export const later = (a: string, b: string): boolean => a !== '' && (b === '' || Date.parse(a) > Date.parse(b));

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What one field of an incoming file does to our copy (see the rules above). */
export function fieldVerdict(ours: { value: unknown; at: string; received: string }, theirs: { value: unknown; at: string; base: string }): FieldVerdict {
  if (sameTime(theirs.at, theirs.base)) return 'same';
  if (ours.received !== '' && !later(theirs.at, ours.received)) return sameValue(ours.value, theirs.value) || sameTime(theirs.at, ours.received) ? 'same' : 'older';
  if (sameValue(ours.value, theirs.value)) return 'seen';
  if (sameTime(theirs.base, ours.at) || sameTime(ours.at, ours.received)) return 'take';
  return 'conflict';
}

/**
 * A value only the other party writes (their conclusions and notes, their own agreement), by the same rule: `received`
 * is the time of their version held here ('' if none, or not known).
 */
export function oneWayVerdict(ours: { value: unknown; received: string }, theirs: { value: unknown; at: string }): Exclude<FieldVerdict, 'conflict'> {
  const verdict = fieldVerdict({ ...ours, at: ours.received }, { ...theirs, base: '' });
  return verdict === 'conflict' ? 'take' : verdict;
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
  /** Fields that were the same, or seen before (a newer time of the same value is noted in `changes`). */
  unchanged: number;
  /** Fields an older file would have changed back: kept as they are (and said, by item and field). */
  olderFields: Array<{ item: ItemOf<'plan'>; field: PlanField }>;
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
  const merge: PlanMerge = { changes: new Map(), conflicts: [], unchanged: 0, olderFields: [] };
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
      else if (verdict === 'older') merge.olderFields.push({ item: ours, field });
      else if (verdict === 'same') merge.unchanged++;
      else {
        const entry = merge.changes.get(ours.id) ?? { item: ours, changes: {}, fieldsAt: { ...ours.fieldsAt }, receivedAt: { ...ours.receivedAt } };
        if (verdict === 'take') taken(entry, field, theirs.values[field], version.at);
        else {
          // Seen: the value is ours already; its time is noted, nothing the user sees changes.
          entry.receivedAt = { ...entry.receivedAt, [field]: version.at };
          merge.unchanged++;
        }
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

/*
 * Each party's agreement travels with that party's files, by the one-way rule: its time is when it last changed in
 * the sender's copy (recorded or withdrawn), and the receiver keeps the time of the last one it took in, so an older
 * file never brings back an agreement that was withdrawn since (issue #29).
 */

/** When a party's agreement last changed in this copy; before the round trip kept it, the dialogue's last change (no earlier). */
export const agreementTime = (dialogue: Pick<Dialogue, 'agreementAt' | 'updatedAt'>, party: Role): string => dialogue.agreementAt?.[party] ?? dialogue.updatedAt;
/** The time of the last agreement of this party taken in from the other party's files ('' if none). */
export const agreementReceived = (dialogue: Pick<Dialogue, 'agreementReceivedAt'>, party: Role): string => dialogue.agreementReceivedAt?.[party] ?? '';

/*
 * A plan item removed on one side (only the manager removes plan items: lib/domain/authorship.ts). The removal is
 * remembered by the item's key, with the times of the other party's values it held, and travels in the manager's
 * files. Nothing is dropped in silence: an item the other side changed after the removal is a question ("keep it
 * removed / add it back"); one they did not change is left out, and the user is told why.
 */

/** Whether the other party changed an item after this side removed it: a value of theirs newer than any taken in here. */
export function changedSinceRemoval(entry: IncomingPlanItem, removal: Pick<RemovedPlanItem, 'receivedAt'>): boolean {
  return PLAN_FIELDS.some((field) => {
    const { at, base } = entry.versions[field];
    return !sameTime(at, base) && later(at, removal.receivedAt[field] ?? '');
  });
}

/**
 * The fields this copy's owner changed since the last value taken in from the other party: their value is not the one
 * taken in (its time is not the time taken in). No clocks compared: the two times come from two devices.
 */
export const fieldsChangedHere = (item: ItemOf<'plan'>): PlanField[] =>
  PLAN_FIELDS.filter((field) => {
    const received = receivedTime(item, field);
    return received === '' ? item.fieldsAt?.[field] !== undefined : !sameTime(fieldTime(item, field), received);
  });

/** Whether this copy's owner changed a plan item since the last value taken in from the other party. */
export const changedHere = (item: ItemOf<'plan'>): boolean => fieldsChangedHere(item).length > 0;

/** The removal of an item as this copy remembers it. */
export const removalOf = (key: string, item: Pick<ItemOf<'plan'>, 'receivedAt'> | null, at: string): RemovedPlanItem => ({ key, at, receivedAt: { ...item?.receivedAt } });

/** The removals this copy remembers, with one put in (replacing an earlier one of the same key) or taken out. */
export function withRemoval(list: readonly RemovedPlanItem[] | undefined, key: string, removal: RemovedPlanItem | null): RemovedPlanItem[] {
  const others = (list ?? []).filter((each) => each.key !== key);
  return removal ? [...others, removal] : others;
}
