import { describe, expect, it } from 'vitest';
import { translate, type Message } from '../../lib/i18n';
import { en } from '../../lib/i18n/en';
import { enAreas } from '../../lib/i18n/en-areas';
import { nb } from '../../lib/i18n/nb';
import { nbAreas } from '../../lib/i18n/nb-areas';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const forms = (message: Message) => (typeof message === 'string' ? { text: message } : { ...message });

describe('the interface text', () => {
  it.each([
    ['first screens', en, nb],
    ['other areas', enAreas, nbAreas],
  ] as const)('bokmål has every English message of the %s, in the same forms and with the same placeholders', (_, english, bokmal) => {
    expect(Object.keys(bokmal).sort()).toEqual(Object.keys(english).sort());
    for (const [key, message] of Object.entries(english) as [string, Message][]) {
      const translated = (bokmal as Record<string, Message>)[key]!;
      const englishForms = forms(message);
      const bokmalForms = forms(translated);
      expect(Object.keys(bokmalForms).sort(), key).toEqual(Object.keys(englishForms).sort());
      for (const [form, text] of Object.entries(englishForms)) expect(placeholders(bokmalForms[form as keyof typeof bokmalForms]!), `${key}.${form}`).toEqual(placeholders(text));
      // A plural's form for many must name the count; the one for one may write it out.
      if (typeof message !== 'string') expect(placeholders(message.other), key).toContain('count');
    }
  });

  it('chooses the form of a plural by its count', () => {
    const t = translate({ found: { zero: 'Nothing found', one: '1 note found', other: '{count} notes found' }, points: { one: 'Add 1 point', other: 'Add {count} points' } });
    expect([0, 1, 2, 11].map((count) => t('found', { count }))).toEqual(['Nothing found', '1 note found', '2 notes found', '11 notes found']);
    expect([0, 1, 21].map((count) => t('points', { count }))).toEqual(['Add 0 points', 'Add 1 point', 'Add 21 points']);
  });

  it('says "1 question", not "1 questions", in both languages', () => {
    expect(translate(en)('questionsMarked', { count: 1 })).toBe('1 question to raise');
    expect(translate(enAreas)('importConfirm', { count: 1 })).toBe('Take in 1 entry');
    expect(translate(enAreas)('importConfirm', { count: 2 })).toBe('Take in 2 entries');
    expect(translate(nbAreas)('importConfirm', { count: 1 })).toBe('Ta inn 1 innspill');
    expect(translate(nbAreas)('searchCount', { count: 3 })).toBe('3 notater funnet.');
  });
});
