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

/**
 * The guide with the wording the user took from UiO's page: changed questions get the page's text, and a
 * question the bundled guide does not have is added to its group (by the place its id names).
 */
export function withWording(guide: GuideTemplate, wording: Readonly<Record<string, string>> | undefined): GuideTemplate {
  if (!wording || Object.keys(wording).length === 0 || guide.id !== 'uio-dialogue-2020') return guide;
  const kindOf = { q: 'examples', h: 'harassment', s: 'sixtyPlus' } as const;
  return {
    ...guide,
    topics: guide.topics.map((topic) => ({
      ...topic,
      groups: topic.groups.map((group) => {
        const questions = group.questions.map((question) => (wording[question.id] ? { ...question, text: wording[question.id]! } : question));
        const added = Object.entries(wording)
          .filter(([id]) => id.startsWith(`${topic.id}-`) && kindOf[id[3] as 'q' | 'h' | 's'] === group.kind && !questions.some((q) => q.id === id))
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([id, text]) => ({ id, text }));
        return { ...group, questions: [...questions, ...added] };
      }),
    })),
  };
}
