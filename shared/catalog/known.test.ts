import { describe, expect, it } from 'vitest';
import { choosableIds, everyEntry } from './known.ts';
import type { Catalog } from './schemas.ts';

const catalog: Catalog = {
  quarters: [],
  venues: [],
  skills: [{ id: 'cooking', de: 'Kochen', en: 'Cooking' }],
  retired: { quarters: [], venues: [], skills: [{ id: 'music', de: 'Musik', en: 'Music' }] },
};

describe('choosableIds', () => {
  it('offers active entries, and retired ones only to data that already has them', () => {
    expect([...choosableIds(catalog, 'skills')]).toEqual(['cooking']);
    expect([...choosableIds(catalog, 'skills', ['music', 'unknown'])].sort()).toEqual(['cooking', 'music']);
  });
  it('finds retired entries for names', () => {
    expect(everyEntry(catalog, 'skills').map((skill) => skill.id)).toEqual(['cooking', 'music']);
  });
});
