import type { Catalog } from '../catalog/schemas.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';
import type { NeedRepository } from './need-repository.ts';
import type { Need } from './schemas.ts';

/**
 * The open needs of the quarters a volunteer is willing to help in (every quarter of the
 * catalogue for `all`), one Query per quarter; none without a profile. A volunteer reads only
 * their own profile's quarters, so no further rule applies.
 */
export async function openNeedsFor(
  profile: Pick<VolunteerProfile, 'quarters'> | undefined,
  catalog: Pick<Catalog, 'quarters'>,
  needs: Pick<NeedRepository, 'listByQuarter'>,
): Promise<Need[]> {
  if (!profile) return [];
  const ids = profile.quarters === 'all' ? catalog.quarters.map((quarter) => quarter.id) : profile.quarters;
  return (await Promise.all(ids.map((quarterId) => needs.listByQuarter(quarterId, 'open')))).flat();
}
