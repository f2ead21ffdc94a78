import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { calendarFeeds } from '../../shared/platform/factories/calendar.ts';
import { calendarFeedRepository } from '../../shared/platform/factories/calendar-feed-repository.ts';
import { desk } from '../../shared/platform/factories/desk.ts';
import { matchRelease } from '../../shared/platform/factories/match-release.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { profiles } from '../../shared/platform/factories/profiles.ts';
import { safeguarding } from '../../shared/platform/factories/safeguarding.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { calendarBuilder } from '../../shared/platform/factories/unwired.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createVolunteersApp } from './app.tsx';
import type { VolunteersServices } from './services.ts';

// Withdrawing consent (deleting the profile) releases the volunteer's matches: profiles bring
// the match steps with them (not candidates or matching rules). Export and erasure of the account are the privacy function's (Cognito).
const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  calendarFeedRepository,
  matchRelease,
  profiles,
  safeguarding,
  calendarBuilder,
  calendarFeeds,
  desk,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: VolunteersServices = wired;

export const handler = httpHandler(createVolunteersApp(services));
