import { z } from '../zod';
import { PLAN_FIELDS, type IncomingPlanItem, type PlanField } from '../domain/follow-up';
import {
  AcknowledgementSchema,
  IsoDateSchema,
  IsoDateTimeSchema,
  LanguageSchema,
  PlanStatusSchema,
  ResponsibleSchema,
  RoleSchema,
  TemplateIdSchema,
} from '../domain/schema';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '../domain/values';
import { firstIssue, type FileProblem } from './file-text';

/*
 * The round trip without a server (issue #18): the manager sends the dialogue's outcome to the employee (the
 * conclusions, the plan, the review of last year's plan and the agreement as recorded), and through the year
 * either side sends an update of the plan to the other. Both are versioned JSON with a strict schema, read
 * through the same first checks as every file (lib/files/file-text.ts). They are written by lib/files/outgoing.ts
 * (no Zod: the export view builds them), and what a file changes is decided in lib/files/take-in.ts, by the rules
 * in lib/domain/follow-up.ts.
 */
import { OUTCOME_FORMAT, PLAN_UPDATE_FORMAT, ROUND_TRIP_VERSION } from './outgoing';

const Id = z.string().min(1).max(64);
const TopicId = z.string().regex(/^t[1-7]$/);
const Text = z.string().max(MAX_TEXT_LENGTH);
const ShortText = z.string().max(MAX_SHORT_TEXT_LENGTH);
const Times = (time: z.ZodType<string>) => z.strictObject(Object.fromEntries(PLAN_FIELDS.map((field) => [field, time])) as Record<PlanField, z.ZodType<string>>);

/** One plan item, with each field's time and base (lib/domain/follow-up.ts); `key` is the manager's item id. */
const PlanEntrySchema = z.strictObject({
  key: Id,
  text: Text,
  responsible: ResponsibleSchema,
  responsibleName: ShortText,
  due: IsoDateSchema.nullable(),
  successCriteria: Text,
  status: PlanStatusSchema,
  statusComment: Text,
  at: Times(IsoDateTimeSchema),
  base: Times(z.union([IsoDateTimeSchema, z.literal('')])),
});
export type PlanEntry = z.infer<typeof PlanEntrySchema>;

const AgreementSchema = z.strictObject({ employee: AcknowledgementSchema.strict().nullable(), manager: AcknowledgementSchema.strict().nullable() });
/** When each party's agreement last changed in the sender's copy (version 2; a file of version 1: when it was written). */
const AgreementTimesSchema = z.strictObject({ employee: IsoDateTimeSchema, manager: IsoDateTimeSchema });
/** Plan items the manager removed (version 2): the key, and when (lib/domain/follow-up.ts). */
const RemovedSchema = z.array(z.strictObject({ key: Id, at: IsoDateTimeSchema })).max(500);
/** The versions read: 1 (issue #18) carried no times but the plan's; 2 (issue #29) dates every value that travels. */
const Version = z.union([z.literal(1), z.literal(ROUND_TRIP_VERSION)]);
/** A value's time in the file (version 2), or the file's own time (version 1: the value is as of then). */
const EntryTime = IsoDateTimeSchema.optional();

export const OutcomeFileSchema = z.strictObject({
  format: z.literal(OUTCOME_FORMAT),
  version: Version,
  exportedAt: IsoDateTimeSchema,
  from: z.strictObject({ name: ShortText }),
  dialogue: z.strictObject({
    /** The manager's dialogue, and the employee's it answers (when the employee's shared points named it). */
    id: Id,
    employeeDialogueId: Id.nullable(),
    employeeName: ShortText,
    managerName: ShortText,
    plannedDate: IsoDateSchema.nullable(),
    templateId: TemplateIdSchema,
    language: LanguageSchema,
  }),
  /** Each topic's conclusion, and what else the manager ticked (their own points and notes). */
  entries: z.array(z.strictObject({ id: Id, topicId: TopicId, kind: z.enum(['conclusion', 'note']), text: Text, at: EntryTime })).max(2000),
  plan: z.array(PlanEntrySchema).max(500),
  /** This year's review of last year's plan items (`reviewedKey`: the manager's id of last year's item). */
  reviews: z.array(z.strictObject({ id: Id, reviewedKey: Id, reviewedText: Text, achieved: z.enum(['yes', 'partly', 'no']).nullable(), text: Text, at: EntryTime })).max(500),
  agreement: AgreementSchema,
  agreementAt: AgreementTimesSchema.optional(),
  removed: RemovedSchema.optional(),
});
export type OutcomeFile = z.infer<typeof OutcomeFileSchema>;

