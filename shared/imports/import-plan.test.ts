import { describe, expect, it } from 'vitest';
import { draftNeed } from '../needs/need-service.ts';
import type { NeedInput } from '../needs/schemas.ts';
import { importedNeedId, uuidV5 } from './import-ids.ts';
import { MAX_TRANSACTION_ITEMS, needWrite, packTransactions, type RowWrite, volunteerWrite } from './import-plan.ts';
import { IMPORTED_CONSENT_VERSION, importedProfile } from './imported-profile.ts';
import { volunteerOutOfScope } from './scope.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const need: NeedInput = {
  title: 'Lesepaten',
  description: '',
  quarterId: 'hoehe',
  venueId: 'ot-hoehe',
  schedule: { kind: 'once', date: '2026-12-03', start: '15:00', end: '16:30' },
  places: 2,
  requiredSkills: [],
  niceToHaveSkills: [],
  languages: ['de'],
  involvesMinors: true,
};
const row = (n: number, companions: number): RowWrite => ({
  row: n,
  main: { PK: `X#${n}`, SK: 'MAIN' },
  companions: Array.from({ length: companions }, (_, i) => ({ PK: `X#${n}`, SK: `C#${i}` })),
});

describe('import ids', () => {
  it('are RFC 9562 version-5 UUIDs (the RFC\'s example: "www.example.com" in the DNS namespace)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('name a need by quarter, venue, schedule and title in any case, nothing else', () => {
    const id = importedNeedId(need);
    expect(importedNeedId({ ...need, title: 'LESEPATEN' })).toBe(id);
    expect(importedNeedId({ ...need, schedule: { ...need.schedule, start: '15:30' } })).not.toBe(id);
    expect(importedNeedId({ ...need, venueId: 'other' })).not.toBe(id);
  });
});

describe('packTransactions', () => {
  it('fills transactions up to 99 items (one left for the cursor), never splitting a row, in row order', () => {
    const rows = Array.from({ length: 60 }, (_, i) => row(i + 2, 2));
    const groups = packTransactions(rows);
    expect(groups.map((group) => group.length)).toEqual([33, 27]);
    expect(groups.flat().map((r) => r.row)).toEqual(rows.map((r) => r.row));
    for (const group of groups)
      expect(group.reduce((sum, r) => sum + 1 + r.companions.length, 0)).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS - 1);
    expect(packTransactions([row(2, 99)], 0)).toHaveLength(1);
    expect(() => packTransactions([row(2, 99)])).toThrow(/Row 2/);
  });
});

describe('what a row writes', () => {
  it('a volunteer: the profile with the recorded consent and no availability, memberships and consent record', () => {
    const profile = importedProfile(
      {
        firstName: 'Amina',
        lastName: 'Haddad',
        email: 'a@example.org',
        languages: [{ code: 'ar', level: 'native' }],
        skills: [],
        quarters: ['nordstadt', 'hoehe'],
        consentedAt: '2026-01-01',
      },
      'sub-1',
      '2026-11-24',
      NOW,
    );
    expect(profile).toMatchObject({
      volunteerId: 'sub-1',
      weeklySlots: [],
      availableFrom: '2026-11-24',
      consent: { version: IMPORTED_CONSENT_VERSION, acceptedAt: '2026-01-01T00:00:00.000Z' },
      version: 1,
    });
    const write = volunteerWrite(5, profile, 'imp-1');
    expect(write.main).toMatchObject({
      PK: 'VOLUNTEER#sub-1',
      SK: 'PROFILE',
      type: 'VolunteerProfile',
      importId: 'imp-1',
    });
    expect(write.companions.map((item) => item.SK)).toEqual([
      'QUARTER#nordstadt',
      'QUARTER#hoehe',
      'CONSENT#2026-01-01T00:00:00.000Z#import',
    ]);
  });

  it('a need: a draft by the importing manager, under its derived id', () => {
    const write = needWrite(2, draftNeed(need, importedNeedId(need), 'manager-1', NOW), 'imp-1');
    expect(write.main).toMatchObject({
      PK: `NEED#${importedNeedId(need)}`,
      status: 'draft',
      createdBy: 'manager-1',
      importId: 'imp-1',
      GSI1PK: 'NEEDS#hoehe',
    });
    expect(write.companions).toEqual([]);
  });
});

describe('volunteerOutOfScope', () => {
  it("refuses a volunteer naming none of the manager's quarters; all quarters, or one of hers among others, is hers", () => {
    expect(volunteerOutOfScope(['hoehe'], ['nordstadt'])).toEqual(['quarters']);
    expect(volunteerOutOfScope(['hoehe', 'nordstadt'], ['nordstadt'])).toEqual([]);
    expect(volunteerOutOfScope('all', ['nordstadt'])).toEqual([]);
    expect(volunteerOutOfScope(['hoehe'], 'all')).toEqual([]);
  });
});
