import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createQuarterDataApp } from './app.ts';

export const handler = httpHandler(createQuarterDataApp(createServices(configFromEnv())));
