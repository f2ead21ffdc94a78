import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { calendarFeedRepository } from '../../shared/platform/factories/calendar-feed-repository.ts';
import { calendarFeedUrls } from '../../shared/platform/factories/calendar-feed-urls.ts';
import { desk } from '../../shared/platform/factories/desk.ts';
import { needMatches } from '../../shared/platform/factories/match-release.ts';
import { needs } from '../../shared/platform/factories/needs.ts';
import { profileReader } from '../../shared/platform/factories/profile-reader.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { safeguarding } from '../../shared/platform/factories/safeguarding.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createManageApp } from './app.ts';
import type { ManageServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  calendarFeedRepository,
  // The need form's NeedService cancels and closes matches on a change: the need's part of matching alone.
  needMatches,
  needs,
  profileReader,
  safeguarding,
  desk,
  // The feeds themselves are the calendar function's: pages only make and renew their URLs.
  calendarFeedUrls,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: ManageServices = wired;

export const handler = httpHandler(createManageApp(services));
