import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { initiativeRepository, initiatives } from '../../shared/platform/factories/initiatives.ts';
import { needReader } from '../../shared/platform/factories/need-reader.ts';
import { profileReader } from '../../shared/platform/factories/profile-reader.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { safeguarding } from '../../shared/platform/factories/safeguarding.ts';
import { safeguardingRepository } from '../../shared/platform/factories/safeguarding-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createAdminApp } from './app.ts';
import type { AdminServices } from './services.ts';

// Admin only lists needs and reads profiles: the readers, without the commands and their matching.
const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  profileRepository,
  safeguardingRepository,
  needReader,
  profileReader,
  safeguarding,
  initiativeRepository,
  initiatives,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: AdminServices = wired;

export const handler = httpHandler(createAdminApp(services));
