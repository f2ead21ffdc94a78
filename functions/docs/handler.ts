import { configFromEnv } from '../../shared/config/env.ts';
import { httpHandler } from '../../shared/lambda/http-handler.ts';
import { createDocsApp } from './app.ts';

export const handler = httpHandler(createDocsApp({ config: configFromEnv() }));
