import type { Language, QuestionGroupKind } from './types';

/**
 * Reads UiO's one-to-one work dialogue pages: the topics (numbered headings, "1. …" to "7. …") and, under each,
 * the questions: in groups (an h4 each, then its list: the English guide page) or in one list straight under the
 * topic (UiO's Norwegian example-question page). Only the article body is read, and only as text: the page's
 * scripts, metadata and anything injected around the guide are ignored.
 */
export interface PageQuestion {
  /** The id the bundled guide uses for the same place: topic, group kind and position (in the page's order). */
  questionId: string;
  topicNumber: number;
  kind: QuestionGroupKind;
  text: string;
  element: Element;
}

export interface GuidePage {
  language: Language;
  topics: Array<{ number: number; title: string }>;
  /** Empty when the page has the topics but no questions where they belong: a page whose layout changed. */
  questions: PageQuestion[];
}

/**
 * Where a language's page lists a topic's questions in another order than the English page: the ids in that
 * page's order (UiO's Norwegian page asks about work routines second). The bokmål guide lists them so too
 * (tests/guide/official-nb.test.ts holds the two together).
 */
export const PAGE_ORDER: Partial<Record<Language, Record<string, readonly string[]>>> = {
  nb: { t2: ['t2-q01', 't2-q11', 't2-q02', 't2-q03', 't2-q04', 't2-q05', 't2-q06', 't2-q07', 't2-q08', 't2-q09', 't2-q10', 't2-q12', 't2-q13'] },
};

/** UiO's page has the guide's three kinds of group (the manager's questions are Samtale's, never on the page). */
const LETTER: Record<Exclude<QuestionGroupKind, 'manager'>, string> = { examples: 'q', harassment: 'h', sixtyPlus: 's' };
const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function groupKind(title: string): Exclude<QuestionGroupKind, 'manager'> {
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
  const readList = (list: Element | null, kind: Exclude<QuestionGroupKind, 'manager'>) => {
    if (!topicNumber || list?.tagName !== 'UL') return;
    const order = kind === 'examples' ? PAGE_ORDER[language]?.[`t${topicNumber}`] : undefined;
    Array.from(list.children)
      .filter((child) => child.tagName === 'LI')
      .forEach((item, index) => {
        const questionText = normalise(item.textContent);
        if (!questionText) return;
        const questionId = order?.[index] ?? `t${topicNumber}-${LETTER[kind]}${String(index + 1).padStart(2, '0')}`;
        questions.push({ questionId, topicNumber, kind, text: questionText, element: item });
      });
  };
  for (const heading of Array.from(body.querySelectorAll('h2, h3, h4'))) {
    const text = normalise(heading.textContent);
    if (heading.tagName !== 'H4') {
      const match = /^([1-7])\.\s*(.+)$/.exec(text);
      topicNumber = match ? Number(match[1]) : 0;
      if (match) topics.push({ number: topicNumber, title: match[2]! });
      // The Norwegian page: the topic's questions straight under its heading.
      readList(heading.nextElementSibling, 'examples');
      continue;
    }
    readList(heading.nextElementSibling, groupKind(text));
  }
  return topics.length > 0 ? { language, topics, questions } : null;
}
