import type { Hono } from 'hono';
import type { AppEnv } from '../../../shared/http/app-env.ts';
import type { AccountFlows } from '../flows.ts';
import type { AccountsServices } from '../services.ts';

/** What each page folder's routes get from the accounts app. */
export interface PageRoutesDeps {
  app: Hono<AppEnv>;
  services: AccountsServices;
  flows: AccountFlows;
}
