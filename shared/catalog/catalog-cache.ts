import type { CatalogRepository } from './catalog-repository.ts';
import type { Catalog } from './schemas.ts';

/** How long a warm Lambda keeps the catalogue: an admin's change shows everywhere within this. */
export const CATALOG_MAX_AGE_MS = 60_000;

/**
 * The catalog changes rarely (an admin adds a venue); every request needs it. A warm Lambda
 * keeps it for `maxAgeMs`, so a change shows everywhere within that time; the process that made
 * the change drops its copy at once ({@link invalidate}), so the admin sees it on the next page.
 */
export class CatalogCache {
  private cached: { catalog: Promise<Catalog>; loadedAt: number } | undefined;

  constructor(
    private readonly repository: Pick<CatalogRepository, 'load'>,
    private readonly maxAgeMs = CATALOG_MAX_AGE_MS,
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

  /** Forgets the cached catalogue: the next {@link get} reads the table. */
  invalidate(): void {
    this.cached = undefined;
  }
}
