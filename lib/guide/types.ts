import { z } from '../zod';

/**
 * The guide is data: every text a user reads about the dialogue comes from a module that satisfies this schema,
 * one module per template and language. Ids are shared between the languages of a template, so a dialogue
 * keeps its marks and notes when its language changes. Modules are typed, not parsed at run time (the schema
 * stays out of the side panel's bundle); a unit test validates every module against it.
 */
export const LanguageSchema = z.enum(['en', 'nb']);
export type Language = z.infer<typeof LanguageSchema>;

export const TemplateIdSchema = z.enum(['uio-dialogue-2020', 'uio-performance-interview-2009']);
export type TemplateId = z.infer<typeof TemplateIdSchema>;

/**
 * `examples` are offered to everyone; `harassment` only on request and marked sensitive; `sixtyPlus` when the employee
 * has turned 60; `manager`: the manager's own preparation, in the manager's copy only (lib/guide/manager-questions.ts,
 * Samtale's words: never in a guide module).
 */
export const QuestionGroupKindSchema = z.enum(['examples', 'harassment', 'sixtyPlus', 'manager']);
export type QuestionGroupKind = z.infer<typeof QuestionGroupKindSchema>;

const Text = z.string().trim().min(1);

export const GuideQuestionSchema = z.object({
  id: z.string().regex(/^t[1-7]-[a-z]\d{2}$/),
  text: Text,
  /** UiO's own words in this language (in a guide with a translation notice, the rest is Samtale's translation). */
  official: z.literal(true).optional(),
});

export const GuideQuestionGroupSchema = z.object({
  kind: QuestionGroupKindSchema,
  title: Text,
  /** Shown before the questions: why the group is there and what to do (the harassment advice). */
  advice: z.array(Text),
  link: z.object({ label: Text, url: z.url() }).optional(),
  questions: z.array(GuideQuestionSchema).min(1),
});

export const GuideNoticeSchema = z.object({
  kind: z.enum(['salary', 'harassment', 'senior', 'info']),
  title: Text,
  text: Text,
  link: z.object({ label: Text, url: z.url() }).optional(),
});

/** What a topic asks the user to write beyond notes on questions and own points. */
export const TopicPromptSchema = z.object({
  /** Topic 1 of the current guide: how the employee views their own efforts. */
  selfAssessment: Text.optional(),
  /** Realistic, timed goals within the employee's responsibility: goal, deadline, why. */
  goals: Text.optional(),
  /** Where last year's conclusions are reviewed (continuity). */
  previousConclusions: Text.optional(),
  /** Where the follow-up and development plan is agreed. */
  followUpPlan: Text.optional(),
});

export const GuideTopicSchema = z.object({
  id: z.string().regex(/^t[1-7]$/),
  number: z.number().int().min(1).max(7),
  title: Text,
  /** The title is UiO's own words in this language (see `official` on questions). */
  officialTitle: z.literal(true).optional(),
  purpose: z.array(Text).min(1),
  groups: z.array(GuideQuestionGroupSchema),
  prompts: TopicPromptSchema,
  notices: z.array(GuideNoticeSchema),
});

/** UiO has one dialogue form per staff category, and one for the follow-up and development plan. */
export const StaffCategorySchema = z.enum(['academic', 'doctoralFellow', 'technicalAdministrative']);
export type StaffCategory = z.infer<typeof StaffCategorySchema>;

export const GuideFormSchema = z.object({
  label: Text,
  url: z.url(),
  for: z.union([StaffCategorySchema, z.literal('followUpPlan')]),
});

export const GuideTemplateSchema = z.object({
  id: TemplateIdSchema,
  language: LanguageSchema,
  title: Text,
  summary: Text,
  source: z.object({ url: z.url(), lastModified: Text }),
  /**
   * Set where the text is (partly) Samtale's own translation rather than UiO's official wording: each topic then
   * says whose words it shows, from the `official` marks.
   */
  translationNotice: Text.optional(),
  topics: z.array(GuideTopicSchema).length(7),
  forms: z.array(GuideFormSchema),
});

export type GuideQuestion = z.infer<typeof GuideQuestionSchema>;
export type GuideQuestionGroup = z.infer<typeof GuideQuestionGroupSchema>;
export type GuideNotice = z.infer<typeof GuideNoticeSchema>;
export type GuideTopic = z.infer<typeof GuideTopicSchema>;
export type GuideTemplate = z.infer<typeof GuideTemplateSchema>;
