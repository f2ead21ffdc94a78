import type { AuditRecorder } from '../audit/audit-trail.ts';
import type { Via } from '../audit/schemas.ts';
import { type Caller, hasRole } from '../auth/caller.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import { ForbiddenError, NotFoundError, NotYourQuarterError } from '../errors/index.ts';
import { mayReadOtherProfiles, mayReadProfile } from './access-policy.ts';
import type { ProfileRepository } from './profile-repository.ts';
import type { VolunteerProfile } from './schemas.ts';

export interface ProfileReaderDeps {
  profiles: ProfileRepository;
  staff: StaffRepository;
  audit: AuditRecorder;
}

/**
 * Profiles as their readers see them: one's own, or another's for those allowed (audited). Its
 * own module so that a function that only reads profiles (admin) bundles none of the commands
 * and none of the matching that erasure brings with it ({@link ProfileService} extends it).
 */
export class ProfileReader {
  constructor(protected readonly deps: ProfileReaderDeps) {}

  /** The caller's own profile, if they created one. */
  async own(caller: Caller): Promise<VolunteerProfile | undefined> {
    return this.deps.profiles.get(caller.userId);
  }

  /**
   * A profile, for the volunteer or the roles and quarters allowed to see it. Someone else's
   * read is recorded in the audit trail before the profile is handed out.
   */
  async read(caller: Caller, volunteerId: string, via: Via, now: Date): Promise<VolunteerProfile> {
    if (caller.userId !== volunteerId && !mayReadOtherProfiles(caller))
      throw new ForbiddenError('You may only read your own profile');
    const profile = await this.deps.profiles.get(volunteerId);
    if (!profile) throw new NotFoundError('VolunteerProfile');
    const managed = hasRole(caller, 'manager') ? ((await this.deps.staff.get(caller.userId))?.quarters ?? []) : [];
    if (!mayReadProfile(caller, profile, managed))
      throw new NotYourQuarterError('This volunteer helps in none of your quarters');
    await this.deps.audit.record(caller, 'profile.read', [volunteerId], via, now);
    return profile;
  }
}
