import type { Language } from '../guide/types';
import type { AreaMessageKey, AreaMessages } from './en-areas';
import { en, type CoreMessageKey, type CoreMessages } from './en';
import { nb } from './nb';
import { loadOnce } from '../load-once';

export type { AreaMessageKey, CoreMessageKey };
/** Every message: the first screens' (core) and the other areas'. */
export type MessageKey = CoreMessageKey | AreaMessageKey;
export type Messages = CoreMessages & AreaMessages;
export type Translate<K extends string = MessageKey> = (key: K, params?: Record<string, string | number>) => string;

/**
 * The first screens' messages (the core, about a quarter of the text) come with the panel's code in both
 * languages: a first screen never waits for a file of words. The other areas fetch theirs when first shown.
 */
const coreMessages: Record<Language, CoreMessages> = { en, nb };
const areaLoaders: Record<Language, () => Promise<AreaMessages>> = {
  en: () => import('./en-areas').then((module) => module.enAreas),
  nb: () => import('./nb-areas').then((module) => module.nbAreas),
};

/** The first screens' messages in a language. */
export const coreTranslator = (language: Language): Translate<CoreMessageKey> => translate<CoreMessageKey>(coreMessages[language]);

/** Every message in a language (for the areas loaded after the first screen). */
export const loadTranslator = loadOnce(async (language: Language) => {
  return translate<MessageKey>({ ...coreMessages[language], ...(await areaLoaders[language]()) });
});

/** The interface language for a preference: 'auto' follows the browser (bokmål for any Norwegian locale). */
export function resolveLanguage(preference: Language | 'auto', browserLanguages: readonly string[]): Language {
  if (preference !== 'auto') return preference;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'nb' || primary === 'no' || primary === 'nn') return 'nb';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/**
 * A message that names a count: its forms for one and for any other number (English and bokmål both have just
 * these two), and optionally for none.
 */
export interface Plural {
  readonly zero?: string;
  readonly one: string;
  readonly other: string;
}
export type Message = string | Plural;
/** A language's messages with the same keys and forms as English's: plain where it is plain, plural where it is. */
export type MessagesLike<English extends Record<string, Message>> = { readonly [K in keyof English]: English[K] extends string ? string : Plural };

function pluralForm(plural: Plural, count: unknown): string {
  if (count === 0 && plural.zero !== undefined) return plural.zero;
  return count === 1 ? plural.one : plural.other;
}

export function translate<K extends string>(messages: Readonly<Record<K, Message>>): Translate<K> {
  return (key, params) => {
    const message = messages[key];
    const template = typeof message === 'string' ? message : pluralForm(message, params?.count);
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

const MONTHS: Record<Language, readonly string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
};

/**
 * Dates as people write them in the language: 23 November 2026 / 23. november 2026 (what Intl's long date style
 * writes for en-GB and nb-NO; a unit test compares the two). Not Intl itself: its first formatter in a page
 * loads the browser's locale data, 12–25 ms on a cold start, and the first screen shows dates.
 */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day ?? 1}${language === 'nb' ? '.' : ''} ${MONTHS[language][(month ?? 1) - 1]} ${year}`;
}
