import { describe, expect, it } from 'vitest';
import { negotiateLanguage } from './accept-language.ts';
import { LANGS } from './languages.ts';

const pick = (header: string | undefined) => negotiateLanguage(header, LANGS);

describe('negotiateLanguage', () => {
  it('takes the highest q-value, by primary subtag', () => {
    expect(pick('ar-SY;q=0.9, fr;q=0.8')).toBe('ar');
    expect(pick('fr-FR, fr;q=0.9, en-US;q=0.8, de;q=0.7')).toBe('en');
    expect(pick('de;q=0.5, uk;q=0.9')).toBe('uk');
    expect(pick('tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('tr');
    expect(pick('FA-IR')).toBe('fa');
  });

  it('keeps the given order among equal q-values, and a missing q is 1', () => {
    expect(pick('en, de')).toBe('en');
    expect(pick('de;q=0.8, en;q=0.8')).toBe('de');
    expect(pick('ar;q=0.5, uk')).toBe('uk');
  });

  it('reads Dari as Farsi', () => {
    expect(pick('prs-AF, ps;q=0.8')).toBe('fa');
  });

  it('honours q=0 for a whole language, and * for any language not named', () => {
    expect(pick('en;q=0, *')).toBe('de');
    expect(pick('de;q=0, en;q=0, *;q=0.5')).toBe('ar');
    expect(pick('en-US;q=0, en;q=0.5')).toBe('en');
  });

  it('is undefined when nothing fits, and skips what is malformed', () => {
    expect(pick(undefined)).toBeUndefined();
    expect(pick('')).toBeUndefined();
    expect(pick('fr, ru;q=0.9')).toBeUndefined();
    expect(pick('ar;q=abc, tr;q=2, <script>, uk;q=0.1')).toBe('uk');
    expect(pick(';;;,,,')).toBeUndefined();
  });
});
