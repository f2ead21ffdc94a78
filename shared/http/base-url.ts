import type { Context } from 'hono';
import type { PlatformConfig } from '../config/env.ts';
import type { AppEnv } from './app-env.ts';

/**
 * The platform's public origin for links we hand out (calendar feed URLs): configured in AWS, the
 * request's own (loopback) origin locally, where no public URL is set.
 */
export const baseUrlOf = (services: { config: Pick<PlatformConfig, 'publicUrl'> }, c: Context<AppEnv>) =>
  services.config.publicUrl?.replace(/\/$/, '') ?? new URL(c.req.url).origin;
