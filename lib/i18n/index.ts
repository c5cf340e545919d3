import type { Language } from '../guide/types';
import { en, type MessageKey, type Messages } from './en';
import { nb } from './nb';

export type { MessageKey, Messages };
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const catalogues: Record<Language, Messages> = { en, nb };

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

export function translator(language: Language): Translate {
  const messages = catalogues[language];
  return (key, params) => {
    const template = messages[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

/** Dates as people write them in the language: 23 November 2026 / 23. november 2026. */
export function formatDate(isoDate: string, language: Language): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  return new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
