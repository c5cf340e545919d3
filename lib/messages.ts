import { z } from 'zod';
import { ItemSchema } from './schema';

/**
 * Messages between the extension's own pages and its background. Everything received is parsed with these
 * schemas first; anything else is ignored.
 */
export { PANEL_PORT_NAME } from './constants';

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
    status: z.enum(['open', 'done', 'dropped']),
    statusComment: z.string(),
    achieved: z.enum(['yes', 'partly', 'no']).nullable(),
    sealed: z.object({ iv: z.string().max(64), data: z.string() }).strict().nullable(),
  })
  .partial()
  .strict();

/** The panel is closing: edits it has not seen committed yet, for the background to write. */
export const FlushDraftsMessageSchema = z.object({
  type: z.literal('flushDrafts'),
  drafts: z.array(z.object({ item: ItemSchema, changes: ItemChangesSchema })).max(1000),
});
export type FlushDraftsMessage = z.infer<typeof FlushDraftsMessageSchema>;
