import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AdminContext } from '../../admin-context.ts';

/** Every catalogue entry, read consistently: the admin sees a change on the very next page. */
export async function loadCatalogPage({ catalogAdmin }: AdminContext, caller: Caller) {
  return { entries: await catalogAdmin.entries(caller) };
}
