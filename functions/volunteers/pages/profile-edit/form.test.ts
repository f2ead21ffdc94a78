import { describe, expect, it } from 'vitest';
import { CONSENT } from '../../../../shared/volunteers/consent.ts';
import { ProfileInput, type VolunteerProfile } from '../../../../shared/volunteers/schemas.ts';
import { inputFromValues, rowCount, valuesFromForm, valuesFromProfile } from './form.ts';

const profile: VolunteerProfile = {
  volunteerId: 'v1',
  email: 'a@example.org',
  firstName: 'Amina',
  lastName: 'Haddad',
  phone: '+49 202 123456',
  languages: [
    { code: 'ar', level: 'native' },
    { code: 'de', level: 'B2' },
  ],
  skills: ['homework-help'],
  quarters: 'all',
  weeklySlots: [{ weekday: 'thu', start: '15:00', end: '19:00' }],
  availableFrom: '2026-12-01',
  availableUntil: '2027-06-30',
  blackouts: [{ from: '2026-12-24', until: '2026-12-31' }],
  maxHoursPerMonth: 12,
  consent: { version: CONSENT.version, acceptedAt: '2026-11-01T10:00:00.000Z' },
  paused: false,
  version: 4,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};

describe('profile form mapping', () => {
  it('round-trips a stored profile through the form into the same input', () => {
    const { input } = inputFromValues(valuesFromProfile(profile, '2026-11-24'));
    const parsed = ProfileInput.parse(input);
    const { volunteerId, email, consent, paused, createdAt, updatedAt, ...content } = profile;
    expect(parsed).toEqual({ ...content, consent: { version: CONSENT.version, accepted: true } });
  });

  it('reads posted rows, skips empty ones and maps issue paths back to the rows', () => {
    const values = valuesFromForm({
      slotRows: '3',
      slot0_weekday: '',
      slot0_start: '',
      slot0_end: '',
      slot1_weekday: 'mon',
      slot1_start: '10:00',
      slot1_end: '09:00',
      blackoutRows: '2',
      blackout1_from: '2027-01-01',
      blackout1_until: '2027-01-05',
      lang_ku: 'B1',
      lang_ar: '',
      skills: ['a', 'b'],
    });
    expect(values.slots).toHaveLength(2); // the trailing empty row is dropped
    const { input, fieldName } = inputFromValues(values);
    expect(input).toMatchObject({
      weeklySlots: [{ weekday: 'mon', start: '10:00', end: '09:00' }],
      languages: [{ code: 'ku', level: 'B1' }],
    });
    expect(fieldName('weeklySlots.0.end')).toBe('slot1_end');
    expect(fieldName('weeklySlots.0')).toBe('slot1_start');
    expect(fieldName('blackouts.0.until')).toBe('blackout1_until');
    expect(fieldName('languages.0.level')).toBe('lang_ku');
    expect(fieldName('skills.1')).toBe('skills');
    expect(fieldName('consent.accepted')).toBe('consent');
    expect(fieldName('firstName')).toBe('firstName');
  });

  it('never trusts the posted row count beyond a bound, and shows spare rows', () => {
    expect(valuesFromForm({ slotRows: '100000', slot70_weekday: 'mon' }).slots).toHaveLength(0);
    expect(valuesFromForm({ slotRows: '100000', slot59_weekday: 'mon' }).slots).toHaveLength(60);
    expect(rowCount(0)).toBe(3);
    expect(rowCount(4)).toBe(6);
    expect(rowCount(1, 9)).toBe(9);
  });
});
