import type { GuideTemplate, Language, TemplateId } from './types';

import { loadOnce } from '../load-once';
import { compareCodeUnits } from '../domain/order';

export type * from './types';

/** Each guide module is fetched only when a dialogue in its template and language is opened. */
const modules: Record<TemplateId, Record<Language, () => Promise<GuideTemplate>>> = {
  'uio-dialogue-2020': {
    en: () => import('./uio-dialogue.en').then((module) => module.uioDialogueEn),
    nb: () => import('./uio-dialogue.nb').then((module) => module.uioDialogueNb),
  },
  'uio-performance-interview-2009': {
    en: () => import('./performance-interview.en').then((module) => module.performanceInterviewEn),
    nb: () => import('./performance-interview.nb').then((module) => module.performanceInterviewNb),
  },
};

export const DEFAULT_TEMPLATE: TemplateId = 'uio-dialogue-2020';
export const TEMPLATE_IDS = Object.keys(modules) as TemplateId[];

type GuideKey = `${TemplateId}:${Language}`;
const guides = loadOnce((key: GuideKey) => {
  const [templateId, language] = key.split(':') as [TemplateId, Language];
  return modules[templateId][language]();
});

/** The guide of a template in a language (loaded once, then kept). */
export const loadGuide = (templateId: TemplateId, language: Language): Promise<GuideTemplate> => guides(`${templateId}:${language}`);

/** The guide if it has arrived already. */
export const loadedGuide = (templateId: TemplateId, language: Language): GuideTemplate | undefined => guides.peek(`${templateId}:${language}`);

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
          .sort(([a], [b]) => compareCodeUnits(a, b))
          .map(([id, text]) => ({ id, text }));
        return { ...group, questions: [...questions, ...added] };
      }),
    })),
  };
}
