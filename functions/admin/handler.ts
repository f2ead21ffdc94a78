import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createAdminApp } from './app.ts';

export const handler = httpHandler(createAdminApp(createServices(configFromEnv())));
