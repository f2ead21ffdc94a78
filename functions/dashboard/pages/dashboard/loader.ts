import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { Ledger } from '../../../../shared/matches/ledger.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import type { MonthHours } from '../../../../shared/matching/done-hours.ts';
import type { Violation } from '../../../../shared/matching/types.ts';
import { openNeedsFor } from '../../../../shared/needs/open-needs.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import type { VolunteerProfile } from '../../../../shared/volunteers/schemas.ts';
import type { DashboardServices } from '../../services.ts';

export interface Dashboard {
  profile: VolunteerProfile | undefined;
  matches: Match[];
  /** The needs of the matches the volunteer may still take a step on (invited, offered, accepted). */
  needs: Map<string, Need>;
  now: Date;
  open: Need[];
  /** Per open need, what in the volunteer's profile keeps them from it (empty: it fits). */
  fit: Map<string, Violation[]>;
  catalog: Catalog;
  today: string;
  /** The volunteer's ledger and this month's hours (done, and counted for the cap). */
  hours: { ledger: Ledger; month: MonthHours };
  /** Hours before a date's start until which an absence can be declared. */
  absenceCutoffHours: number;
}

/** The volunteer's profile, matches with their needs, the open needs of their quarters with their fit, and hours. */
export async function loadDashboard(services: DashboardServices, caller: Caller): Promise<Dashboard> {
  const now = services.clock();
  const catalog = await services.catalog.get(now.getTime());
  // The profile is read once: its quarters are where the open needs are looked for.
  const ownProfile = services.profileRepository.get(caller.userId);
  const [profile, mine, open, hours] = await Promise.all([
    ownProfile,
    services.matches.myMatchesAndNeeds(caller, now),
    ownProfile.then((own) => openNeedsFor(own, catalog, services.needRepository)),
    services.matches.myHours(caller, now),
  ]);
  const matches = mine.map((entry) => entry.match);
  const needs = new Map(mine.flatMap((entry) => (entry.need ? [[entry.need.needId, entry.need] as const] : [])));
  const fit = new Map(
    profile ? open.map((need) => [need.needId, services.matches.profileFit(profile, need, now)]) : [],
  );
  return {
    profile,
    matches,
    needs,
    now,
    open,
    fit,
    catalog,
    today: berlinDate(now),
    absenceCutoffHours: services.matches.absenceCutoffHours,
    hours,
  };
}
