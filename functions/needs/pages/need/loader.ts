import type { Via } from '../../../../shared/audit/schemas.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { Contact } from '../../../../shared/manager-desk/need-contacts.ts';
import type { CandidateList } from '../../../../shared/matches/match-service.ts';
import type { Match, MatchEvent } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import type { NeedEvent } from '../../../../shared/notifications/need-event.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import type { NeedsServices } from '../../services.ts';

export interface NeedDetail {
  need: Need;
  matches: Match[];
  events: MatchEvent[];
  needEvents: NeedEvent[];
  /** E-mail and phone of those invited or accepted: for the managers of the need's quarter only. */
  contacts: Contact[];
  candidates: CandidateList | undefined;
  /** The candidates include, for a need with minors, those who lack only a valid check. */
  withoutCheck: boolean;
  catalog: Catalog;
  now: Date;
  /** Days after a date in which its no-show can be marked (NO_SHOW_WINDOW_DAYS). */
  noShowWindowDays: number;
}

/** Everything the need page shows; candidates only while the need can still take people. */
export async function loadNeedDetail(
  services: NeedsServices,
  caller: Caller,
  needId: string,
  via: Via,
  options: { withoutCheck?: boolean } = {},
): Promise<NeedDetail> {
  const now = services.clock();
  const view = await services.matches.needView(caller, needId, via, now);
  const need = view.need ?? (await services.needs.read(caller, needId));
  const withoutCheck = need.involvesMinors && options.withoutCheck === true;
  const matches = view.matches as Match[];
  const [contacts, candidates, catalog] = await Promise.all([
    services.needContacts.of(caller, need, matches, via, now),
    need.status === 'open' || need.status === 'draft'
      ? services.matches.candidates(caller, needId, via, now, { withoutCheck })
      : undefined,
    services.catalog.get(now.getTime()),
  ]);
  return {
    need,
    matches,
    events: view.events,
    needEvents: view.needEvents,
    contacts,
    candidates,
    withoutCheck,
    catalog,
    now,
    noShowWindowDays: services.config.noShowWindowDays,
  };
}

/**
 * Names for the history and for messages: volunteers by first name, the viewer as "you", anyone
 * else as `fallback` (staff, unless told otherwise).
 */
export function namesOf(
  t: PageContext['t'],
  caller: Caller,
  detail: NeedDetail,
): (userId: string, fallback?: string) => string {
  const known = new Map<string, string>();
  for (const entry of [
    ...(detail.candidates?.proposals ?? []),
    ...(detail.candidates?.excluded ?? []),
    ...detail.matches,
  ]) {
    known.set(entry.volunteerId, entry.firstName);
  }
  return (userId, fallback = t('historyStaff')) =>
    userId === caller.userId ? t('historyYou') : (known.get(userId) ?? fallback);
}
