import type { GuideTemplate } from '../guide/types';

/*
 * Which topic holds what, from the guide itself: a question's topic from its id, the follow-up of last year
 * (its conclusions and plan reviewed, the self-assessment written) where the guide asks about previous
 * conclusions, and the follow-up and development plan where it asks for one. Every bundled guide has them in
 * topics 1 and 7 (tests/domain/topics.test.ts), as UiO's pages do.
 */

/** The topic a question belongs to: its id starts with the topic's (`t3-a01` is in `t3`). */
export const topicOfQuestion = (questionId: string): string => questionId.slice(0, questionId.indexOf('-'));

/** Where last year's conclusions and plan are reviewed: the topic that asks about them, else the first. */
export const followUpTopicId = (guide: GuideTemplate): string =>
  (guide.topics.find((topic) => topic.prompts.previousConclusions) ?? guide.topics[0]!).id;

/** Where the follow-up and development plan is agreed: the topic that asks for it, else the last. */
export const planTopicId = (guide: GuideTemplate): string => (guide.topics.find((topic) => topic.prompts.followUpPlan) ?? guide.topics.at(-1)!).id;

/** The topic at a position of the guide (the follow-up topic if there is none there). */
export const topicIdAt = (guide: GuideTemplate, topicIndex: number): string => guide.topics[topicIndex]?.id ?? followUpTopicId(guide);
