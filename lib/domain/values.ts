/**
 * One set of rules for every value a user can write: what the panel accepts, what is stored, what a backup holds
 * and what a shared file carries. The schemas (lib/domain/schema.ts) and the panel (its fields and the store's checks)
 * both read them from here, so a value the panel lets through is never one a restore refuses (issue #16).
 * No Zod here: the side panel imports this up front.
 */

/** Long enough for any note a person writes; a paste beyond this is refused with a message instead of stored. */
export const MAX_TEXT_LENGTH = 100_000;
/** Names, places and other one-line values. */
export const MAX_SHORT_TEXT_LENGTH = 200;

/**
 * Dates: a real calendar date with a four-digit year in a range any dialogue or plan can need. A date field in the
 * browser can hold a five- or six-digit year (`20255-12-31`); such a value is never stored.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2199-12-31';

export function isStorableDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match || value < EARLIEST_DATE || value > LATEST_DATE) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A time of day as a time field gives it: 00:00 to 23:59. */
export const isStorableTime = (value: string): boolean => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** Every field of an item that holds the user's words, and the length each may have. */
export const ITEM_TEXT_LIMITS = {
  text: MAX_TEXT_LENGTH,
  why: MAX_TEXT_LENGTH,
  successCriteria: MAX_TEXT_LENGTH,
  statusComment: MAX_TEXT_LENGTH,
  responsibleName: MAX_SHORT_TEXT_LENGTH,
} as const;
export type ItemTextField = keyof typeof ITEM_TEXT_LIMITS;
export const ITEM_TEXT_FIELDS = Object.keys(ITEM_TEXT_LIMITS) as ItemTextField[];

/** The dates an item can carry. */
const ITEM_DATE_FIELDS = ['deadline', 'due'] as const;

/**
 * The longest sealed text (base64 of AES-GCM ciphertext) an item can need under the lock: all of its text fields
 * at their limits, as JSON, where one UTF-16 code unit is at most 6 bytes (a control character escaped as
 * `\u0001`; "€" is 3), plus the JSON's own keys and the cipher's 16-byte tag.
 */
const SEALED_JSON_OVERHEAD = 1024;
const maxPlaintextBytes = 6 * Object.values(ITEM_TEXT_LIMITS).reduce((sum, limit) => sum + limit, 0) + SEALED_JSON_OVERHEAD;
export const MAX_SEALED_LENGTH = 4 * Math.ceil((maxPlaintextBytes + 16) / 3);

export type ValueProblem = { kind: 'tooLong'; field: string; limit: number } | { kind: 'badDate'; field: string } | { kind: 'badTime'; field: string };

/** The first value of an item's change the rules refuse, or null. */
export function itemChangeProblem(item: object): ValueProblem | null {
  const changes = item as Readonly<Record<string, unknown>>;
  for (const field of ITEM_TEXT_FIELDS) {
    const value = changes[field];
    if (typeof value === 'string' && value.length > ITEM_TEXT_LIMITS[field]) return { kind: 'tooLong', field, limit: ITEM_TEXT_LIMITS[field] };
  }
  for (const field of ITEM_DATE_FIELDS) {
    const value = changes[field];
    if (typeof value === 'string' && !isStorableDate(value)) return { kind: 'badDate', field };
  }
  return null;
}

/** The one-line texts, dates and times of a dialogue, a person, an acknowledgement or the preferences. */
const RECORD_SHORT_TEXT_FIELDS = ['employeeName', 'managerName', 'place', 'name', 'myName'] as const;
const RECORD_DATE_FIELDS = ['plannedDate', 'date'] as const;
const RECORD_TIME_FIELDS = ['plannedTime'] as const;

/** The first value of a record's (or a change's) fields the rules refuse, or null. */
export function recordValueProblem(record: object): ValueProblem | null {
  const values = record as Readonly<Record<string, unknown>>;
  for (const field of RECORD_SHORT_TEXT_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && value.length > MAX_SHORT_TEXT_LENGTH) return { kind: 'tooLong', field, limit: MAX_SHORT_TEXT_LENGTH };
  }
  for (const field of RECORD_DATE_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && !isStorableDate(value)) return { kind: 'badDate', field };
  }
  for (const field of RECORD_TIME_FIELDS) {
    const value = values[field];
    if (typeof value === 'string' && !isStorableTime(value)) return { kind: 'badTime', field };
  }
  return null;
}

/** Empties, in place, every field of an item (or of a change) that holds the user's words (the lock closed). */
export function forgetWords(record: object): void {
  for (const field of ITEM_TEXT_FIELDS) if (typeof (record as Record<string, unknown>)[field] === 'string') (record as Record<string, unknown>)[field] = '';
}
