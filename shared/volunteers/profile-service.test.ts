import { describe, expect, it } from 'vitest';
import { QUARTERS, SKILLS, VENUES } from '../catalog/seed-data.ts';
import { CONSENT } from './consent.ts';
import { catalogIssues, nextProfile } from './profile-service.ts';
import type { ProfileInput, VolunteerProfile } from './schemas.ts';

const input: ProfileInput = {
  firstName: 'Amina',
  lastName: 'Haddad',
  languages: [{ code: 'ar', level: 'native' }],
  skills: ['homework-help'],
  quarters: ['nordstadt'],
  weeklySlots: [{ weekday: 'mon', start: '10:00', end: '12:00' }],
  availableFrom: '2026-12-01',
  blackouts: [],
  maxHoursPerMonth: 8,
  consent: { version: CONSENT.version, accepted: true },
};
const identity = { volunteerId: 'v1', email: 'amina@example.org' };
const T1 = new Date('2026-12-01T09:00:00Z');
const T2 = new Date('2026-12-05T09:00:00Z');

describe('nextProfile', () => {
  it('stamps consent and creation on the first save', () => {
    const created = nextProfile(input, undefined, identity, T1);
    expect(created).toMatchObject({
      version: 1,
      paused: false,
      createdAt: T1.toISOString(),
      consent: { acceptedAt: T1.toISOString() },
    });
    expect(created).not.toHaveProperty('version', 0);
  });

  it('keeps the consent time and the paused flag when the consent version is unchanged', () => {
    const previous: VolunteerProfile = { ...nextProfile(input, undefined, identity, T1), paused: true };
    const updated = nextProfile({ ...input, version: 1, firstName: 'Amira' }, previous, identity, T2);
    expect(updated).toMatchObject({
      version: 2,
      paused: true,
      firstName: 'Amira',
      createdAt: T1.toISOString(),
      updatedAt: T2.toISOString(),
      consent: { version: CONSENT.version, acceptedAt: T1.toISOString() },
    });
  });

  it('re-stamps consent given to a newer version', () => {
    const previous: VolunteerProfile = {
      ...nextProfile(input, undefined, identity, T1),
      consent: { version: '2020-01-01', acceptedAt: T1.toISOString() },
    };
    expect(nextProfile(input, previous, identity, T2).consent).toEqual({
      version: CONSENT.version,
      acceptedAt: T2.toISOString(),
    });
  });
});

describe('catalogIssues', () => {
  const catalog = { quarters: QUARTERS, venues: VENUES, skills: SKILLS };
  it('names each unknown skill and quarter by its position', () => {
    expect(
      catalogIssues({ skills: ['cooking', 'x'], quarters: ['y', 'hoehe'] }, catalog).map((i) => `${i.path}:${i.code}`),
    ).toEqual(['skills.1:unknown_skill', 'quarters.0:unknown_quarter']);
    expect(catalogIssues({ skills: [], quarters: 'all' }, catalog)).toEqual([]);
  });

  it('keeps a retired skill or quarter valid for a profile that has it, and refuses it as a new choice', () => {
    const music = SKILLS.find((skill) => skill.id === 'music');
    const hoehe = QUARTERS.find((quarter) => quarter.id === 'hoehe');
    if (!music || !hoehe) throw new Error('seed changed');
    const retired = {
      quarters: QUARTERS.filter((quarter) => quarter !== hoehe),
      venues: VENUES,
      skills: SKILLS.filter((skill) => skill !== music),
      retired: { quarters: [hoehe], venues: [], skills: [music] },
    };
    const profile = { skills: ['music', 'cooking'], quarters: ['hoehe'] };
    expect(catalogIssues(profile, retired, profile)).toEqual([]);
    expect(catalogIssues(profile, retired).map((i) => `${i.path}:${i.code}`)).toEqual([
      'skills.0:unknown_skill',
      'quarters.0:unknown_quarter',
    ]);
    expect(catalogIssues(profile, retired, { skills: [], quarters: 'all' }).map((i) => i.path)).toEqual([
      'skills.0',
      'quarters.0',
    ]);
  });

  it('the seeded catalogue has at least 20 skills named in German and English', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(SKILLS.map((skill) => skill.id)).size).toBe(SKILLS.length);
    for (const venue of VENUES) {
      expect(QUARTERS.map((quarter) => quarter.id)).toContain(venue.quarterId);
      expect(venue.address?.city).toBe('Wuppertal');
      expect(venue.address?.postcode).toMatch(/^42\d{3}$/);
    }
  });
});
