import type { Via } from '../../../../shared/audit/schemas.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { VolunteersServices } from '../../services.ts';

/** What the profile page shows: the own profile, the catalogue's names, the safeguarding status and the calendar feed. */
export async function loadProfilePage(services: VolunteersServices, caller: Caller, via: Via) {
  const { profiles, clock } = services;
  const [profile, catalog, safeguarding, feed] = await Promise.all([
    profiles.own(caller),
    services.catalog.get(clock().getTime()),
    services.safeguarding.status(caller, caller.userId, via, clock()),
    services.calendarFeeds.current(caller),
  ]);
  return { profile, catalog, safeguarding, feed };
}
