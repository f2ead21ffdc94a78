import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import type { Caller } from '../auth/caller.ts';
import { hasRole } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { ForbiddenError, NotFoundError, NotYourQuarterError, ValidationError } from '../errors/index.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import type { SafeguardingPolicy } from '../matching/types.ts';
import { addDays, addMonths, addYears, berlinDate } from '../time/calendar.ts';
import { mayReadProfile } from '../volunteers/access-policy.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import { futureInspection } from './inspection-date.ts';
import type { SafeguardingRepository } from './safeguarding-repository.ts';
import type { SafeguardingCheck, SafeguardingInput } from './schemas.ts';

export interface SafeguardingServiceDeps {
  checks: SafeguardingRepository;
  profiles: ProfileRepository;
  staff: StaffRepository;
  matches: MatchRepository;
  policy: SafeguardingPolicy;
  /** Months after the last activity (or the inspection, without activity) the facts are kept; §72a(5) allows six, we default to three. */
  retentionMonths: number;
  audit: AuditRecorder;
}

export interface SafeguardingStatus {
  recorded: boolean;
  inspectedOn?: string;
  /** The last day the check counts for matching (inspection + validity years), if it counts at all. */
  validUntil?: string;
  relevantConviction?: boolean;
  /** When the facts will be deleted. */
  deleteOn?: string;
}

/**
 * Days after an inspection the facts wait for the activity they were recorded for. §72a(5)
 * SGB VIII wants them deleted at once when no activity follows; the volunteer needs a little
 * time to be invited and accept, so "at once" is this grace period, not the months below.
 */
export const NO_ACTIVITY_GRACE_DAYS = 28;

/** Months the facts are kept after the last activity (§72a(5) allows at most six). */
export const SAFEGUARDING_RETENTION_MONTHS = 3;

/**
 * The day the facts are deleted: `retentionMonths` after the last activity (§72a(5): at the
 * latest six months; we default to three), or {@link NO_ACTIVITY_GRACE_DAYS} after the
 * inspection when no activity has followed (yet).
 */
export function deletionDate(inspectedOn: string, lastActivity: string | undefined, retentionMonths: number): string {
  if (lastActivity && lastActivity >= inspectedOn) return addMonths(lastActivity, retentionMonths);
  return addDays(inspectedOn, NO_ACTIVITY_GRACE_DAYS);
}

/**
 * Safeguarding checks (§72a SGB VIII): a manager of one of the volunteer's quarters, or an
 * admin, records that they inspected the extended police certificate. Only the facts are
 * stored, and they are deleted on a date (TTL, also filtered on read).
 */
export class SafeguardingService {
  constructor(private readonly deps: SafeguardingServiceDeps) {}

  /**
   * Records the facts of an inspection. The audit entry is written before the facts: a change
   * is never without its entry (a failed write after it leaves an entry of the attempt).
   */
  async record(
    caller: Caller,
    volunteerId: string,
    input: SafeguardingInput,
    via: Via,
    now: Date,
  ): Promise<SafeguardingCheck> {
    if (!hasRole(caller, 'manager') && !hasRole(caller, 'admin'))
      throw new ForbiddenError('Managers and admins record checks');
    const profile = await this.deps.profiles.get(volunteerId);
    if (!profile) throw new NotFoundError('VolunteerProfile');
    const quarters = await managedQuarters(this.deps.staff, caller);
    if (!mayReadProfile(caller, profile, quarters === 'all' ? [] : quarters))
      throw new NotYourQuarterError('This volunteer helps in none of your quarters');
    const today = berlinDate(now);
    const future = futureInspection(input.inspectedOn, today);
    if (future.length > 0) throw new ValidationError(future);
    const ledger = await this.deps.matches.ledger(volunteerId);
    const lastActivity = ledger.commitments
      .flatMap((c) => c.occurrences.map((o) => o.date))
      .sort()
      .at(-1);
    const deleteOn = deletionDate(input.inspectedOn, lastActivity, this.deps.retentionMonths);
    const check: SafeguardingCheck = {
      volunteerId,
      ...input,
      inspectedBy: caller.userId,
      recordedAt: now.toISOString(),
      expiresAt: Math.floor(Date.parse(`${deleteOn}T23:59:59Z`) / 1000),
    };
    await this.deps.audit.record(caller, 'safeguarding.record', [volunteerId], via, now);
    await this.deps.checks.put(check);
    return check;
  }

  /**
   * What is recorded for a volunteer: on their own profile, and for the staff who record checks
   * (callers authorise staff first, by reading the profile). Staff reads are audited.
   */
  async status(caller: Caller, volunteerId: string, via: Via, now: Date): Promise<SafeguardingStatus> {
    const check = await this.deps.checks.get(volunteerId, now);
    await this.deps.audit.record(caller, 'safeguarding.read', [volunteerId], via, now);
    if (!check) return { recorded: false };
    const certificateOk = addMonths(check.issuedOn, this.deps.policy.certificateMaxAgeMonths) >= check.inspectedOn;
    return {
      recorded: true,
      inspectedOn: check.inspectedOn,
      relevantConviction: check.relevantConviction,
      ...(certificateOk &&
        !check.relevantConviction && {
          validUntil: addYears(check.inspectedOn, this.deps.policy.inspectionValidYears),
        }),
      deleteOn: new Date(check.expiresAt * 1000).toISOString().slice(0, 10),
    };
  }
}
