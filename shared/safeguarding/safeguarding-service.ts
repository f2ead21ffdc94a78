import type { Caller } from '../auth/caller.ts';
import { hasRole } from '../auth/caller.ts';
import { managedQuarters } from '../auth/staff-access.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors/index.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import type { SafeguardingPolicy } from '../matching/types.ts';
import { addMonths, addYears, berlinDate } from '../time/calendar.ts';
import { mayReadProfile } from '../volunteers/access-policy.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
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

/** The day the facts are deleted: `retentionMonths` after the later of inspection and last activity. */
export function deletionDate(inspectedOn: string, lastActivity: string | undefined, retentionMonths: number): string {
  const from = lastActivity && lastActivity > inspectedOn ? lastActivity : inspectedOn;
  return addMonths(from, retentionMonths);
}

/**
 * Safeguarding checks (§72a SGB VIII): a manager of one of the volunteer's quarters, or an
 * admin, records that they inspected the extended police certificate. Only the facts are
 * stored, and they are deleted on a date (TTL, also filtered on read).
 */
export class SafeguardingService {
  constructor(private readonly deps: SafeguardingServiceDeps) {}

  async record(caller: Caller, volunteerId: string, input: SafeguardingInput, now: Date): Promise<SafeguardingCheck> {
    if (!hasRole(caller, 'manager') && !hasRole(caller, 'admin'))
      throw new ForbiddenError('Managers and admins record checks');
    const profile = await this.deps.profiles.get(volunteerId);
    if (!profile) throw new NotFoundError('VolunteerProfile');
    const quarters = await managedQuarters(this.deps.staff, caller);
    if (!mayReadProfile(caller, profile, quarters === 'all' ? [] : quarters))
      throw new ForbiddenError('This volunteer does not help in your quarters');
    const today = berlinDate(now);
    if (input.inspectedOn > today) {
      throw new ValidationError([
        { path: 'inspectedOn', code: 'in_future', message: 'The inspection cannot be in the future' },
      ]);
    }
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
    await this.deps.checks.put(check);
    return check;
  }

  /** What the volunteer sees on their profile. */
  async status(volunteerId: string, now: Date): Promise<SafeguardingStatus> {
    const check = await this.deps.checks.get(volunteerId, now);
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
