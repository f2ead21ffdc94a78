import { CandidateProjector } from '../candidates/candidate-projector.ts';
import type { PlatformConfig } from '../config/env.ts';
import type { createDocumentClient } from '../db/client.ts';
import type { ConstraintContext } from '../matching/constraints.ts';
import { DEFAULT_SAFEGUARDING_POLICY } from '../matching/types.ts';
import { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import { CONSENT } from '../volunteers/consent.ts';
import { ProfileRepository } from '../volunteers/profile-repository.ts';

/** The hard-constraint settings matching and the candidate index share. */
export const PLATFORM_CONSTRAINTS: ConstraintContext = {
  consentVersion: CONSENT.version,
  policy: DEFAULT_SAFEGUARDING_POLICY,
};

/**
 * The candidate projector alone, for the table-events function: it needs none of the request
 * services (and its bundle stays without them).
 */
export function createCandidateProjector(
  config: PlatformConfig,
  db: ReturnType<typeof createDocumentClient>,
): CandidateProjector {
  return new CandidateProjector({
    db,
    tableName: config.tableName,
    profiles: new ProfileRepository(db, config.tableName),
    safeguarding: new SafeguardingRepository(db, config.tableName),
    constraints: PLATFORM_CONSTRAINTS,
  });
}
