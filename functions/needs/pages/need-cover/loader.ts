import type { Context } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { rosterMatches } from '../../../../shared/matches/cover.ts';
import type { CandidateList } from '../../../../shared/matches/match-service.ts';
import { type RosterDate, roster } from '../../../../shared/matches/roster.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { catalogNames } from '../../../../shared/web/format.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { startOf } from './dates.ts';

export interface CoverView {
  need: Need;
  entry: RosterDate;
  list: CandidateList | undefined;
  catalogNames: ReturnType<typeof catalogNames>;
  now: Date;
}

/** The date's roster entry and, while it has a gap ahead, its candidates; undefined when the need has no such date. */
export async function loadCover(
  services: NeedsServices,
  c: Context<AppEnv>,
  caller: Caller,
  needId: string,
  date: string,
): Promise<CoverView | undefined> {
  const now = services.clock();
  const via = viaOf(c);
  const view = await services.matches.needView(caller, needId, via, now);
  const need = view.need ?? (await services.needs.read(caller, needId));
  const entry = roster(need, rosterMatches(view.matches as Match[], now, need)).find((e) => e.date === date);
  if (!entry) return undefined;
  const asks = entry.open > 0 && startOf(entry) > now.getTime() && (need.status === 'open' || need.status === 'filled');
  const [list, catalog] = await Promise.all([
    asks ? services.matches.candidates(caller, needId, via, now, { date }) : undefined,
    services.catalog.get(now.getTime()),
  ]);
  const { lang } = pageContext(c, services.config.localPlatform);
  return { need, entry, list, catalogNames: catalogNames(catalog, lang), now };
}
