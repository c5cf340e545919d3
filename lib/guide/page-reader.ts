import type { Language, QuestionGroupKind } from './types';

/**
 * Reads UiO's one-to-one work dialogue guide page: the topics ("1. …" to "7. …" as h3) and, under each, the
 * question groups (h4) with their questions (the ul that follows). Only the article body is read, and only as
 * text: the page's scripts, metadata and anything injected around the guide are ignored.
 */
export interface PageQuestion {
  /** The id the bundled guide uses for the same place: topic, group kind and position. */
  questionId: string;
  topicNumber: number;
  kind: QuestionGroupKind;
  text: string;
  element: Element;
}

export interface GuidePage {
  language: Language;
  topics: Array<{ number: number; title: string }>;
  questions: PageQuestion[];
}

const LETTER: Record<QuestionGroupKind, string> = { examples: 'q', harassment: 'h', sixtyPlus: 's' };
const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function groupKind(title: string): QuestionGroupKind {
  if (/harass|trakass/i.test(title)) return 'harassment';
  if (/\b60\b/.test(title)) return 'sixtyPlus';
  return 'examples';
}

export function readGuidePage(document: Document): GuidePage | null {
  const body = document.querySelector('#vrtx-main-content .vrtx-article-body') ?? document.querySelector('.vrtx-article-body');
  if (!body) return null;
  const language: Language = /^(nb|no|nn)\b/i.test(document.documentElement.lang) ? 'nb' : 'en';
  const topics: GuidePage['topics'] = [];
  const questions: PageQuestion[] = [];
  let topicNumber = 0;
  for (const heading of Array.from(body.querySelectorAll('h3, h4'))) {
    const text = normalise(heading.textContent);
    if (heading.tagName === 'H3') {
      const match = /^([1-7])\.\s*(.+)$/.exec(text);
      topicNumber = match ? Number(match[1]) : 0;
      if (match) topics.push({ number: topicNumber, title: match[2]! });
      continue;
    }
    const list = heading.nextElementSibling;
    if (!topicNumber || list?.tagName !== 'UL') continue;
    const kind = groupKind(text);
    Array.from(list.children)
      .filter((child) => child.tagName === 'LI')
      .forEach((item, index) => {
        const questionText = normalise(item.textContent);
        if (!questionText) return;
        questions.push({ questionId: `t${topicNumber}-${LETTER[kind]}${String(index + 1).padStart(2, '0')}`, topicNumber, kind, text: questionText, element: item });
      });
  }
  return topics.length > 0 ? { language, topics, questions } : null;
}
