import { describe, expect, it } from 'vitest';
import { CatalogCache } from './catalog-cache.ts';
import type { Catalog } from './schemas.ts';

const catalogWith = (name: string): Catalog => ({
  quarters: [{ id: 'hoehe', name, district: 'Elberfeld', programme: 'integration-nrw' }],
  venues: [],
  skills: [],
});

describe('CatalogCache', () => {
  it('keeps the catalogue for its lifetime, and reads again at once after invalidate', async () => {
    let name = 'Höhe';
    let loads = 0;
    const load = async () => {
      loads += 1;
      return catalogWith(name);
    };
    const cache = new CatalogCache({ load }, 60_000);
    expect((await cache.get(0)).quarters[0]?.name).toBe('Höhe');
    name = 'Höhe (neu)';
    expect((await cache.get(59_000)).quarters[0]?.name).toBe('Höhe');
    cache.invalidate();
    expect((await cache.get(59_500)).quarters[0]?.name).toBe('Höhe (neu)');
    expect(loads).toBe(2);
    name = 'later';
    expect((await cache.get(59_500 + 60_001)).quarters[0]?.name).toBe('later');
  });
});
