import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { everyEntry } from '../catalog/known.ts';
import type { Catalog } from '../catalog/schemas.ts';
import { NotYourQuarterError, ValidationError } from '../errors/index.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { ExportQuery } from './schemas.ts';
import { type Names, type NeedWithMatches, needInPeriod } from './tables.ts';

export interface ExportReaderDeps {
  needs: Pick<NeedRepository, 'listByQuarter'>;
  matches: Pick<MatchRepository, 'matchesOf'>;
  profiles: Pick<ProfileRepository, 'get'>;
  staff: StaffRepository;
  audit: AuditRecorder;
}

/** Needs one export reads at most: bounds its reads (one Query of matches per need); a longer list asks for a shorter period. */
export const MAX_EXPORT_NEEDS = 500;
/** Reads in flight at once (matches per need, profiles). */
const PARALLEL = 8;

/** What an export reads: the quarters it covers, their needs in the period with their matches, the volunteers' names. */
export interface ExportData {
  /** The quarter asked for (its catalogue id), or undefined for all of the caller's. */
  quarterId: string | undefined;
  needs: NeedWithMatches[];
  names: Names;
}

async function inBatches<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL)
    results.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(read))));
  return results;
}

/**
 * Reads an export's data by key only: the caller's quarters (or the one asked for, which must be
 * in the catalogue and theirs), each quarter's needs (GSI1 `NEEDS#<q>`), those with a date in the
 * period, each one's matches (`PK = NEED#<id>`, `MATCH#`), and, when `withNames`, the profile of
 * every volunteer named, which is then a `export.read` entry in the audit trail for each of them,
 * written before the data is handed out. 400 for an unknown quarter or too many needs; 403
 * `NOT_YOUR_QUARTER` for a quarter that is not the caller's.
 */
export async function readExport(
  deps: ExportReaderDeps,
  caller: Caller,
  query: ExportQuery,
  catalog: Catalog,
  options: { withMatches: boolean; withNames: boolean },
  via: Via,
  now: Date,
): Promise<ExportData> {
  // An empty choice (the form's "all quarters") is no choice.
  const asked = query.quarter || undefined;
  const known = everyEntry(catalog, 'quarters').map((quarter) => quarter.id);
  if (asked !== undefined && !known.includes(asked))
    throw new ValidationError([{ path: 'query.quarter', code: 'unknown_quarter', message: 'No such quarter' }]);
  const managed = await managedQuarters(deps.staff, caller);
  const mine = managed === 'all' ? known : managed.filter((id) => known.includes(id));
  if (asked !== undefined && !mine.includes(asked)) throw new NotYourQuarterError();
  const quarters = asked !== undefined ? [asked] : mine;

  const perQuarter = await inBatches(quarters, (quarter) => deps.needs.listByQuarter(quarter));
  const needs = perQuarter.flat().filter((need) => needInPeriod(need, query));
  if (needs.length > MAX_EXPORT_NEEDS)
    throw new ValidationError([
      {
        path: 'query.to',
        code: 'export_too_large',
        message: `More than ${MAX_EXPORT_NEEDS} needs: choose a shorter period`,
      },
    ]);
  const withMatches: NeedWithMatches[] = options.withMatches
    ? await inBatches(needs, async (need) => ({ need, matches: await deps.matches.matchesOf(need.needId) }))
    : needs.map((need) => ({ need, matches: [] }));

  const names = new Map<string, { firstName: string; lastName: string }>();
  if (options.withNames) {
    const ids = [...new Set(withMatches.flatMap(({ matches }) => matches.map((match) => match.volunteerId)))];
    // Erased volunteers' matches carry an anonymous id and no name: nobody to read or name.
    const people = ids.filter((id) => !id.startsWith('anonymous-'));
    const profiles = await inBatches(people, (id) => deps.profiles.get(id));
    for (const profile of profiles)
      if (profile) names.set(profile.volunteerId, { firstName: profile.firstName, lastName: profile.lastName });
    if (people.length > 0) await deps.audit.record(caller, 'export.read', people, via, now);
  }
  return { quarterId: asked, needs: withMatches, names };
}
