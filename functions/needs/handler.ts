import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { needMatches } from '../../shared/platform/factories/match-release.ts';
import { managerMatches } from '../../shared/platform/factories/match-sides.ts';
import { needContacts } from '../../shared/platform/factories/need-contacts.ts';
import { needs } from '../../shared/platform/factories/needs.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createNeedsApp } from './app.ts';
import type { NeedsServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  // The managers' side of matching alone: the volunteer's own steps are the dashboard's.
  matches: managerMatches,
  needMatches,
  needs,
  needContacts,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: NeedsServices = wired;

export const handler = httpHandler(createNeedsApp(services));
