import { describe, expect, it } from 'vitest';
import type { Caller } from '../auth/caller.ts';
import { AlreadyExistsError, ForbiddenError } from '../errors/index.ts';
import { CatalogAdmin } from './catalog-admin.ts';
import type { CatalogEntries, CatalogEntry } from './catalog-entries.ts';

const admin: Caller = { userId: 'admin-1', roles: ['admin'] } as Caller;

/** An in-memory stand-in for the repository's create/entries (the real one is tested against DynamoDB Local). */
function fakeRepository() {
  const entries: CatalogEntries = { quarters: [], venues: [], skills: [] };
  let invalidated = 0;
  return {
    invalidations: () => invalidated,
    cache: {
      invalidate: () => {
        invalidated += 1;
      },
    },
    repository: {
      entries: async () => entries,
      create: async (entry: CatalogEntry) => {
        if (entry.kind !== 'skill') throw new Error('skills only here');
        if (entries.skills.some((skill) => skill.id === entry.value.id)) throw new AlreadyExistsError('Skill');
        entries.skills.push({ ...entry.value, retired: false, version: 1 });
      },
      update: async () => 2,
    },
  };
}

describe('CatalogAdmin', () => {
  it('answers a repeated add with the same entry, another entry under the same id with a conflict', async () => {
    const fake = fakeRepository();
    const catalog = new CatalogAdmin(fake);
    const skill = await catalog.addSkill(admin, { de: 'Nähcafé', en: 'Sewing café' });
    expect(skill).toEqual({ id: 'sewing-cafe', de: 'Nähcafé', en: 'Sewing café', retired: false, version: 1 });
    expect(await catalog.addSkill(admin, { de: 'Nähcafé', en: 'Sewing café' })).toEqual(skill);
    await expect(catalog.addSkill(admin, { de: 'Nähen', en: 'Sewing café' })).rejects.toBeInstanceOf(
      AlreadyExistsError,
    );
    // Each write drops the cached catalogue, failed ones too (they may have raced a change).
    expect(fake.invalidations()).toBe(3);
  });

  it('is for admins only', async () => {
    const manager = { userId: 'm', roles: ['manager'] } as Caller;
    await expect(new CatalogAdmin(fakeRepository()).addSkill(manager, { de: 'X', en: 'X' })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});
