import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/i18n';

describe('dates in the interface', () => {
  it("writes every date as Intl's long date style does for en-GB and nb-NO", () => {
    const intl = { en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }), nb: new Intl.DateTimeFormat('nb-NO', { dateStyle: 'long', timeZone: 'UTC' }) };
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.constantFrom('en' as const, 'nb' as const), (date, language) => {
        expect(formatDate(date.toISOString().slice(0, 10), language)).toBe(intl[language].format(date));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes a known date in both languages', () => {
    expect(formatDate('2026-11-03', 'en')).toBe('3 November 2026');
    expect(formatDate('2026-11-03', 'nb')).toBe('3. november 2026');
  });
});
