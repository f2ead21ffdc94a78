import { type Caller, hasRole } from '../auth/caller.ts';
import type { SessionRepository } from '../auth/session-repository.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { CalendarFeedRepository } from '../calendar/feed-repository.ts';
import { ForbiddenError, NotFoundError } from '../errors/index.ts';
import type { MatchRelease } from '../matches/match-release.ts';
import type { MatchRepository } from '../matches/match-repository.ts';
import type { NotificationSettingsRepository } from '../notifications/settings-repository.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { ProfileService } from '../volunteers/profile-service.ts';
import type { VolunteerProfile } from '../volunteers/schemas.ts';
import type { AccountDirectory } from './account-directory.ts';
import type { ActivityRepository } from './activity-repository.ts';
import type { AuditReader } from './audit-reader.ts';
import { type DataExport, EXPORT_FORMAT } from './export.ts';
import type { ErasureRequest, PrivacyRepository } from './privacy-repository.ts';

export interface PrivacyServiceDeps {
  privacy: PrivacyRepository;
  activity: ActivityRepository;
  accounts: AccountDirectory;
  sessions: SessionRepository;
  staff: StaffRepository;
  profiles: ProfileService;
  profileRepository: ProfileRepository;
  matches: Pick<MatchRelease, 'releaseAll'>;
  matchRepository: MatchRepository;
  audit: AuditReader;
  calendarFeeds: Pick<CalendarFeedRepository, 'current' | 'deleteAllOf'>;
  notificationSettings: Pick<NotificationSettingsRepository, 'get' | 'delete'>;
}

type Item = Record<string, unknown>;
const without = (item: Item, ...names: string[]) =>
  Object.fromEntries(
    Object.entries(item).filter(([key]) => !['PK', 'SK', 'GSI1PK', 'GSI1SK', 'type', ...names].includes(key)),
  );

/**
 * The data-protection self-service: the export of everything held about a person (Art. 15, 20)
 * and the erasure of their account (Art. 17), by request or after long inactivity.
 */
export class PrivacyService {
  constructor(private readonly deps: PrivacyServiceDeps) {}

  /** Everything held about the caller, read by their keys. */
  async export(caller: Caller, now: Date): Promise<DataExport> {
    const { userId } = caller;
    const [account, items, matches, sessions, activity, staff, roles, auditEntries, feed, settings] = await Promise.all(
      [
        this.deps.accounts.get(userId),
        this.deps.privacy.volunteerItems(userId),
        this.deps.matchRepository.listForVolunteer(userId),
        this.deps.privacy.sessionTimes(userId),
        this.deps.activity.get(userId),
        this.deps.staff.get(userId),
        this.deps.sessions.storedRoles(userId),
        this.deps.audit.about(userId),
        this.deps.calendarFeeds.current(userId),
        this.deps.notificationSettings.get(userId),
      ],
    );
    const histories = await Promise.all(matches.map((match) => this.deps.privacy.matchEvents(match.needId, userId)));
    const counts: Record<string, number> = {};
    const count = (type: string, n = 1) => {
      if (n > 0) counts[type] = (counts[type] ?? 0) + n;
    };
    for (const item of items) count(String(item.type));
    count('Match', matches.length);
    count(
      'MatchEvent',
      histories.reduce((sum, events) => sum + events.length, 0),
    );
    count('Invitation', matches.filter((match) => match.status === 'invited').length);
    // Each session is written with its pointer in one transaction: one of each per session.
    count('UserSession', sessions.length);
    count('Session', sessions.length);
    if (activity) count('AccountActivity');
    if (staff) count('StaffAssignment');
    if (roles) count('UserRoles');
    count('AuditEntry', auditEntries.length);
    // The feed and its pointer are written together: one of each.
    if (feed) count('CalendarFeed');
    if (feed) count('CalendarFeedPointer');
    if (settings.version > 0 || settings.unsubscribeToken) count('NotificationSettings');
    if (settings.unsubscribeToken) count('UnsubscribeToken');
    const ofType = (type: string) => items.filter((item) => item.type === type);
    const profile = ofType('VolunteerProfile')[0];
    const safeguarding = ofType('SafeguardingCheck')[0];
    return {
      format: EXPORT_FORMAT,
      exportedAt: now.toISOString(),
      userId,
      account: account
        ? {
            ...(account.email && { email: account.email }),
            ...(account.locale && { locale: account.locale }),
            ...(account.createdAt && { createdAt: account.createdAt }),
            ...(account.status && { status: account.status }),
          }
        : null,
      profile: profile ? (without(profile) as VolunteerProfile) : null,
      consents: ofType('ConsentRecord')
        .map((item) => ({ version: String(item.version), acceptedAt: String(item.acceptedAt) }))
        .sort((a, b) => a.acceptedAt.localeCompare(b.acceptedAt)),
      matches: matches.map((match, index) => ({
        ...match,
        history: (histories[index] ?? [])
          .map(({ key: _key, ...event }) => event)
          .sort((a, b) => a.at.localeCompare(b.at)),
      })),
      commitments: ofType('Ledger').flatMap((item) => (item.commitments as unknown[] | undefined) ?? []),
      safeguarding: safeguarding ? (without(safeguarding) as DataExport['safeguarding']) : null,
      sessions,
      // The preferences; the unsubscribe link's secret is not repeated (like session hashes).
      notifications:
        settings.version > 0 || settings.unsubscribeToken
          ? [
              {
                settings: {
                  ...(settings.language && { language: settings.language }),
                  optOut: settings.optOut,
                  unsubscribeLinkIssued: settings.unsubscribeToken !== undefined,
                  ...(settings.updatedAt && { updatedAt: settings.updatedAt }),
                },
              },
            ]
          : [],
      activity: activity
        ? { lastSignInAt: activity.lastSignInAt, ...(activity.remindedAt && { remindedAt: activity.remindedAt }) }
        : null,
      staffAssignment: staff
        ? { quarters: staff.quarters, ...(staff.initiativeId && { initiativeId: staff.initiativeId }) }
        : null,
      rolesSetByAdmin: roles ? roles.roles : null,
      auditEntries,
      // Never the token: it is a credential (whoever has it reads the feed), like a session's hash.
      calendarFeed: feed ? { audience: feed.audience, language: feed.language, createdAt: feed.createdAt } : null,
      storedItems: counts,
    };
  }

