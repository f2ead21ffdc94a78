import type { Caller } from '../../../../shared/auth/caller.ts';
import { managedQuarters } from '../../../../shared/auth/staff-access.ts';
import type { Catalog, Quarter } from '../../../../shared/catalog/schemas.ts';
import type { ManageServices } from '../../services.ts';

/** The quarters a manager may post in, in catalogue order (all of them for admins). */
export async function postableQuarters(services: ManageServices, caller: Caller, catalog: Catalog): Promise<Quarter[]> {
  const managed = await managedQuarters(services.staff, caller);
  return managed === 'all' ? catalog.quarters : catalog.quarters.filter((quarter) => managed.includes(quarter.id));
}

/** The catalogue and the quarters the manager may post in: what the form offers. */
export async function loadNeedForm(
  services: ManageServices,
  caller: Caller,
): Promise<{ catalog: Catalog; quarters: Quarter[] }> {
  const catalog = await services.catalog.get(services.clock().getTime());
  return { catalog, quarters: await postableQuarters(services, caller, catalog) };
}
