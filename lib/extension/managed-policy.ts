import { z } from '../zod';

/**
 * Institution-wide settings an IT department sets by enterprise policy (`storage.managed`, described by
 * public/managed_schema.json). They are defaults: the user's own choice wins, except where the policy locks it.
 * What the browser hands over is parsed here; anything malformed is ignored, never trusted.
 */
const HttpsUrl = z.url({ protocol: /^https$/ }).max(500);

export const ManagedPolicySchema = z.object({
  language: z.enum(['auto', 'en', 'nb']).optional().catch(undefined),
  lockLanguage: z.boolean().optional().catch(undefined),
  defaultStaffCategory: z.enum(['academic', 'doctoralFellow', 'technicalAdministrative']).optional().catch(undefined),
  panelEverywhere: z.boolean().optional().catch(undefined),
  guideUrl: HttpsUrl.optional().catch(undefined),
  formUrls: z
    .object({
      academic: HttpsUrl.optional().catch(undefined),
      doctoralFellow: HttpsUrl.optional().catch(undefined),
      technicalAdministrative: HttpsUrl.optional().catch(undefined),
      followUpPlan: HttpsUrl.optional().catch(undefined),
    })
    .optional()
    .catch(undefined),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

export function parsePolicy(value: unknown): ManagedPolicy {
  const parsed = ManagedPolicySchema.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}
