import { NeedEventRepository } from '../../needs/need-event-repository.ts';
import { NeedService } from '../../needs/need-service.ts';
import { dueWriter } from '../../notifications/due-writes.ts';
import type { Wired } from '../wire.ts';

export const needs = (
  w: Pick<Wired, 'db' | 'config' | 'needRepository' | 'staff' | 'catalog' | 'profileRepository' | 'needMatches'>,
) => {
  const { needMatches } = w;
  return new NeedService({
    needs: w.needRepository,
    events: new NeedEventRepository(w.db, w.config.tableName),
    staff: w.staff,
    catalog: w.catalog,
    profiles: w.profileRepository,
    cancelOpenMatches: (caller, needId, now, reason) => needMatches.cancelOpenMatches(caller, needId, now, reason),
    closeWhenFull: (needId, now) => needMatches.closeWhenFull(needId, now),
    hasCoverCommitments: (needId, now) => needMatches.hasCoverCommitments(needId, now),
    dueNotices: dueWriter(w.config.tableName),
  });
};
