import type { GuideQuestion, GuideQuestionGroup, GuideTemplate, GuideTopic } from './types';
import type { Role } from '../domain/schema';
import { managerGroup } from './manager-questions';

/* Finding a guide's questions (apart from index.ts, which the first screen loads: the views that show them do not). */

/** Groups of a topic that apply to this employee: the 60+ group only for those who have turned 60. */
export function visibleGroups(topic: GuideTopic, turned60: boolean): GuideQuestionGroup[] {
  return topic.groups.filter((group) => group.kind !== 'sixtyPlus' || turned60);
}

/**
 * The questions a copy shows in a topic (issue #28): the manager's copy asks the manager's own questions first, then
 * the guide's example questions (those the manager may ask, and the employee may have marked); the employee's copy
 * the guide's.
 */
export function groupsOfCopy(guide: GuideTemplate, topic: GuideTopic, dialogue: { turned60: boolean; role: Role }): GuideQuestionGroup[] {
  const groups = visibleGroups(topic, dialogue.turned60);
  const own = dialogue.role === 'manager' ? managerGroup(guide, topic.id) : null;
  return own ? [own, ...groups] : groups;
}

export function findQuestion(guide: GuideTemplate, questionId: string): { topic: GuideTopic; group: GuideQuestionGroup; question: GuideQuestion } | undefined {
  for (const topic of guide.topics) {
    const manager = managerGroup(guide, topic.id);
    for (const group of manager ? [...topic.groups, manager] : topic.groups) {
      const question = group.questions.find((q) => q.id === questionId);
      if (question) return { topic, group, question };
    }
  }
  return undefined;
}
