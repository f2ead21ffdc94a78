import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { calendarFeeds } from '../../shared/platform/factories/calendar.ts';
import { calendarFeedRepository } from '../../shared/platform/factories/calendar-feed-repository.ts';
import { desk } from '../../shared/platform/factories/desk.ts';
import { matchRelease, needMatches } from '../../shared/platform/factories/match-release.ts';
import { managerMatches } from '../../shared/platform/factories/match-sides.ts';
import { needs } from '../../shared/platform/factories/needs.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { profiles } from '../../shared/platform/factories/profiles.ts';
import { safeguarding } from '../../shared/platform/factories/safeguarding.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createNeedsApp } from './app.ts';
import type { NeedsServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  calendarFeedRepository,
  // The managers' side of matching alone: the volunteer's own steps are the dashboard's.
  matches: managerMatches,
  needMatches,
  matchRelease,
  needs,
  profiles,
  safeguarding,
  desk,
  // The feeds themselves are the calendar function's: pages only make and renew their URLs.
  calendarBuilder: () => undefined,
  calendarFeeds,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: NeedsServices = wired;

export const handler = httpHandler(createNeedsApp(services));
