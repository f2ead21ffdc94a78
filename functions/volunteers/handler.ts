import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { activity } from '../../shared/platform/factories/activity.ts';
import { calendarFeeds } from '../../shared/platform/factories/calendar.ts';
import { calendarFeedRepository } from '../../shared/platform/factories/calendar-feed-repository.ts';
import { desk } from '../../shared/platform/factories/desk.ts';
import { matches } from '../../shared/platform/factories/matches.ts';
import { notificationSettings } from '../../shared/platform/factories/notification-settings.ts';
import { privacy } from '../../shared/platform/factories/privacy.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { profiles } from '../../shared/platform/factories/profiles.ts';
import { safeguarding } from '../../shared/platform/factories/safeguarding.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { calendarBuilder } from '../../shared/platform/factories/unwired.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { CognitoAccountDirectory } from '../../shared/privacy/cognito-account-directory.ts';
import { createVolunteersApp } from './app.tsx';
import type { VolunteersServices } from './services.ts';

const config = configFromEnv();
// Export reads the account's attributes and erasure deletes the user: the user pool's admin side.
const accounts = new CognitoAccountDirectory(createCognitoClient(config), config.cognito.userPoolId);

// Erasure releases the volunteer's matches: privacy and profiles bring matching with them.
const wired = wire(lambdaBase(config), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  calendarFeedRepository,
  matches,
  profiles,
  safeguarding,
  activity,
  notificationSettings,
  accounts: () => accounts,
  privacy,
  calendarBuilder,
  calendarFeeds,
  desk,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: VolunteersServices = wired;

export const handler = httpHandler(createVolunteersApp(services));
