import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { initiativeRepository } from '../../shared/platform/factories/initiatives.ts';
import { signedInBase } from '../../shared/platform/factories/signed-in-base.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createStaffApp } from './app.ts';
import type { StaffServices } from './services.ts';

// Neither needs nor matches: staff accounts name quarters and initiatives only.
const wired = wire(lambdaBase(configFromEnv()), { ...signedInBase, initiativeRepository });
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: StaffServices = wired;

export const handler = httpHandler(createStaffApp(services));
