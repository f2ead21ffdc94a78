import type { AuditRepository } from '../audit/audit-repository.ts';
import type { AuditTrail } from '../audit/audit-trail.ts';
import type { ChallengeRepository } from '../auth/challenge-repository.ts';
import type { SessionRepository } from '../auth/session-repository.ts';
import type { StaffRepository } from '../auth/staff-repository.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import type { CalendarFeedService, CalendarFeedServiceDeps } from '../calendar/feed-service.ts';
import type { CandidateProjector } from '../candidates/candidate-projector.ts';
import type { CatalogCache } from '../catalog/catalog-cache.ts';
import type { CatalogRepository } from '../catalog/catalog-repository.ts';
import type { PlatformConfig } from '../config/env.ts';
import type { ExportReaderDeps } from '../exports/export-reader.ts';
import type { ImportService } from '../imports/import-service.ts';
import type { InitiativeRepository } from '../initiatives/initiative-repository.ts';
import type { InitiativeService } from '../initiatives/initiative-service.ts';
import type { Mailer } from '../mail/mailer.ts';
import type { ManagerDesk } from '../manager-desk/manager-desk.ts';
import type { MatchService } from '../matches/match-service.ts';
import type { NeedReader } from '../needs/need-reader.ts';
import type { NeedRepository } from '../needs/need-repository.ts';
import type { NeedService } from '../needs/need-service.ts';
import type { AccountExistsNotices } from '../notifications/account-exists-notices.ts';
import type { NotificationSettingsRepository } from '../notifications/settings-repository.ts';
import type { AccountDirectory } from '../privacy/account-directory.ts';
import type { ActivityRepository } from '../privacy/activity-repository.ts';
import type { PrivacyService } from '../privacy/privacy-service.ts';
import type { SafeguardingService } from '../safeguarding/safeguarding-service.ts';
import type { StatisticsService } from '../statistics/statistics-service.ts';
import type { AttemptGuard } from '../throttle/attempt-guard.ts';
import type { ProfileReader } from '../volunteers/profile-reader.ts';
import type { ProfileRepository } from '../volunteers/profile-repository.ts';
import type { ProfileService } from '../volunteers/profile-service.ts';
import { ALL_FACTORIES } from './factories/all.ts';
import { wire } from './wire.ts';

/** A clock; domain code never reads the time itself. */
export type Clock = () => Date;

/**
 * Everything a request needs, built once per cold start (Lambda) or once per process (local
 * platform, tests). Construction does no I/O.
 */
export interface Services {
  config: PlatformConfig;
  clock: Clock;
  verifier: TokenVerifier;
  sessions: SessionRepository;
  staff: StaffRepository;
  catalog: CatalogCache;
  catalogRepository: CatalogRepository;
  profiles: ProfileService;
  /** Profiles as stored, for a volunteer's own (sign-in's consent check): no rules, no matches. */
  profileRepository: ProfileRepository;
  /** Needs as stored, for a volunteer's open needs (shared/needs/open-needs.ts): no rules, no matches. */
  needRepository: NeedRepository;
  needs: NeedService;
  /** Reading needs without the commands (and the matching they bring): for functions that only read. */
  needReader: NeedReader;
  /** Reading profiles without the commands (and the matching erasure brings): for functions that only read. */
  profileReader: ProfileReader;
  matches: MatchService;
  safeguarding: SafeguardingService;
  initiativeRepository: InitiativeRepository;
  initiatives: InitiativeService;
  /** Keeps the candidate index in step with profiles and safeguarding facts (table stream). */
  candidateProjector: CandidateProjector;
  /** Throttles guessable and abusable attempts (sign-in, codes, sending mail) per account and address. */
  attempts: AttemptGuard;
  /** E-mail: wired by the functions that send it (SES), the outbox locally; else {@link unwiredMailer}. */
  mailer: Mailer;
  /** New-password challenges this app issued (first sign-in of invited accounts). */
  challenges: ChallengeRepository;
  /** The audit trail: every read or change of another person's data (docs/access-patterns.md). */
  audit: AuditTrail;
  /** The trail's storage; `about(subjectId)` lists what the data export includes. */
  auditRepository: AuditRepository;
  /** Data-protection self-service: export, erasure (shared/privacy). */
  privacy: PrivacyService;
  /** Sign-in activity, for the inactivity job. */
  activity: ActivityRepository;
  /** The user pool's admin side as erasure and export need it. */
  accounts: AccountDirectory;
  /** Personal iCalendar feeds behind secret URLs (shared/calendar). */
  calendarFeeds: CalendarFeedService;
  /** Notification preferences and one-click unsubscribe links (shared/notifications). */
  notificationSettings: NotificationSettingsRepository;
  /** Owners to tell that someone tried to sign up with their address (the notifier mails them). */
  accountExistsNotices: AccountExistsNotices;
  /** Managers' volunteer search, volunteer work, contacts and week (shared/manager-desk). */
  desk: ManagerDesk;
  /** Statistics per quarter and month, read from the stream-kept counters (shared/statistics). */
  statistics: StatisticsService;
  /** What the spreadsheet export reads through: needs, matches, profiles, staff, audit trail (shared/exports). */
  exportReads: ExportReaderDeps;
  /** Spreadsheet imports' dry run, confirm and status (quarter-data). */
  imports: ImportService;
}

/**
 * What a function's handler (or the local platform) plugs in besides the configuration, and
 * replacements for tests (e.g. an audit store that fails).
 */
export interface ServiceExtras {
  /** The iCalendar writer: the needs function (it serves the feeds) and the local platform. */
  buildCalendar?: CalendarFeedServiceDeps['build'];
  mailer?: Mailer;
  /** The user pool's admin side, for export and erasure: wired by volunteers and inactive-accounts. */
  accounts?: AccountDirectory;
  auditRepository?: AuditRepository;
}

const constant =
  <T>(value: T) =>
  () =>
    value;

/**
 * The full composition: every service, for the local platform and the tests. Lambda handlers
 * wire only what their routes use, from the same factories (./wire.ts).
 */
export function createServices(
  config: PlatformConfig,
  clock: Clock = () => new Date(),
  extras: ServiceExtras = {},
): Services {
  return wire(
    { config, clock },
    {
      ...ALL_FACTORIES,
      ...(extras.mailer && { mailer: constant(extras.mailer) }),
      ...(extras.accounts && { accounts: constant(extras.accounts) }),
      ...(extras.auditRepository && { auditRepository: constant(extras.auditRepository) }),
      ...(extras.buildCalendar && { calendarBuilder: constant(extras.buildCalendar) }),
    },
  );
}
