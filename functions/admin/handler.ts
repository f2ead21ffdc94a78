import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { initiativeRepository, initiatives } from '../../shared/platform/factories/initiatives.ts';
import { matches } from '../../shared/platform/factories/matches.ts';
import { needs } from '../../shared/platform/factories/needs.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { profiles } from '../../shared/platform/factories/profiles.ts';
import { safeguarding } from '../../shared/platform/factories/safeguarding.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createAdminApp } from './app.ts';
import type { AdminServices } from './services.ts';

// Needs and profiles bring matching with them: listing needs and reading a profile are theirs.
const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  matches,
  needs,
  profiles,
  safeguarding,
  initiativeRepository,
  initiatives,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: AdminServices = wired;

export const handler = httpHandler(createAdminApp(services));
