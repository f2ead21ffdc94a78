import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { initiativeRepository, initiatives } from '../../shared/platform/factories/initiatives.ts';
import { signedInCore } from '../../shared/platform/factories/signed-in-core.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createInitiativesApp } from './app.ts';
import type { InitiativesServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInCore,
  initiativeRepository,
  initiatives,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: InitiativesServices = wired;

export const handler = httpHandler(createInitiativesApp(services));
