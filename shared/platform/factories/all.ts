import { accountExistsNotices } from './account-exists-notices.ts';
import { activity } from './activity.ts';
import { audit, auditRepository } from './audit.ts';
import { challenges, sessions, staff } from './auth.ts';
import { calendarFeeds } from './calendar.ts';
import { calendarFeedRepository } from './calendar-feed-repository.ts';
import { calendarFeedUrls } from './calendar-feed-urls.ts';
import { candidateProjector } from './candidates.ts';
import { catalog, catalogRepository } from './catalog.ts';
import { db } from './db.ts';
import { desk } from './desk.ts';
import { exportReads } from './export-reads.ts';
import { imports } from './imports.ts';
import { initiativeRepository, initiatives } from './initiatives.ts';
import { matchRelease, needMatches } from './match-release.ts';
import { matchRepository } from './match-repository.ts';
import { managerMatches, volunteerMatches } from './match-sides.ts';
import { matches } from './matches.ts';
import { needContacts } from './need-contacts.ts';
import { needReader } from './need-reader.ts';
import { needRepository } from './need-repository.ts';
import { needs } from './needs.ts';
import { notificationSettings } from './notification-settings.ts';
import { privacy } from './privacy.ts';
import { profileReader } from './profile-reader.ts';
import { profileRepository } from './profile-repository.ts';
import { profiles } from './profiles.ts';
import { safeguarding } from './safeguarding.ts';
import { safeguardingRepository } from './safeguarding-repository.ts';
import { statistics } from './statistics.ts';
import { attempts } from './throttle.ts';
import { accounts, calendarBuilder, mailer } from './unwired.ts';
import { verifier } from './verifier.ts';

/** Every factory: the full composition (shared/platform/services.ts `createServices`). */
export const ALL_FACTORIES = {
  db,
  staff,
  sessions,
  challenges,
  verifier,
  auditRepository,
  audit,
  catalogRepository,
  catalog,
  profileRepository,
  needRepository,
  matchRepository,
  safeguardingRepository,
  calendarFeedRepository,
  matches,
  matchRelease,
  needMatches,
  managerMatches,
  volunteerMatches,
  profiles,
  needs,
  needReader,
  profileReader,
  safeguarding,
  initiativeRepository,
  initiatives,
  activity,
  accounts,
  mailer,
  calendarBuilder,
  notificationSettings,
  accountExistsNotices,
  privacy,
  imports,
  calendarFeeds,
  calendarFeedUrls,
  desk,
  needContacts,
  statistics,
  exportReads,
  attempts,
  candidateProjector,
};
