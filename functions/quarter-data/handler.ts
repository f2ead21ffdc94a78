import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { audit, auditRepository } from '../../shared/platform/factories/audit.ts';
import { sessions, staff } from '../../shared/platform/factories/auth.ts';
import { catalog, catalogRepository } from '../../shared/platform/factories/catalog.ts';
import { db } from '../../shared/platform/factories/db.ts';
import { desk } from '../../shared/platform/factories/desk.ts';
import { matchRepository } from '../../shared/platform/factories/match-repository.ts';
import { needRepository } from '../../shared/platform/factories/need-repository.ts';
import { profileRepository } from '../../shared/platform/factories/profile-repository.ts';
import { statistics } from '../../shared/platform/factories/statistics.ts';
import { verifier } from '../../shared/platform/factories/verifier.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createQuarterDataApp } from './app.ts';
import type { QuarterDataServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), {
  db,
  verifier,
  sessions,
  staff,
  catalogRepository,
  catalog,
  auditRepository,
  audit,
  profileRepository,
  needRepository,
  matchRepository,
  desk,
  statistics,
});
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: QuarterDataServices = wired;

export const handler = httpHandler(createQuarterDataApp(services));
