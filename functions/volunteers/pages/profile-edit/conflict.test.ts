import { describe, expect, it } from 'vitest';
import { QUARTERS, SKILLS, VENUES } from '../../../../shared/catalog/seed-data.ts';
import { conflictRows } from '../../../../shared/web/conflict-panel.tsx';
import { translator } from '../../../../shared/web/i18n.ts';
import { profileFieldTexts } from './conflict.ts';
import { type ProfileFormValues, valuesFromForm } from './form.ts';

const catalog = { quarters: QUARTERS, venues: VENUES, skills: SKILLS } as Parameters<typeof profileFieldTexts>[3];
const t = translator('de');
const texts = (values: ProfileFormValues) => profileFieldTexts(values, t, 'de', catalog);

const form = (overrides: Record<string, string | string[]> = {}) =>
  valuesFromForm({
    version: '3',
    firstName: 'Amina',
    lastName: 'Haddad',
    lang_ar: 'native',
    skills: ['homework-help', 'sports'],
    quarters: ['nordstadt'],
    slotRows: '3',
    slot0_weekday: 'thu',
    slot0_start: '15:00',
    slot0_end: '19:00',
    availableFrom: '2026-12-01',
    maxHoursPerMonth: '12',
    consent: 'on',
    ...overrides,
  });

describe('profile conflict rows', () => {
  it('lists only the fields whose stored and typed values differ, in words', () => {
    const stored = texts(form({ maxHoursPerMonth: '20', slot0_weekday: 'fri' }));
    const typed = texts(form({ firstName: 'Amira', slot2_weekday: 'sat', slot2_start: '10:00', slot2_end: '12:00' }));
    expect(conflictRows(stored, typed)).toEqual([
      { label: 'Vorname', stored: 'Amina', typed: 'Amira' },
      {
        label: 'Wöchentliche Zeiten',
        stored: 'Freitag 15:00–19:00',
        typed: 'Donnerstag 15:00–19:00\nSamstag 10:00–12:00',
      },
      { label: 'Höchstens Stunden pro Monat', stored: '20', typed: '12' },
    ]);
  });

  it('ignores the order of lists and the version, and survives values no form offers', () => {
    const stored = texts(form({ skills: ['sports', 'homework-help'], version: '9' }));
    expect(conflictRows(stored, texts(form()))).toEqual([]);
    const odd = texts(form({ slot0_weekday: 'someday', availableFrom: 'soon' }));
    expect(odd.weeklySlots?.text).toBe('someday 15:00–19:00');
    expect(odd.availableFrom?.text).toBe('soon');
  });
});
