import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { activity } from '../../shared/platform/factories/activity.ts';
import { calendarFeedRepository } from '../../shared/platform/factories/calendar-feed-repository.ts';
import { matchRelease } from '../../shared/platform/factories/match-release.ts';
import { notificationSettings } from '../../shared/platform/factories/notification-settings.ts';
import { privacy } from '../../shared/platform/factories/privacy.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { profiles } from '../../shared/platform/factories/profiles.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { createPrivacyApp } from './app.ts';
import type { PrivacyServices } from './services.ts';

const config = configFromEnv();
// Export reads the account's attributes and erasure deletes the user: the user pool's admin side.
const accounts = new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId);

// Erasure releases the volunteer's matches: privacy and profiles bring the match steps with them.
const wired = wire(lambdaBase(config), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  calendarFeedRepository,
  matchRelease,
  profiles,
  activity,
  notificationSettings,
  accounts: () => accounts,
  privacy,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: PrivacyServices = wired;

export const handler = httpHandler(createPrivacyApp(services));
