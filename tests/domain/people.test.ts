import { describe, expect, it } from 'vitest';
import { sameName } from '../../lib/domain/people';

describe('sameName', () => {
  it.each([
    ['Ola Nordmann', 'Ola Nordmann', true],
    ['ola  nordmann ', 'Ola Nordmann', true],
    ['Åse Ødegård', 'Åse Ødegård'.normalize('NFD'), true],
    ['ÅSE ØDEGÅRD', 'åse ødegård', true],
    ['Ola Nordmann', 'Per Hansen', false],
    ['Ola Nordmann', 'Ola Nordman', false],
    ['', 'Ola Nordmann', false],
  ])('%s and %s: %s', (a, b, same) => expect(sameName(a, b)).toBe(same));
});
