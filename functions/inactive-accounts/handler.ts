import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { unwiredMailer } from '../../shared/mail/mailer.ts';
import { SesMailer } from '../../shared/mail/ses-mailer.ts';
import { activity } from '../../shared/platform/factories/activity.ts';
import { audit, auditRepository } from '../../shared/platform/factories/audit.ts';
import { sessions, staff } from '../../shared/platform/factories/auth.ts';
import { calendarFeedRepository } from '../../shared/platform/factories/calendar-feed-repository.ts';
import { catalog, catalogRepository } from '../../shared/platform/factories/catalog.ts';
import { db } from '../../shared/platform/factories/db.ts';
import { matchRelease } from '../../shared/platform/factories/match-release.ts';
import { matchRepository } from '../../shared/platform/factories/match-repository.ts';
import { needRepository } from '../../shared/platform/factories/need-repository.ts';
import { notificationSettings } from '../../shared/platform/factories/notification-settings.ts';
import { privacy } from '../../shared/platform/factories/privacy.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { profiles } from '../../shared/platform/factories/profiles.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import type { InactivityRun } from '../../shared/privacy/inactivity-job.ts';
import { inactivitySettingsFromEnv } from '../../shared/privacy/inactivity-settings.ts';
import { createInactivityJob } from './job.ts';

const config = configFromEnv();
// Without a sender (MAIL_FROM) no reminder goes out, and so no account is erased: erasure waits for a reminder.
const mailer = config.mail ? new SesMailer({ region: config.region, ...config.mail }) : unwiredMailer;
const accounts = new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId);
// Erasure is the privacy service's, with everything it deletes or releases.
const services = wire(lambdaBase(config), {
  db,
  staff,
  sessions,
  auditRepository,
  audit,
  catalogRepository,
  catalog,
  profileRepository,
  needRepository,
  matchRepository,
  safeguardingRepository,
  calendarFeedRepository,
  matchRelease,
  profiles,
  activity,
  notificationSettings,
  accounts: () => accounts,
  mailer: () => mailer,
  privacy,
});
const job = createInactivityJob(services, inactivitySettingsFromEnv());

/**
 * Daily, from EventBridge Scheduler. Throws when a person could not be handled, so the
 * invocation is retried (everything it does is idempotent) and the errors alarm fires.
 */
export const handler = middy<ScheduledEvent, InactivityRun>().handler(async () => {
  const run = await job.run(services.clock());
  if (run.failed.length > 0) throw new Error(`Inactivity job: ${run.failed.length} accounts failed; see the log`);
  return run;
});
