import type { Via } from '../../../../shared/audit/schemas.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { InitiativesServices } from '../../services.ts';

/**
 * What the initiative page shows: the catalogue's names and, for a member the admin has assigned
 * to an initiative, the initiative and its linked needs (`view` undefined for a member without one).
 */
export async function loadInitiativePage(services: InitiativesServices, caller: Caller, via: Via) {
  const { initiatives, clock } = services;
  const catalog = await services.catalog.get(clock().getTime());
  // A member the admin has not assigned yet gets a page saying so, not a bare 403.
  const assigned = (await services.staff.get(caller.userId))?.initiativeId !== undefined;
  const view = assigned ? await initiatives.linkedNeeds(caller, via, clock()) : undefined;
  return { catalog, view };
}