export const PlanUpdateFileSchema = z.strictObject({
  format: z.literal(PLAN_UPDATE_FORMAT),
  version: Version,
  exportedAt: IsoDateTimeSchema,
  from: z.strictObject({ name: ShortText, role: RoleSchema }),
  /** The sender's dialogue, and the receiver's (the one the update is for). */
  dialogue: z.strictObject({ id: Id, counterpartId: Id.nullable(), employeeName: ShortText, plannedDate: IsoDateSchema.nullable() }),
  plan: z.array(PlanEntrySchema).max(500),
  agreement: AgreementSchema,
  agreementAt: AgreementTimesSchema.optional(),
  removed: RemovedSchema.optional(),
});
export type PlanUpdateFile = z.infer<typeof PlanUpdateFileSchema>;

export type RoundTripFile = OutcomeFile | PlanUpdateFile;

/** An entry of a file as the merge rules read it. */
export const incomingOf = (entry: PlanEntry): IncomingPlanItem => {
  const { key, at, base, ...values } = entry;
  return { key, values, versions: Object.fromEntries(PLAN_FIELDS.map((field) => [field, { at: at[field], base: base[field] }])) as IncomingPlanItem['versions'] };
};

export type ParsedRoundTrip = { ok: true; file: RoundTripFile } | { ok: false; problem: FileProblem };

/** No time in a file is before Samtale could have written it. */
const EARLIEST_TIME = Date.parse('2000-01-01T00:00:00Z');
/**
 * Clocks of two devices disagree by seconds or minutes: a file may be this far ahead of the reader's clock, and a
 * time in it this far after the file's own (a field's time can be the other device's, taken in from it): one day.
 */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * The first time in a file that cannot be true (issue #29: a field dated 9999 won every later comparison): a file
 * written after the reader's now (beyond clock skew), or a field changed after its file was written or before
 * 2000. Times are read as instants, whatever offset they are written with.
 */
function impossibleTime(file: RoundTripFile, now: Date): string | null {
  const written = Date.parse(file.exportedAt);
  if (written > now.getTime() + CLOCK_SKEW_MS) return `exportedAt: ${file.exportedAt} is in the future`;
  const times: Array<[string, string | undefined]> = [
    ...file.plan.flatMap((entry, index) => PLAN_FIELDS.flatMap((field) => [[`plan.${index}.at.${field}`, entry.at[field]], [`plan.${index}.base.${field}`, entry.base[field]]] as Array<[string, string]>)),
    ...Object.entries(file.agreementAt ?? {}).map(([party, time]): [string, string] => [`agreementAt.${party}`, time]),
    ...(file.removed ?? []).map((removal, index): [string, string] => [`removed.${index}.at`, removal.at]),
    ...(file.format === OUTCOME_FORMAT
      ? [...file.entries.map((entry, index): [string, string | undefined] => [`entries.${index}.at`, entry.at]), ...file.reviews.map((review, index): [string, string | undefined] => [`reviews.${index}.at`, review.at])]
      : []),
  ];
  for (const [where, time] of times) {
    if (!time) continue;
    const instant = Date.parse(time);
    if (instant < EARLIEST_TIME || instant > written + CLOCK_SKEW_MS) return `${where}: ${time} is after the file was written or before 2000`;
  }
  return null;
}

/** An outcome's or a plan update's content (its envelope read by lib/files/incoming.ts), checked. */
export function roundTripFileOf(value: { format: string }, now: Date = new Date()): ParsedRoundTrip {
  const schema = value.format === OUTCOME_FORMAT ? OutcomeFileSchema : PlanUpdateFileSchema;
  const parsed = schema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: { kind: 'invalid', detail: firstIssue(parsed.error) } };
  const keys = parsed.data.plan.map((entry) => entry.key);
  if (new Set(keys).size !== keys.length) return { ok: false, problem: { kind: 'invalid', detail: 'plan: the same item twice' } };
  // Ids are the model's (issue #29): one id names one entry of one kind in a file, or two entries would overwrite
  // each other on every take-in (and a note could rewrite a plan item's words).
  const ids = parsed.data.format === OUTCOME_FORMAT ? [...keys, ...parsed.data.entries.map((entry) => entry.id), ...parsed.data.reviews.map((review) => review.id)] : keys;
  if (new Set(ids).size !== ids.length) return { ok: false, problem: { kind: 'invalid', detail: 'the same id twice' } };
  // A plan item is in the plan or removed from it, not both, and removed once.
  const removed = (parsed.data.removed ?? []).map((removal) => removal.key);
  if (new Set([...keys, ...removed]).size !== keys.length + removed.length) return { ok: false, problem: { kind: 'invalid', detail: 'removed: an item in the plan, or the same item twice' } };
  const impossible = impossibleTime(parsed.data, now);
  if (impossible) return { ok: false, problem: { kind: 'invalid', detail: impossible } };
  return { ok: true, file: parsed.data };
}
