import { SAFEGUARDING_RETENTION_MONTHS, SafeguardingService } from '../../safeguarding/safeguarding-service.ts';
import { PLATFORM_CONSTRAINTS } from '../candidate-projection.ts';
import type { Wired } from '../wire.ts';

export const safeguarding = (
  w: Pick<Wired, 'safeguardingRepository' | 'profileRepository' | 'staff' | 'matchRepository' | 'audit'>,
) =>
  new SafeguardingService({
    checks: w.safeguardingRepository,
    profiles: w.profileRepository,
    staff: w.staff,
    matches: w.matchRepository,
    policy: PLATFORM_CONSTRAINTS.policy,
    retentionMonths: SAFEGUARDING_RETENTION_MONTHS,
    audit: w.audit,
  });
