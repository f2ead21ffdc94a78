import { AuditRepository } from '../audit/audit-repository.ts';
import { AuditTrail } from '../audit/audit-trail.ts';
import { ChallengeRepository } from '../auth/challenge-repository.ts';
import { SessionRepository } from '../auth/session-repository.ts';
import { StaffRepository } from '../auth/staff-repository.ts';
import { TokenVerifier } from '../auth/token-verifier.ts';
import { CalendarFeedRepository } from '../calendar/feed-repository.ts';
import { CalendarFeedService, type CalendarFeedServiceDeps } from '../calendar/feed-service.ts';
import type { CandidateProjector } from '../candidates/candidate-projector.ts';
import { CandidateRepository } from '../candidates/candidate-repository.ts';
import { CatalogCache } from '../catalog/catalog-cache.ts';
import { CatalogRepository } from '../catalog/catalog-repository.ts';
import type { PlatformConfig } from '../config/env.ts';
import { createDocumentClient } from '../db/client.ts';
import { InitiativeRepository } from '../initiatives/initiative-repository.ts';
import { InitiativeService } from '../initiatives/initiative-service.ts';
import { type Mailer, unwiredMailer } from '../mail/mailer.ts';
import { DirectoryRepository } from '../manager-desk/directory-repository.ts';
import { ManagerDesk } from '../manager-desk/manager-desk.ts';
import { MatchRepository } from '../matches/match-repository.ts';
import { MatchService } from '../matches/match-service.ts';
import { NeedEventRepository } from '../needs/need-event-repository.ts';
import { NeedRepository } from '../needs/need-repository.ts';
import { NeedService } from '../needs/need-service.ts';
import { dueWriter } from '../notifications/due-writes.ts';
import { NotificationSettingsRepository } from '../notifications/settings-repository.ts';
import { type AccountDirectory, unwiredAccounts } from '../privacy/account-directory.ts';
import { ActivityRepository } from '../privacy/activity-repository.ts';
import { PrivacyRepository } from '../privacy/privacy-repository.ts';
import { PrivacyService } from '../privacy/privacy-service.ts';
import { SafeguardingRepository } from '../safeguarding/safeguarding-repository.ts';
import { SafeguardingService } from '../safeguarding/safeguarding-service.ts';
import { StatisticsRepository } from '../statistics/statistics-repository.ts';
import { StatisticsService } from '../statistics/statistics-service.ts';
import { AttemptGuard } from '../throttle/attempt-guard.ts';
import { ThrottleRepository } from '../throttle/throttle-repository.ts';
import { ProfileRepository } from '../volunteers/profile-repository.ts';
import { ProfileService } from '../volunteers/profile-service.ts';
import { createCandidateProjector, PLATFORM_CONSTRAINTS } from './candidate-projection.ts';

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
  needs: NeedService;
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
  /** Managers' volunteer search, volunteer work, contacts and week (shared/manager-desk). */
  desk: ManagerDesk;
  /** Statistics per quarter and month, read from the stream-kept counters (shared/statistics). */
  statistics: StatisticsService;
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

export function createServices(
  config: PlatformConfig,
  clock: Clock = () => new Date(),
  extras: ServiceExtras = {},
): Services {
  const db = createDocumentClient(config);
  const auditRepository = extras.auditRepository ?? new AuditRepository(db, config.tableName);
  const audit = new AuditTrail({ repository: auditRepository });
  const staff = new StaffRepository(db, config.tableName);
  const catalogRepository = new CatalogRepository(db, config.tableName);
  const catalog = new CatalogCache(catalogRepository);
  const profileRepository = new ProfileRepository(db, config.tableName);
  const needRepository = new NeedRepository(db, config.tableName);
  const safeguardingChecks = new SafeguardingRepository(db, config.tableName);
  const matchRepository = new MatchRepository(db, config.tableName);
  const initiativeRepository = new InitiativeRepository(db, config.tableName);
  const constraints = PLATFORM_CONSTRAINTS;
  const sessions = new SessionRepository(db, config.tableName, { idleSeconds: config.sessionIdleSeconds });
  const matches = new MatchService({
    needs: needRepository,
    matches: matchRepository,
    candidates: new CandidateRepository(db, config.tableName),
    safeguarding: safeguardingChecks,
    profiles: profileRepository,
    staff,
    audit,
    constraints,
    invitationTtlHours: config.invitationTtlHours,
    noShowWindowDays: config.noShowWindowDays,
    absenceCutoffHours: config.absenceCutoffHours,
    safeguardingRetentionMonths: 3,
    coverCutoffHours: config.coverCutoffHours,
  });
  const profiles = new ProfileService({
    profiles: profileRepository,
    staff,
    catalog,
    audit,
    releaseMatches: (caller, now) => matches.releaseAll(caller, now),
  });
  // Privacy (data-protection self-service): built from the same repositories.
  const activity = new ActivityRepository(db, config.tableName);
  const accounts = extras.accounts ?? unwiredAccounts;
  const feeds = new CalendarFeedRepository(db, config.tableName);
  const notificationSettings = new NotificationSettingsRepository(db, config.tableName);
  const privacy = new PrivacyService({
    calendarFeeds: feeds,
    privacy: new PrivacyRepository(db, config.tableName),
    activity,
    accounts,
    sessions,
    staff,
    profiles,
    profileRepository,
    matches,
    matchRepository,
    audit: auditRepository,
    notificationSettings,
  });
  return {
    config,
    clock,
    verifier: new TokenVerifier(config.cognito),
    sessions,
    staff,
    catalog,
    catalogRepository,
    profiles,
    needs: new NeedService({
      needs: needRepository,
      events: new NeedEventRepository(db, config.tableName),
      staff,
      catalog,
      profiles: profileRepository,
      cancelOpenMatches: (caller, needId, now, reason) => matches.cancelOpenMatches(caller, needId, now, reason),
      closeWhenFull: (needId, now) => matches.closeWhenFull(needId, now),
      hasCoverCommitments: (needId, now) => matches.hasCoverCommitments(needId, now),
      dueNotices: dueWriter(config.tableName),
    }),
    matches,
    safeguarding: new SafeguardingService({
      checks: safeguardingChecks,
      profiles: profileRepository,
      staff,
      matches: matchRepository,
      policy: PLATFORM_CONSTRAINTS.policy,
      retentionMonths: 3,
      audit,
    }),
    initiativeRepository,
    initiatives: new InitiativeService({
      initiatives: initiativeRepository,
      needs: needRepository,
      matches: matchRepository,
      staff,
      audit,
    }),
    candidateProjector: createCandidateProjector(config, db),
    attempts: new AttemptGuard(new ThrottleRepository(db, config.tableName)),
    mailer: extras.mailer ?? unwiredMailer,
    challenges: new ChallengeRepository(db, config.tableName),
    audit,
    auditRepository,
    privacy,
    activity,
    accounts,
    calendarFeeds: new CalendarFeedService({
      feeds,
      needs: needRepository,
      matches: matchRepository,
      staff,
      sessions,
      catalog,
      build: extras.buildCalendar,
    }),
    notificationSettings,
    desk: new ManagerDesk({
      directory: new DirectoryRepository(db, config.tableName),
      profiles: profileRepository,
      needs: needRepository,
      matches: matchRepository,
      staff,
      audit,
    }),
    statistics: new StatisticsService({ repository: new StatisticsRepository(db, config.tableName), staff }),
  };
}
