import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from './item-types.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `type: '…'` literals that are not table items (OpenAPI security schemes and header schemas, Intl options). */
const NOT_ITEMS: Record<string, string[]> = {
  'functions/docs/openapi.ts': ['http', 'apiKey', 'string'],
  'shared/i18n/display-names.ts': ['language'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test-support' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every item type written by app code: `type: 'X'` in an item, or `':type': 'X'` in an update. */
function writtenTypes(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of [...sourceFiles(join(ROOT, 'shared')), ...sourceFiles(join(ROOT, 'functions'))]) {
    const name = relative(ROOT, file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:\btype|':type')\s*:\s*'([^']+)'/g)) {
      const type = match[1] as string;
      if (NOT_ITEMS[name]?.includes(type)) continue;
      found.set(type, [...(found.get(type) ?? []), name]);
    }
  }
  return found;
}

describe('item type registry', () => {
  const written = writtenTypes();

  it('lists every item type app code writes, with a decision for export and erasure', () => {
    const missing = [...written.keys()].filter((type) => !Object.hasOwn(ITEM_TYPES, type));
    expect(missing, `add to shared/privacy/item-types.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('lists no type that nothing writes (a stale entry would hide a renamed one)', () => {
    expect(Object.keys(ITEM_TYPES).filter((type) => !written.has(type))).toEqual([]);
  });

  it('finds the types it must (the scan itself works)', () => {
    for (const type of ['VolunteerProfile', 'UserSession', 'AccountActivity', 'CatalogEntry'])
      expect(written.has(type), type).toBe(true);
  });
});
