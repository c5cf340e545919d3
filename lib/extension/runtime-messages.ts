import { z } from '../zod';
import { ItemSchema, PlanStatusSchema } from '../domain/schema';

/**
 * Messages between the extension's own pages and its background. Everything received is parsed with these
 * schemas first; anything else is ignored.
 */
export { PANEL_PORT_NAME } from '../domain/constants';

const ItemChangesSchema = z
  .object({
    text: z.string(),
    sensitive: z.boolean(),
    shared: z.boolean(),
    deadline: z.string().nullable(),
    why: z.string(),
    responsible: z.enum(['employee', 'manager', 'other']),
    responsibleName: z.string(),
    due: z.string().nullable(),
    successCriteria: z.string(),
    status: PlanStatusSchema,
    statusComment: z.string(),
    achieved: z.enum(['yes', 'partly', 'no']).nullable(),
    sealed: z.object({ iv: z.string().max(64), data: z.string() }).strict().nullable(),
  })
  .partial()
  .strict();

/** The panel is closing: edits it has not seen committed yet, for the background to write. */
export const FlushDraftsMessageSchema = z.object({
  type: z.literal('flushDrafts'),
  drafts: z
    .array(
      z.object({
        item: ItemSchema,
        changes: ItemChangesSchema,
        // What the panel saw stored when its edit began (lib/storage/item-writes.ts ExpectedItem).
        expected: z.object({ exists: z.boolean(), fields: z.record(z.string().max(40), z.unknown()) }).optional(),
        // The fields the user changed (a plan item's are dated as they are stored).
        touched: z.array(z.string().max(40)).max(40).optional(),
      }),
    )
    .max(1000),
});
export type FlushDraftsMessage = z.infer<typeof FlushDraftsMessageSchema>;

const QuestionIdSchema = z.string().regex(/^t[1-7]-[qhs]\d{2}$/);

/** From the content script on UiO's guide pages to the background. Never carries anything of the user's back. */
export const PageMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('openPanel') }).strict(),
  // A UiO employee page is shown in the sender's tab: the side panel is offered there.
  z.object({ type: z.literal('employeePage') }).strict(),
  z.object({ type: z.literal('markQuestion'), questionId: QuestionIdSchema }).strict(),
  z
    .object({
      type: z.literal('guidePage'),
      language: z.enum(['en', 'nb']),
      url: z.string().max(500),
      questions: z.array(z.object({ questionId: QuestionIdSchema, topicNumber: z.number().int().min(1).max(7), text: z.string().min(1).max(1000) }).strict()).max(200),
    })
    .strict(),
]);
export type PageMessage = z.infer<typeof PageMessageSchema>;
/** The only answer a page ever gets: whether the question was added, and if not, why. */
export type MarkQuestionReply = { ok: true } | { ok: false; reason: 'noDialogue' | 'locked' | 'failed' };
/** Whether the browser opened the panel for the page's "Prepare in Samtale"; Firefox opens its sidebar only from its own UI. */
export type OpenPanelReply = { ok: true } | { ok: false; reason: 'openYourself' };

/** Between the print view and the panel that opened it (lib/export/print-channel.ts). */
export const PrintRequestMessageSchema = z
  .object({ type: z.literal('samtale-print-request'), dialogueId: z.string().min(1).max(64), included: z.array(z.string().max(64)).max(10_000), autoPrint: z.boolean().optional() })
  .strict();
const BlockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('heading'), level: z.union([z.literal(1), z.literal(2), z.literal(3)]), text: z.string() }).strict(),
  z.object({ type: z.literal('paragraph'), text: z.string() }).strict(),
  z.object({ type: z.literal('fields'), fields: z.array(z.tuple([z.string(), z.string()])) }).strict(),
  z.object({ type: z.literal('list'), items: z.array(z.string()) }).strict(),
  z.object({ type: z.literal('table'), headers: z.array(z.string()), rows: z.array(z.array(z.string())) }).strict(),
  z.object({ type: z.literal('signatures'), lines: z.array(z.string()) }).strict(),
]);
export const PrintDocumentMessageSchema = z
  .object({ type: z.literal('samtale-print-document'), blocks: z.array(BlockSchema).max(10_000), title: z.string().max(500), language: z.enum(['en', 'nb']) })
  .strict();
