import { ProfileService } from '../../volunteers/profile-service.ts';
import type { Wired } from '../wire.ts';

export const profiles = (w: Pick<Wired, 'profileRepository' | 'staff' | 'catalog' | 'audit' | 'matchRelease'>) => {
  const { matchRelease } = w;
  return new ProfileService({
    profiles: w.profileRepository,
    staff: w.staff,
    catalog: w.catalog,
    audit: w.audit,
    releaseMatches: (caller, now) => matchRelease.releaseAll(caller, now),
  });
};
