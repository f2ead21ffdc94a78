import { describe, expect, it } from 'vitest';
import { toFieldIssues } from '../http/issues.ts';
import { CONSENT } from './consent.ts';
import { ProfileInput } from './schemas.ts';

const valid = {
  firstName: ' Amina ',
  lastName: 'Haddad',
  languages: [{ code: 'ar', level: 'native' }],
  skills: ['homework-help'],
  quarters: ['nordstadt'],
  weeklySlots: [{ weekday: 'mon', start: '00:00', end: '24:00' }],
  availableFrom: '2026-12-01',
  blackouts: [],
  maxHoursPerMonth: 8,
  consent: { version: CONSENT.version, accepted: true },
};

const issues = (input: unknown) => {
  const result = ProfileInput.safeParse(input);
  return result.success ? [] : toFieldIssues(result.error.issues).map((issue) => `${issue.path}:${issue.code}`);
};

describe('ProfileInput', () => {
  it('accepts a whole-day slot and trims names', () => {
    const result = ProfileInput.parse(valid);
    expect(result.firstName).toBe('Amina');
    expect(result.weeklySlots[0]).toEqual({ weekday: 'mon', start: '00:00', end: '24:00' });
  });

  it('takes at most six quarters (more is what "all" is for)', () => {
    const seven = [
      'hoehe',
      'ostersbaum',
      'nordstadt',
      'uellendahl-ost',
      'uellendahl-west',
      'wichlinghausen-oberbarmen',
      'heckinghausen',
    ];
    expect(issues({ ...valid, quarters: seven.slice(0, 6) })).toEqual([]);
    expect(issues({ ...valid, quarters: seven })).toEqual(['quarters:too_big']);
  });

  it('rejects overlapping slots on the same day but allows touching ones', () => {
    const slots = (second: { start: string; end: string }) => ({
      ...valid,
      weeklySlots: [
        { weekday: 'tue', start: '10:00', end: '12:00' },
        { weekday: 'tue', ...second },
      ],
    });
    expect(issues(slots({ start: '11:59', end: '13:00' }))).toEqual(['weeklySlots.1:overlapping_slot']);
    expect(issues(slots({ start: '12:00', end: '13:00' }))).toEqual([]);
  });

  it('rejects impossible dates and times and periods that end before they start', () => {
    expect(issues({ ...valid, availableFrom: '2027-02-29' })).toEqual(['availableFrom:invalid_date']);
    expect(issues({ ...valid, availableFrom: '2028-02-29' })).toEqual([]);
    expect(issues({ ...valid, availableUntil: '2026-11-30' })).toEqual(['availableUntil:until_before_from']);
    expect(issues({ ...valid, weeklySlots: [{ weekday: 'mon', start: '7:00', end: '24:30' }] })).toEqual([
      'weeklySlots.0.start:invalid_regex',
      'weeklySlots.0.end:invalid_regex',
    ]);
    expect(issues({ ...valid, weeklySlots: [{ weekday: 'mon', start: '24:00', end: '24:00' }] })).toEqual([
      'weeklySlots.0.end:end_before_start',
    ]);
  });

  it('rejects duplicates, unknown keys at any depth and a missing consent', () => {
    expect(
      issues({
        ...valid,
        languages: [
          { code: 'ar', level: 'B1' },
          { code: 'ar', level: 'C1', extra: 1 },
        ],
        skills: ['homework-help', 'homework-help'],
        consent: { version: 'old', accepted: false },
      }),
    ).toEqual([
      'languages.1.extra:unknown_field',
      'languages.1:duplicate_language',
      'skills.1:duplicate_skill',
      'consent.accepted:consent_required',
      'consent.version:outdated_consent',
    ]);
  });
});
