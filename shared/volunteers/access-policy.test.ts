import { describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.ts';
import { mayReadOtherProfiles, mayReadProfile } from './access-policy.ts';
import type { VolunteerProfile } from './schemas.ts';

const profile = (quarters: VolunteerProfile['quarters']) => ({ volunteerId: 'v1', quarters }) as VolunteerProfile;
const caller = (userId: string, ...roles: Caller['roles']): Caller => ({ userId, roles });

describe('who may read a volunteer profile', () => {
  it('the volunteer always, another volunteer never', () => {
    expect(mayReadProfile(caller('v1', 'volunteer'), profile(['hoehe']), [])).toBe(true);
    expect(mayReadProfile(caller('v2', 'volunteer'), profile(['hoehe']), ['hoehe'])).toBe(false);
    expect(mayReadOtherProfiles(caller('v2', 'volunteer'))).toBe(false);
  });

  it('a manager only for volunteers in one of their quarters, or who help everywhere', () => {
    const manager = caller('m1', 'manager');
    expect(mayReadProfile(manager, profile(['hoehe', 'nordstadt']), ['nordstadt'])).toBe(true);
    expect(mayReadProfile(manager, profile(['hoehe']), ['nordstadt'])).toBe(false);
    expect(mayReadProfile(manager, profile('all'), ['nordstadt'])).toBe(true);
    expect(mayReadProfile(manager, profile('all'), [])).toBe(false);
  });

  it('an initiative never, an admin always', () => {
    expect(mayReadProfile(caller('i1', 'initiative'), profile('all'), ['nordstadt'])).toBe(false);
    expect(mayReadOtherProfiles(caller('i1', 'initiative'))).toBe(false);
    expect(mayReadProfile(caller('a1', 'admin'), profile(['hoehe']), [])).toBe(true);
  });
});