  /** A volunteer erases their own account. Staff accounts are removed by admins. */
  async eraseOwn(caller: Caller, now: Date): Promise<void> {
    if (!hasRole(caller, 'volunteer') || caller.roles.some((role) => role !== 'volunteer'))
      throw new ForbiddenError('Staff accounts are removed by an admin');
    await this.erase(caller.userId, 'self', now);
  }

  /**
   * Erases a volunteer's account. Every step is idempotent, and the order makes an interrupted
   * erasure safe to run again (by the person, or by the daily job from the marker):
   *
   * 1. the marker (`ERASURE#<sub>`): from now on something remembers to finish, whatever fails;
   * 2. web sessions end, so the person cannot act while their data goes;
   * 3. open invitations and commitments are released and the profile partition (profile,
   *    memberships, candidate items, ledger, safeguarding facts, consents) is deleted — the
   *    existing `profiles.delete` path;
   * 4. past matches are moved to an anonymous id (history first, the match last);
   * 5. the notification settings with their unsubscribe lookup (one transaction), the activity
   *    item, then the Cognito user: while the user exists the person can still sign in and retry,
   *    and the marker covers the time after;
   * 6. sessions once more (a sign-in between 2 and 5), then the marker goes.
   */
  async erase(userId: string, reason: ErasureRequest['reason'], now: Date): Promise<void> {
    const request = await this.deps.privacy.startErasure(userId, reason, now.toISOString());
    await this.deps.sessions.deleteAllOf(userId);
    const caller: Caller = { userId, roles: ['volunteer'] };
    if (await this.deps.profileRepository.get(userId)) await this.deps.profiles.delete(caller, now);
    else await this.deps.matches.releaseAll(caller, now);
    for (const match of await this.deps.matchRepository.listForVolunteer(userId))
      await this.deps.privacy.anonymiseMatch(match, request.anonymousId);
    // What a retry after step 3 may find left in the partition (its profile already gone).
    await this.deps.profileRepository.delete(userId).catch((error: unknown) => {
      if (!(error instanceof NotFoundError)) throw error;
    });
    await this.deps.notificationSettings.delete(userId);
    await this.deps.activity.delete(userId);
    await this.deps.calendarFeeds.deleteAllOf(userId);
    await this.deps.sessions.forgetRoles(userId);
    await this.deps.accounts.delete(userId);
    await this.deps.sessions.deleteAllOf(userId);
    await this.deps.privacy.finishErasure(userId);
  }

  /** Erasures that were begun and not finished (for the daily job). */
  pendingErasures(): Promise<ErasureRequest[]> {
    return this.deps.privacy.pendingErasures();
  }
}
