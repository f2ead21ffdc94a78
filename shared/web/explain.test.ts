import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/schemas.ts';
import { explains, explanationText, violationText } from './explain.ts';
import { catalogNames } from './format.ts';
import { translator } from './i18n.ts';

const catalog = { quarters: [], venues: [], skills: [] } as unknown as Catalog;
const de = { t: translator('de'), names: catalogNames(catalog, 'de') };
const en = { t: translator('en'), names: catalogNames(catalog, 'en') };
const weekly = { languages: [], niceToHaveSkills: [], schedule: { kind: 'weekly' } };

describe('the share of dates in words', () => {
  it('names the dates a proposed volunteer cannot come, and the share (floored)', () => {
    // Prepare: 13 of 17 dates.
    const item = { criterion: 'share' as const, points: 7, share: 13 / 17, absences: ['2026-12-22', '2026-12-29'] };
    // Act
    const german = explanationText(de.t, 'de', de.names, item);
    const english = explanationText(en.t, 'en', en.names, item);
    // Assess
    expect(german).toBe('Termine: kann an 76 %, nicht am 22.12.2026, 29.12.2026 +7');
    expect(english).toMatch(/^Dates: can come to 76 %, not on .*2026.*\+7$/);
    const all = { criterion: 'share' as const, points: 10, share: 1, absences: [] };
    expect(explanationText(de.t, 'de', de.names, all)).toBe('Termine: kann an allen +10');
  });

  it('shows the share only for weekly needs (a one-off need has one date)', () => {
    const item = { criterion: 'share' as const, points: 10, share: 1, absences: [] };
    expect(explains(item, weekly)).toBe(true);
    expect(explains(item, { ...weekly, schedule: { kind: 'once' } })).toBe(false);
  });

  it('says how many dates an excluded volunteer can come to when the share asks for fewer than all', () => {
    const tooFew = {
      code: 'not_available' as const,
      dates: ['2026-12-15', '2026-12-22', '2026-12-29'],
      coming: 12,
      required: 13,
      total: 17,
    };
    expect(violationText(de.t, 'de', de.names, tooFew)).toBe(
      'kann nur an 12 von 17 Terminen (nötig: 13), nicht am 15.12.2026, 22.12.2026, 29.12.2026, …',
    );
    // Every date asked (100 %, or a one-off need): as before, the dates alone.
    const everyDate = { code: 'not_available' as const, dates: ['2027-03-23'], coming: 16, required: 17, total: 17 };
    expect(violationText(de.t, 'de', de.names, everyDate)).toBe('nicht verfügbar am 23.03.2027');
  });
});
