import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { desk } from '../../shared/platform/factories/desk.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { statistics } from '../../shared/platform/factories/statistics.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createQuarterDataApp } from './app.ts';
import type { QuarterDataServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  profileRepository,
  desk,
  statistics,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: QuarterDataServices = wired;

export const handler = httpHandler(createQuarterDataApp(services));
