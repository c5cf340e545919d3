import type { GuideQuestion, GuideQuestionGroup, GuideTemplate, GuideTopic, Language, TemplateId } from './types';
import { uioDialogueEn } from './uio-dialogue.en';
import { performanceInterviewEn } from './performance-interview.en';
import { performanceInterviewNb } from './performance-interview.nb';
import { uioDialogueNb } from './uio-dialogue.nb';

export type * from './types';

const guides: Record<TemplateId, Record<Language, GuideTemplate>> = {
  'uio-dialogue-2020': { en: uioDialogueEn, nb: uioDialogueNb },
  'uio-performance-interview-2009': { en: performanceInterviewEn, nb: performanceInterviewNb },
};

export const DEFAULT_TEMPLATE: TemplateId = 'uio-dialogue-2020';
export const TEMPLATE_IDS = Object.keys(guides) as TemplateId[];

export function getGuide(templateId: TemplateId, language: Language): GuideTemplate {
  return guides[templateId][language];
}

export function allGuides(): GuideTemplate[] {
  return TEMPLATE_IDS.flatMap((id) => Object.values(guides[id]));
}

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
