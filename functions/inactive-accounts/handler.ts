import middy from '@middy/core';
import type { ScheduledEvent } from 'aws-lambda';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { unwiredMailer } from '../../shared/mail/mailer.ts';
import { SesMailer } from '../../shared/mail/ses-mailer.ts';
import { createServices } from '../../shared/platform/services.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import type { InactivityRun } from '../../shared/privacy/inactivity-job.ts';
import { inactivitySettingsFromEnv } from '../../shared/privacy/inactivity-settings.ts';
import { createInactivityJob } from './job.ts';

const config = configFromEnv();
// Without a sender (MAIL_FROM) no reminder goes out, and so no account is erased: erasure waits for a reminder.
const mailer = config.mail ? new SesMailer({ region: config.region, ...config.mail }) : unwiredMailer;
const accounts = new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId);
const services = createServices(config, () => new Date(), { mailer, accounts });
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
