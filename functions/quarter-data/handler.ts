import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { exportReads } from '../../shared/platform/factories/export-reads.ts';
import { imports } from '../../shared/platform/factories/imports.ts';
import { signedInBase } from '../../shared/platform/factories/signed-in-base.ts';
import { statistics } from '../../shared/platform/factories/statistics.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createQuarterDataApp } from './app.ts';
import type { QuarterDataServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  ...signedInBase,
  exportReads,
  imports,
  statistics,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: QuarterDataServices = wired;

export const handler = httpHandler(createQuarterDataApp(services));
