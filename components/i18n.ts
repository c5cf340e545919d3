import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '../lib/guide/types';
import type { Translate } from '../lib/i18n';

export interface I18n {
  t: Translate;
  language: Language;
}

export const I18nContext = createContext<I18n | null>(null);

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nContext');
  return value;
}
