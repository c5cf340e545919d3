import type { Language } from '../guide/types';
import { en } from './en';
import { enAreas } from './en-areas';
import { translate, type Translate } from './index';
import { nb } from './nb';
import { nbAreas } from './nb-areas';

/**
 * Every message in both languages at once, for code loaded apart from the side panel's first screen (documents,
 * the print view, the background, the UiO page) and for tests. The side panel itself loads them by part.
 */
export function translator(language: Language): Translate {
  return translate(language === 'nb' ? { ...nb, ...nbAreas } : { ...en, ...enAreas });
}
