import type { GuideQuestion, GuideQuestionGroup, GuideTemplate, GuideTopic } from './types';

/* Finding a guide's questions (apart from index.ts, which the first screen loads: the views that show them do not). */

/** Groups of a topic that apply to this employee: the 60+ group only for those who have turned 60. */
export function visibleGroups(topic: GuideTopic, turned60: boolean): GuideQuestionGroup[] {
  return topic.groups.filter((group) => group.kind !== 'sixtyPlus' || turned60);
}

export function findQuestion(guide: GuideTemplate, questionId: string): { topic: GuideTopic; group: GuideQuestionGroup; question: GuideQuestion } | undefined {
  for (const topic of guide.topics) {
    for (const group of topic.groups) {
      const question = group.questions.find((q) => q.id === questionId);
      if (question) return { topic, group, question };
    }
  }
  return undefined;
}
