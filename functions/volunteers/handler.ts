import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createServices } from '../../shared/platform/services.ts';
import { createVolunteersApp } from './app.tsx';

export const handler = httpHandler(createVolunteersApp(createServices(configFromEnv())));
