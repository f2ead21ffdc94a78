import type { Services } from '../../shared/platform/services.ts';
import { InactivityJob } from '../../shared/privacy/inactivity-job.ts';
import type { InactivitySettings } from '../../shared/privacy/inactivity-settings.ts';

/** The job as the Lambda, the local platform's timer and the tests build it. */
export function createInactivityJob(
  services: Pick<Services, 'activity' | 'privacy' | 'accounts' | 'mailer'>,
  settings: InactivitySettings,
): InactivityJob {
  return new InactivityJob({
    activity: services.activity,
    privacy: services.privacy,
    accounts: services.accounts,
    mailer: services.mailer,
    settings,
  });
}
