import type { CatalogRepository } from './catalog-repository.ts';
import type { Catalog } from './schemas.ts';

/**
 * The catalog changes rarely (an admin adds a venue); every request needs it. A warm Lambda
 * keeps it for `maxAgeMs`, so a change shows everywhere within that time.
 */
export class CatalogCache {
  private cached: { catalog: Promise<Catalog>; loadedAt: number } | undefined;

  constructor(
    private readonly repository: CatalogRepository,
    private readonly maxAgeMs = 60_000,
  ) {}

  get(nowMs: number): Promise<Catalog> {
    if (!this.cached || nowMs - this.cached.loadedAt > this.maxAgeMs) {
      const catalog = this.repository.load();
      this.cached = { catalog, loadedAt: nowMs };
      // A failed load must not be cached.
      catalog.catch(() => {
        this.cached = undefined;
      });
    }
    return this.cached.catalog;
  }
}
