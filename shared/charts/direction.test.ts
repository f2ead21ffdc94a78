import { describe, expect, it } from 'vitest';
import { directionOf } from './direction.ts';

describe('directionOf', () => {
  it('is right-to-left for Arabic, Farsi and Dari, left-to-right for the others', () => {
    expect(['ar', 'fa', 'prs', 'fa-AF', 'ar-SY'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['de', 'en', 'tr', 'uk', 'de-DE'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('falls back to left-to-right for a tag that is no language', () => {
    expect(directionOf('not a tag!')).toBe('ltr');
  });
});
