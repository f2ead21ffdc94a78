import { SessionRepository } from '../auth/session-repository.ts';
import { StaffRepository } from '../auth/staff-repository.ts';
import { TokenVerifier } from '../auth/token-verifier.ts';
import { CatalogCache } from '../catalog/catalog-cache.ts';
import { CatalogRepository } from '../catalog/catalog-repository.ts';
import type { PlatformConfig } from '../config/env.ts';
import { createDocumentClient } from '../db/client.ts';
import { ProfileRepository } from '../volunteers/profile-repository.ts';
import { ProfileService } from '../volunteers/profile-service.ts';

/** A clock; domain code never reads the time itself. */
export type Clock = () => Date;

/**
 * Everything a request needs, built once per cold start (Lambda) or once per process (local
 * platform, tests). Construction does no I/O.
 */
export interface Services {
  config: PlatformConfig;
  clock: Clock;
  verifier: TokenVerifier;
  sessions: SessionRepository;
  staff: StaffRepository;
  catalog: CatalogCache;
  catalogRepository: CatalogRepository;
  profiles: ProfileService;
}

export function createServices(config: PlatformConfig, clock: Clock = () => new Date()): Services {
  const db = createDocumentClient(config);
  const staff = new StaffRepository(db, config.tableName);
  const catalogRepository = new CatalogRepository(db, config.tableName);
  const catalog = new CatalogCache(catalogRepository);
  return {
    config,
    clock,
    verifier: new TokenVerifier(config.cognito),
    sessions: new SessionRepository(db, config.tableName),
    staff,
    catalog,
    catalogRepository,
    profiles: new ProfileService({ profiles: new ProfileRepository(db, config.tableName), staff, catalog }),
  };
}
