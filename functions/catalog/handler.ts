import { configFromEnv } from '../../shared/config/env.ts';
import { primeInLambda } from '../../shared/db/prime.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { catalog, catalogRepository } from '../../shared/platform/factories/catalog.ts';
import { db } from '../../shared/platform/factories/db.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createCatalogApp } from './app.ts';
import type { CatalogServices } from './services.ts';

const wired = wire(lambdaBase(configFromEnv()), { db, catalogRepository, catalog });
// Opens the storage connection in the init phase, whose CPU is boosted (shared/db/prime.ts).
await primeInLambda(wired);
const services: CatalogServices = wired;

export const handler = httpHandler(createCatalogApp(services));
