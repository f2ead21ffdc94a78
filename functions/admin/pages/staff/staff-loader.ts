import type { Via } from '../../../../shared/audit/schemas.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AdminContext } from '../../admin-context.ts';

/** What the staff page shows: the accounts (listing them is audited), the initiatives, the catalogue. */
export async function loadStaffPage({ services, staff }: AdminContext, caller: Caller, via: Via, now: Date) {
  const [catalog, accounts, initiatives] = await Promise.all([
    services.catalog.get(now.getTime()),
    staff.list(caller, via, now),
    services.initiatives.list(caller),
  ]);
  return { catalog, staff: accounts, initiatives };
}
