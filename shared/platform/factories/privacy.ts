import { PrivacyRepository } from '../../privacy/privacy-repository.ts';
import { PrivacyService } from '../../privacy/privacy-service.ts';
import type { Wired } from '../wire.ts';

export const privacy = (
  w: Pick<
    Wired,
    | 'db'
    | 'config'
    | 'calendarFeedRepository'
    | 'activity'
    | 'accounts'
    | 'sessions'
    | 'staff'
    | 'profiles'
    | 'profileRepository'
    | 'matchRelease'
    | 'matchRepository'
    | 'auditRepository'
    | 'notificationSettings'
  >,
) =>
  new PrivacyService({
    calendarFeeds: w.calendarFeedRepository,
    privacy: new PrivacyRepository(w.db, w.config.tableName),
    activity: w.activity,
    accounts: w.accounts,
    sessions: w.sessions,
    staff: w.staff,
    profiles: w.profiles,
    profileRepository: w.profileRepository,
    matches: w.matchRelease,
    matchRepository: w.matchRepository,
    audit: w.auditRepository,
    notificationSettings: w.notificationSettings,
  });
