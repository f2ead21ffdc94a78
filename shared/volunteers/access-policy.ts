import { type Caller, hasRole } from '../auth/caller.ts';
import type { VolunteerProfile } from './schemas.ts';

/**
 * Who may read a volunteer profile: the volunteer; a manager of a quarter the volunteer is
 * willing to help in (or any manager, if the volunteer helps everywhere); an admin. Initiatives
 * never see profiles.
 *
 * @param managedQuarters the quarters an admin assigned to the caller (empty if none)
 */
export function mayReadProfile(caller: Caller, profile: VolunteerProfile, managedQuarters: readonly string[]): boolean {
  if (caller.userId === profile.volunteerId) return true;
  if (hasRole(caller, 'admin')) return true;
  if (!hasRole(caller, 'manager')) return false;
  if (profile.quarters === 'all') return managedQuarters.length > 0;
  return profile.quarters.some((quarter) => managedQuarters.includes(quarter));
}

/** Whether a caller may ask for other volunteers' profiles at all (before any lookup). */
export function mayReadOtherProfiles(caller: Caller): boolean {
  return hasRole(caller, 'manager') || hasRole(caller, 'admin');
}
