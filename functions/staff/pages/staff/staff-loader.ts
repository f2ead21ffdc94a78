import type { Via } from '../../../../shared/audit/schemas.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { StaffContext } from '../../staff-context.ts';

/** What the staff page shows: the accounts (listing them is audited), the initiatives, the catalogue. */
export async function loadStaffPage({ services, staff }: StaffContext, caller: Caller, via: Via, now: Date) {
  const [catalog, accounts, initiatives] = await Promise.all([
    services.catalog.get(now.getTime()),
    staff.list(caller, via, now),
    // The page admits admins only (adminCaller), who may list every initiative.
    services.initiativeRepository.list(),
  ]);
  return { catalog, staff: accounts, initiatives };
}
