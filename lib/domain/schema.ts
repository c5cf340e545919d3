import { z } from '../zod';
import { isStorableDate, isStorableTime, MAX_SEALED_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from './values';
import { LanguageSchema, StaffCategorySchema, TemplateIdSchema } from '../guide/types';
import { PLAN_FIELDS, type PlanField } from './follow-up';

/**
 * The data model. These schemas are the single source of the stored records' types; the Dexie tables in db.ts
 * are typed from them, and anything that enters from outside (a backup, a shared file, a message) is parsed
 * with them before it touches the database.
 */

export { LanguageSchema, StaffCategorySchema, TemplateIdSchema };
export type { Language, StaffCategory, TemplateId } from '../guide/types';
export { PLAN_FIELDS, type PlanField };

const Id = z.string().min(1).max(64);
/** A real date in the range the panel accepts (lib/domain/values.ts): what the panel stores, a restore accepts. */
export const IsoDateSchema = z.iso.date().refine(isStorableDate, 'a date between 1900 and 2199');
export const TimeSchema = z.string().refine(isStorableTime, 'a time between 00:00 and 23:59');
export const IsoDateTimeSchema = z.iso.datetime({ offset: true });
const IsoDate = IsoDateSchema;
const IsoDateTime = IsoDateTimeSchema;
const Text = z.string().max(MAX_TEXT_LENGTH);
const ShortText = z.string().max(MAX_SHORT_TEXT_LENGTH);

/** Whose side of a dialogue a record is: my own preparation as an employee, or a dialogue I hold as a manager. */
export const RoleSchema = z.enum(['employee', 'manager']);
export type Role = z.infer<typeof RoleSchema>;

/** The dialogue's life cycle, from the manager's plan to the follow-up of what was agreed. */
export const DialogueStatusSchema = z.enum(['planned', 'invited', 'prepared', 'held', 'planAgreed', 'followedUp']);
export type DialogueStatus = z.infer<typeof DialogueStatusSchema>;

/**
 * One party's agreement to the plan: who, and on which day (a record in Samtale, not a signature). `recordedBy`: the
 * manager noted the employee's agreement as given in the meeting, on the manager's device; the employee's copy asks
 * her to confirm it (lib/domain/authorship.ts).
 */
export const AcknowledgementSchema = z.object({ name: ShortText.min(1), date: IsoDate, recordedBy: ShortText.min(1).optional() });
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;

const AgreementTimesSchema = z.strictObject({ employee: IsoDateTime.optional(), manager: IsoDateTime.optional() });
export type AgreementTimes = z.infer<typeof AgreementTimesSchema>;

/** A time for some of the plan's fields (a field without one dates from the item's creation, or was never sent). */
export const PlanFieldTimesSchema = z.strictObject(Object.fromEntries(PLAN_FIELDS.map((field) => [field, IsoDateTime.optional()])) as Record<PlanField, z.ZodOptional<typeof IsoDateTime>>);
export type PlanFieldTimes = z.infer<typeof PlanFieldTimesSchema>;

/** A plan item removed on one side: its key, when, and the times of the other party's values it held (no words: removed is removed). */
export const RemovedPlanItemSchema = z.strictObject({ key: Id, at: IsoDateTime, receivedAt: PlanFieldTimesSchema });
export type RemovedPlanItem = z.infer<typeof RemovedPlanItemSchema>;

export const DialogueSchema = z.object({
  id: Id,
  role: RoleSchema,
  /** A person in the manager's list of employees; null when the employee is the user themself. */
  employeeId: Id.nullable(),
  employeeName: ShortText,
  managerName: ShortText,
  plannedDate: IsoDate.nullable(),
  plannedTime: TimeSchema.nullable(),
  durationMinutes: z.number().int().min(15).max(480),
  place: ShortText,
  staffCategory: StaffCategorySchema,
  turned60: z.boolean(),
  templateId: TemplateIdSchema,
  language: LanguageSchema,
  status: DialogueStatusSchema,
  /** Example questions the user wants to raise, by the guide's stable question ids. */
  markedQuestionIds: z.array(z.string().max(32)).max(500),
  /**
   * Example questions the other party marked and shared ("Kari wants to raise this"): theirs, beside this copy's own
   * marks, never turned into this copy's points (issue #28). Missing in records and backups from before: none.
   */
  otherMarkedQuestionIds: z.array(z.string().max(32)).max(500).default([]),
  /**
   * The other party's entries (item ids) and marks (`theirs:` and the question's id) this copy's owner left off the
   * agenda: kept and shown as theirs, not raised in the meeting. Missing in records and backups from before: none.
   */
  offAgendaIds: z.array(z.string().max(72)).max(2500).default([]),
  /** The dialogue whose conclusions and plan this one follows up. */
  previousDialogueId: Id.nullable(),
  /**
   * The other party's copy of this dialogue, once a file has linked the two (the employee's shared points, the
   * manager's outcome): the round trip's files name it, so an outcome or an update finds the dialogue it answers.
   * Missing in records and backups from before the round trip: read as none.
   */
  counterpartDialogueId: Id.nullable().default(null),
  agreement: z.object({ employee: AcknowledgementSchema.nullable(), manager: AcknowledgementSchema.nullable() }),
  /**
   * The round trip's clock for the agreement (issue #29, lib/domain/follow-up.ts): when each party's agreement last
   * changed in this copy (recorded, withdrawn, or taken in), and the time of the last one taken in from the other
   * party's files. Missing in records and backups from before: the dialogue's last change, and none taken in.
   */
  agreementAt: AgreementTimesSchema.optional(),
  agreementReceivedAt: AgreementTimesSchema.optional(),
  /**
   * Plan items removed on one side, by the key both parties know them by (lib/files/outgoing.ts): when, and the times
   * of the other party's values the item held then. A file that still has the item adds it back only if the other
   * party changed it since, and asks first (issue #29). Missing in records from before: none.
   */
  removedPlanItems: z.array(RemovedPlanItemSchema).max(500).optional(),
  /** Meeting mode: topics ticked off as covered, and the meeting clock (seconds so far, running since when). */
  coveredTopicIds: z.array(z.string().regex(/^t[1-7]$/)).max(7),
  meetingSeconds: z.number().int().min(0).max(86_400),
  meetingRunningSince: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Dialogue = z.infer<typeof DialogueSchema>;

/** Ciphertext of an item's text fields once the optional lock is on (AES-GCM, base64). */
export const SealedSchema = z.object({ iv: z.string().max(64), data: z.string().max(MAX_SEALED_LENGTH) });

const ItemBase = z.strictObject({
  id: Id,
  dialogueId: Id,
  /** The guide topic ("t1" to "t7") the item belongs to. */
  topicId: z.string().regex(/^t[1-7]$/),
  text: Text,
  sealed: SealedSchema.nullable(),
  /** Sensitive items (the harassment questions) stay out of exports and shared files unless chosen one by one. */
  sensitive: z.boolean(),
  /** Chosen to be shared with the other party (exported points, the summary). Private by default. */
  shared: z.boolean(),
  /** Set on items imported from the other party's shared file: who shared it, and its id there (no duplicates). */
  origin: z.object({ by: ShortText, sourceId: Id, /** The time of their version held here (issue #29); missing before. */ at: IsoDateTime.optional() }).nullable(),
  /** The other party's entry this one of the owner's answers (shown beside it); missing when it answers none. */
  answersId: Id.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export const ResponsibleSchema = z.enum(['employee', 'manager', 'other']);
export const PlanStatusSchema = z.enum(['open', 'inProgress', 'done', 'dropped']);
export type PlanStatus = z.infer<typeof PlanStatusSchema>;
export const ItemSchema = z.discriminatedUnion('kind', [
  /** A private answer or note on one example question. */
  ItemBase.extend({ kind: z.literal('answer'), questionId: z.string().max(32) }),
  /** An own point to raise in the dialogue. */
  ItemBase.extend({ kind: z.literal('point') }),
  /** The employee's view of their own efforts (topic 1). */
  ItemBase.extend({ kind: z.literal('selfAssessment') }),
  /** Notes taken during the meeting. */
  ItemBase.extend({ kind: z.literal('meetingNote') }),
  /** What was concluded on a topic. */
  ItemBase.extend({ kind: z.literal('conclusion') }),
  /** A goal for the next period: realistic, timed, within the employee's responsibility. */
  ItemBase.extend({ kind: z.literal('goal'), deadline: IsoDate.nullable(), why: Text }),
  /** An agreed item of the follow-up and development plan: what (text), who, by when, judged how. */
  ItemBase.extend({
    kind: z.literal('plan'),
    responsible: ResponsibleSchema,
    responsibleName: ShortText,
    due: IsoDate.nullable(),
    successCriteria: Text,
    status: PlanStatusSchema,
    statusComment: Text,
    /** The item of an earlier dialogue's plan this one carries over. */
    carriedFromId: Id.nullable(),
    /** When each field last changed (here, or in the other party's file it came from): see lib/domain/follow-up.ts. */
    fieldsAt: PlanFieldTimesSchema.default({}),
    /** The time of the last value of each field taken in from the other party (the base of what this side sends). */
    receivedAt: PlanFieldTimesSchema.default({}),
  }),
  /** This year's review of one of last year's plan items: achieved or not, and why. */
  ItemBase.extend({
    kind: z.literal('review'),
    reviewedItemId: Id,
    achieved: z.enum(['yes', 'partly', 'no']).nullable(),
  }),
]);
export type Item = z.infer<typeof ItemSchema>;
export type ItemKind = Item['kind'];
export type ItemOf<K extends ItemKind> = Extract<Item, { kind: K }>;

/** A person in a manager's list of employees. */
export const PersonSchema = z.object({
  id: Id,
  name: ShortText.min(1),
  staffCategory: StaffCategorySchema,
  turned60: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Person = z.infer<typeof PersonSchema>;

export const PreferencesSchema = z.object({
  /** The user's own name, prefilled as the employee of their own dialogues. */
  myName: ShortText,
  /** 'auto' follows the browser. */
  language: z.union([LanguageSchema, z.literal('auto')]),
  /** Open the side panel on any site, not only the UiO employee pages. */
  panelEverywhere: z.boolean(),
  /** Notifications for plan items coming due and for the annual dialogue (asks for optional permissions). */
  remindersEnabled: z.boolean(),
  /** When the user last saved a backup (uninstalling the extension deletes its data). */
  lastBackupAt: IsoDateTime.nullable(),
  /** The optional lock: salt and verifier for the passphrase (never the key), or null when off. */
  lock: z
    .object({ salt: z.base64(), iterations: z.number().int().min(600_000).max(10_000_000), verifier: z.object({ iv: z.base64(), data: z.base64() }).strict() })
    .strict()
    .nullable(),
  /** Minutes without activity after which an open lock locks again. */
  autoLockMinutes: z.number().int().min(1).max(240),
});
export type Preferences = z.infer<typeof PreferencesSchema>;
