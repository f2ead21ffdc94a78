import { describe, expect, it } from 'vitest';
import { NeedInput } from '../../../../shared/needs/schemas.ts';
import { translator } from '../../../../shared/web/i18n.ts';
import { inputFromValues, needFieldErrors, valuesFromNeed } from './values.ts';

const typed = (overrides: Partial<ReturnType<typeof valuesFromNeed>> = {}) => ({
  ...valuesFromNeed(undefined, 'nordstadt'),
  title: 'Hausaufgabenhilfe',
  venueId: 'alte-feuerwache',
  scheduleKind: 'weekly',
  weekday: 'tue',
  weeklyStart: '15:00',
  weeklyEnd: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-03-23',
  ...overrides,
});

describe('the need form’s minimum share of dates', () => {
  it('offers the default for a new need and sends the typed share for a weekly need', () => {
    // Prepare / Act
    const values = typed({ minSharePercent: '80' });
    const { input } = inputFromValues(values);
    // Assess
    expect(valuesFromNeed(undefined, 'nordstadt').minSharePercent).toBe('75');
    expect(NeedInput.parse(input).minSharePercent).toBe(80);
  });

  it('leaves the share out for a one-off need and when left empty', () => {
    const once = typed({ scheduleKind: 'once', onceDate: '2026-12-01', onceStart: '15:00', onceEnd: '17:00' });
    expect(NeedInput.parse(inputFromValues({ ...once, minSharePercent: '80' }).input).minSharePercent).toBeUndefined();
    expect(NeedInput.parse(inputFromValues(typed({ minSharePercent: '' })).input).minSharePercent).toBeUndefined();
  });

  it('says in words when the share is not a whole number from 1 to 100', () => {
    const t = translator('de');
    for (const wrong of ['0', '101', '7.5', 'viel']) {
      const { input, fieldName } = inputFromValues(typed({ minSharePercent: wrong }));
      const parsed = NeedInput.safeParse(input);
      expect(parsed.success).toBe(false);
      const issues = (parsed.error?.issues ?? []).map((issue) => ({
        path: issue.path.join('.'),
        code: issue.code,
        message: issue.message,
      }));
      expect(needFieldErrors(t, issues, fieldName)).toEqual({
        minSharePercent: 'Bitte eine ganze Zahl von 1 bis 100 angeben.',
      });
    }
  });
});
