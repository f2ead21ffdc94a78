import type { Hono } from 'hono';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { Services } from '../../shared/platform/services.ts';

/**
 * The web pages of the needs function (manager dashboard, need form, candidates, volunteer
 * dashboard). They call the same services as the JSON API, never the API over HTTP.
 */
export function registerNeedPages(_app: Hono<AppEnv>, _services: Services): void {}
