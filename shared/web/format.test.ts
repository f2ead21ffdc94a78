import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, languageName, skillName } from './format.ts';
import { requestLanguage, translator } from './i18n.ts';

describe('formatDate', () => {
  it('writes a date in the page language', () => {
    expect(formatDate('de', '2026-12-08')).toBe('08.12.2026');
    expect(formatDate('en', '2026-12-08')).toBe('8 Dec 2026');
    expect(formatDate('en', '2027-01-31')).toBe('31 Jan 2027');
  });

  it('shows what is no date as it is', () => {
    expect(formatDate('en', '')).toBe('');
  });

  it('writes an instant as its Berlin date and time', () => {
    expect(formatDateTime('en', '2026-11-27T10:00:00Z')).toBe('27 Nov 2026, 11:00');
    expect(formatDateTime('de', '2026-11-27T10:00:00Z')).toBe('27.11.2026, 11:00');
  });
});

describe('dates, numbers and names in the six languages', () => {
  it('writes dates by Intl, Gregorian and with Latin digits right to left too', () => {
    expect(formatDate('tr', '2026-12-08')).toBe('08.12.2026');
    expect(formatDate('uk', '2026-12-08')).toBe('08.12.2026');
    expect(formatDate('ar', '2026-12-08')).toBe('8 ديسمبر 2026');
    expect(formatDate('fa', '2026-12-08')).toBe('8 دسامبر 2026');
    expect(formatNumber('uk', 1234.5)).toBe('1\u00a0234,5');
  });

  it('names languages in the page language, and skills in German or else English', () => {
    expect(languageName('de', 'ar')).toBe('Arabisch');
    expect(languageName('en', 'prs')).toBe('Dari');
    expect(languageName('tr', 'ar')).toBe('Arapça');
    expect(languageName('uk', 'xx-not-a-language')).toBe('xx-not-a-language');
    expect(skillName('fa', { de: 'Kochen', en: 'Cooking' })).toBe('Cooking');
    expect(skillName('ar', { de: 'Kochen', en: '' })).toBe('Kochen');
    expect(skillName('de', { de: 'Kochen', en: 'Cooking' })).toBe('Kochen');
  });
});

describe('requestLanguage', () => {
  it('takes the chosen language, else the browser, else German', () => {
    expect(requestLanguage('tr', 'ar-SY;q=0.9')).toBe('tr');
    expect(requestLanguage(undefined, 'ar-SY;q=0.9, de;q=0.8')).toBe('ar');
    expect(requestLanguage('xx', 'fr, uk;q=0.5')).toBe('uk');
    expect(requestLanguage(undefined, 'fr')).toBe('de');
    expect(requestLanguage(undefined, undefined)).toBe('de');
  });

  it('picks counted texts by the plural rules', () => {
    const t = translator('de');
    expect(t.count(1, 'fillOne', 'fillMany', { n: 1, places: 1 })).toBe(t('fillOne', { n: 1, places: 1 }));
    expect(t.count(3, 'fillOne', 'fillMany', { n: 1, places: 3 })).toBe(t('fillMany', { n: 1, places: 3 }));
  });
});
