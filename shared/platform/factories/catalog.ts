import { CatalogCache } from '../../catalog/catalog-cache.ts';
import { CatalogRepository } from '../../catalog/catalog-repository.ts';
import type { Wired } from '../wire.ts';

export const catalogRepository = (w: Pick<Wired, 'db' | 'config'>) => new CatalogRepository(w.db, w.config.tableName);

export const catalog = (w: Pick<Wired, 'catalogRepository'>) => new CatalogCache(w.catalogRepository);
