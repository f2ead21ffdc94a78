import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import type { DashboardServices } from '../../services.ts';

/** The volunteer's series commitment to the need, with the need, when they have one. */
export async function commitmentTo(
  services: DashboardServices,
  caller: Caller,
  needId: string,
  now: Date,
): Promise<{ match: Match; need: Need } | undefined> {
  const mine = await services.matches.myMatchesAndNeeds(caller, now);
  const entry = mine.find((candidate) => candidate.match.needId === needId && candidate.match.date === undefined);
  return entry?.need ? { match: entry.match, need: entry.need } : undefined;
}
