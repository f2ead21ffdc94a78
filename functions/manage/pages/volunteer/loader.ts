import type { Via } from '../../../../shared/audit/schemas.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { WorkEntry } from '../../../../shared/manager-desk/volunteer-work.ts';
import type { SafeguardingStatus } from '../../../../shared/safeguarding/safeguarding-service.ts';
import type { VolunteerProfile } from '../../../../shared/volunteers/schemas.ts';
import type { ManageServices } from '../../services.ts';

export interface VolunteerPageData {
  profile: VolunteerProfile;
  safeguarding: SafeguardingStatus;
  work: WorkEntry[];
  catalog: Catalog;
  now: Date;
}

/**
 * A volunteer as their quarter manager sees them: the profile (a `profile.read`: 403 outside the
 * manager's quarters, 404 unknown), the safeguarding status (a `safeguarding.read`) and their
 * work in the manager's quarters with hours. Reads: profile, staff assignment, check, ledger
 * (GetItem each) and their matches (one Query of GSI1 `MATCHES#<sub>`).
 */
export async function loadVolunteerPage(
  services: ManageServices,
  caller: Caller,
  volunteerId: string,
  via: Via,
): Promise<VolunteerPageData> {
  const now = services.clock();
  const profile = await services.profileReader.read(caller, volunteerId, via, now);
  const catalog = await services.catalog.get(now.getTime());
  const quarters = catalog.quarters.map((quarter) => quarter.id);
  const [safeguarding, work] = await Promise.all([
    services.safeguarding.status(caller, volunteerId, via, now),
    services.desk.work(caller, volunteerId, quarters, now),
  ]);
  return { profile, safeguarding, work, catalog, now };
}
