import { describe, expect, it } from 'vitest';
import { isPluralRefinement, pluralKey } from './plural.ts';

describe('pluralKey', () => {
  const texts = { one: '1 Platz', many: '{n} Plätze', many_few: '{n} місця' };

  it('takes the singular only for exactly one', () => {
    expect(pluralKey('de', texts, 1, 'one', 'many')).toBe('one');
    expect(pluralKey('de', texts, 0, 'one', 'many')).toBe('many');
    expect(pluralKey('en', texts, 21, 'one', 'many')).toBe('many');
    expect(pluralKey('uk', texts, 21, 'one', 'many')).toBe('many');
  });

  it("uses a language's refinement of its plural category, else the general text", () => {
    expect(pluralKey('uk', texts, 3, 'one', 'many')).toBe('many_few');
    expect(pluralKey('uk', texts, 5, 'one', 'many')).toBe('many');
    expect(pluralKey('ar', texts, 2, 'one', 'many')).toBe('many');
    expect(pluralKey('ar', { ...texts, many_two: 'موعدان' }, 2, 'one', 'many')).toBe('many_two');
    expect(pluralKey('de', texts, 3, 'one', 'many')).toBe('many');
  });

  it('recognises refinements of known keys only', () => {
    const base = new Set(['fillMany']);
    expect(isPluralRefinement('fillMany_few', base)).toBe(true);
    expect(isPluralRefinement('fillMany_lots', base)).toBe(false);
    expect(isPluralRefinement('other_few', base)).toBe(false);
  });
});
