import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { catalog, catalogRepository } from '../../shared/platform/factories/catalog.ts';
import { db } from '../../shared/platform/factories/db.ts';
import { lambdaBase, wire } from '../../shared/platform/wire.ts';
import { createCatalogApp } from './app.ts';
import type { CatalogServices } from './services.ts';

const services: CatalogServices = wire(lambdaBase(configFromEnv()), { db, catalogRepository, catalog });

export const handler = httpHandler(createCatalogApp(services));
