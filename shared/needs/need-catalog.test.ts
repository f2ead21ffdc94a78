import { describe, expect, it } from 'vitest';
import type { Catalog } from '../catalog/schemas.ts';
import { QUARTERS, SKILLS, VENUES } from '../catalog/seed-data.ts';
import { needCatalogIssues } from './need-service.ts';
import type { NeedInput } from './schemas.ts';

const input = (fields: Partial<NeedInput> = {}): NeedInput =>
  ({
    title: 'Hausaufgabenhilfe',
    description: '',
    quarterId: 'nordstadt',
    venueId: 'alte-feuerwache',
    schedule: { kind: 'once', date: '2026-12-08', start: '15:00', end: '17:00' },
    places: 2,
    requiredSkills: ['homework-help'],
    niceToHaveSkills: [],
    languages: [],
    involvesMinors: false,
    ...fields,
  }) as NeedInput;

const codes = (catalog: Catalog, need: NeedInput, previous?: Parameters<typeof needCatalogIssues>[2]) =>
  needCatalogIssues(need, catalog, previous).map((issue) => `${issue.path}:${issue.code}`);

describe('needCatalogIssues', () => {
  const catalog: Catalog = { quarters: QUARTERS, venues: VENUES, skills: SKILLS };

  it('names the venue and both quarters when the venue lies in another quarter', () => {
    const [issue] = needCatalogIssues(input({ venueId: 'nachbarschaftsheim' }), catalog);
    expect(issue).toMatchObject({
      path: 'venueId',
      code: 'venue_in_other_quarter',
      params: { venue: 'Nachbarschaftsheim', venueQuarter: 'Ostersbaum', quarter: 'Nordstadt' },
    });
  });

  it('keeps retired venues and skills valid for a need that has them, not for new choices', () => {
    const retiredCatalog: Catalog = {
      quarters: QUARTERS,
      venues: VENUES.filter((venue) => venue.id !== 'alte-feuerwache'),
      skills: SKILLS.filter((skill) => skill.id !== 'homework-help'),
      retired: {
        quarters: [],
        venues: VENUES.filter((venue) => venue.id === 'alte-feuerwache'),
        skills: SKILLS.filter((skill) => skill.id === 'homework-help'),
      },
    };
    const need = input();
    expect(codes(retiredCatalog, need)).toEqual(['venueId:unknown_venue', 'requiredSkills.0:unknown_skill']);
    expect(codes(retiredCatalog, need, need)).toEqual([]);
  });
});
