import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AdminContext } from '../../admin-context.ts';

/** What the initiatives page shows: the initiatives, every need to link them to, the catalogue for names. */
export async function loadInitiativesPage({ services }: AdminContext, caller: Caller, now: Date) {
  const catalog = await services.catalog.get(now.getTime());
  const [initiatives, needs] = await Promise.all([
    services.initiatives.list(caller),
    services.needReader.listManaged(caller, catalog),
  ]);
  return { catalog, initiatives, needs };
}
