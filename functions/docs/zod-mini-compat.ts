import type * as z from 'zod/mini';
import { globalRegistry } from 'zod/mini';
import { checkedBounds } from '../../shared/http/zod.ts';

type Schema = z.core.$ZodType;

/** What zod-to-openapi reads of a schema beyond its `_zod` internals: classic zod's getters. */
const classicReads: Record<string, (schema: Schema) => unknown> = {
  format: (schema) => checkedBounds(schema).format ?? null,
  minLength: (schema) => (schema._zod.traits.has('$ZodString') ? (checkedBounds(schema).minimum ?? null) : undefined),
  maxLength: (schema) => (schema._zod.traits.has('$ZodString') ? (checkedBounds(schema).maximum ?? null) : undefined),
  keyType: (schema) => (schema._zod.def as { keyType?: unknown }).keyType,
  valueType: (schema) => (schema._zod.def as { valueType?: unknown }).valueType,
};

const classicMethods: Record<string, (this: Schema) => unknown> = {
  meta() {
    return globalRegistry.get(this);
  },
  unwrap() {
    return (this._zod.def as { innerType?: unknown }).innerType;
  },
};

function patch(prototype: object): void {
  for (const [key, value] of Object.entries(classicMethods)) {
    if (!(key in prototype)) Object.defineProperty(prototype, key, { value, configurable: true });
  }
  for (const [key, read] of Object.entries(classicReads)) {
    if (!(key in prototype))
      Object.defineProperty(prototype, key, {
        get(this: Schema) {
          return read(this);
        },
        configurable: true,
      });
  }
}

const visited = new WeakSet<object>();

/**
 * Lets zod-to-openapi describe zod/mini schemas as it describes classic ones. It reads a few of
 * classic zod's members (`meta()`, `unwrap()`, `format`, `minLength`, `maxLength` of strings and
 * numbers, `keyType` and `valueType` of records), which zod/mini leaves out; here the class of
 * every zod/mini schema in `schema` gets them, computed from the same internals classic zod
 * computes them from. Classic schemas are left as they are. Only the docs function needs this:
 * validation never reads them.
 */
export function describeLikeClassic(schema: unknown): void {
  if (typeof schema !== 'object' || schema === null || !('_zod' in schema) || visited.has(schema)) return;
  visited.add(schema);
  const prototype = Object.getPrototypeOf(schema) as object;
  if (!('meta' in prototype)) patch(prototype);
  for (const value of Object.values((schema as Schema)._zod.def)) {
    if (Array.isArray(value)) value.forEach(describeLikeClassic);
    else if (value && typeof value === 'object' && !('_zod' in value) && !(value instanceof RegExp))
      Object.values(value).forEach(describeLikeClassic);
    else describeLikeClassic(value);
  }
}
