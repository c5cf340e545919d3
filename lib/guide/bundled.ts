import type { GuideTemplate, Language, TemplateId } from './types';
import { performanceInterviewEn } from './performance-interview.en';
import { performanceInterviewNb } from './performance-interview.nb';
import { uioDialogueEn } from './uio-dialogue.en';
import { uioDialogueNb } from './uio-dialogue.nb';

/**
 * Every guide at once, for code that is loaded apart from the side panel's first screen (the print view, the
 * background, shared files) and for tests. The side panel itself uses `loadGuide`, one guide at a time.
 */
const guides: Record<TemplateId, Record<Language, GuideTemplate>> = {
  'uio-dialogue-2020': { en: uioDialogueEn, nb: uioDialogueNb },
  'uio-performance-interview-2009': { en: performanceInterviewEn, nb: performanceInterviewNb },
};

export function getGuide(templateId: TemplateId, language: Language): GuideTemplate {
  return guides[templateId][language];
}

export function allGuides(): GuideTemplate[] {
  return Object.values(guides).flatMap((byLanguage) => Object.values(byLanguage));
}
