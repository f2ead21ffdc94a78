import type { Catalog } from './schemas.ts';

type Kind = 'quarters' | 'venues' | 'skills';

/**
 * The ids that may be chosen for `kind`: every active entry, and retired ones only where the
 * data being saved already held them. So retiring a skill keeps every profile and need that has
 * it valid (they save again unchanged), while nobody can pick it anew.
 *
 * @param held the ids the stored profile or need had before this change (none for new data)
 */
export function choosableIds(catalog: Catalog, kind: Kind, held: Iterable<string> = []): Set<string> {
  const ids = new Set(catalog[kind].map((entry) => entry.id));
  const retired = new Set((catalog.retired?.[kind] ?? []).map((entry) => entry.id));
  for (const id of held) if (retired.has(id)) ids.add(id);
  return ids;
}

/** Active and retired entries of a kind, for looking names up (retired names still label old data). */
export function everyEntry<K extends Kind>(catalog: Catalog, kind: K): Catalog[K] {
  return [...catalog[kind], ...(catalog.retired?.[kind] ?? [])] as Catalog[K];
}
