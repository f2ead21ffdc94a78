import { CatalogCache } from '../../shared/catalog/catalog-cache.ts';
import { CatalogRepository } from '../../shared/catalog/catalog-repository.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { PLATFORM_CONSTRAINTS } from '../../shared/platform/candidate-projection.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { StatisticsProjector, StatisticsRepository } from '../../shared/statistics/index.ts';
import type { StatisticsDeps } from './consumer.ts';

/** The statistics consumer's dependencies, as the Lambda and the local platform build them. */
export function createStatisticsDeps(config: PlatformConfig, clock: Clock): StatisticsDeps {
  const db = createDocumentClient(config);
  const catalog = new CatalogCache(new CatalogRepository(db, config.tableName));
  return {
    clock,
    projector: new StatisticsProjector({
      db,
      tableName: config.tableName,
      repository: new StatisticsRepository(db, config.tableName),
      catalog: (now) => catalog.get(now.getTime()),
      policy: PLATFORM_CONSTRAINTS.policy,
      noShowWindowDays: config.noShowWindowDays,
    }),
  };
}
