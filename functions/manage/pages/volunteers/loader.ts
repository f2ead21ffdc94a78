import type { Via } from '../../../../shared/audit/schemas.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { DirectoryEntry } from '../../../../shared/manager-desk/directory-repository.ts';
import type { VolunteerSearch } from '../../../../shared/manager-desk/manager-desk.ts';
import { VolunteerSearchQuery } from '../../../../shared/manager-desk/schemas.ts';
import type { ManageServices } from '../../services.ts';

export interface SearchPageData {
  search: VolunteerSearch;
  /** The quarters the manager may search in (for the quarter choice). */
  quarters: string[];
  catalog: Catalog;
  volunteers: DirectoryEntry[];
  next?: string | undefined;
  /** The query's fields that were refused (the page then lists nobody). */
  invalid: string[];
}

/** The search form's fields as typed: empty fields are no filter. */
export function searchOf(query: Record<string, string>): { search: VolunteerSearch; invalid: string[] } {
  const given = Object.fromEntries(
    ['quarter', 'q', 'skill', 'language', 'next'].flatMap((name) => (query[name]?.trim() ? [[name, query[name]]] : [])),
  );
  const parsed = VolunteerSearchQuery.safeParse(given);
  if (parsed.success) return { search: parsed.data, invalid: [] };
  return {
    search: given as VolunteerSearch,
    invalid: [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'query')))],
  };
}

/** A page of the managers' volunteer search (ManagerDesk.search: by key, audited per volunteer listed). */
export async function loadSearchPage(
  services: ManageServices,
  caller: Caller,
  query: Record<string, string>,
  via: Via,
): Promise<SearchPageData> {
  const now = services.clock();
  const catalog = await services.catalog.get(now.getTime());
  const all = catalog.quarters.map((quarter) => quarter.id);
  const { search, invalid } = searchOf(query);
  const quarters = await services.desk.quartersOf(caller, all);
  if (invalid.length > 0) return { search, quarters, catalog, volunteers: [], invalid };
  const result = await services.desk.search(caller, search, all, via, now);
  return { search, quarters, catalog, volunteers: result.volunteers, next: result.next, invalid };
}
