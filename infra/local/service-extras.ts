import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { buildCalendar } from '../../shared/calendar/build-calendar.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import type { Clock, ServiceExtras } from '../../shared/platform/services.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { OutboxMailer } from './outbox-mailer.ts';

/**
 * What the local platform plugs into the services: the outbox instead of SES, and the user pool
 * (cognito-local) for export and erasure. One process serves every function here, so it wires
 * what each function wires in its own handler in AWS.
 */
export function localServiceExtras(config: PlatformConfig, outboxFile: string, clock: Clock): ServiceExtras {
  return {
    mailer: new OutboxMailer(outboxFile, clock),
    buildCalendar,
    accounts: new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId),
  };
}
