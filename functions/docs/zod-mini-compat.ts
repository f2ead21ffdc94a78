import * as z from 'zod/mini';
import { checkedBounds } from '../../shared/http/zod.ts';

/** What zod-to-openapi reads of a schema beyond its `_zod` internals: classic zod's getters. */
const classicReads: Record<string, (schema: z.core.$ZodType) => unknown> = {
  format: (schema) => checkedBounds(schema).format ?? null,
  minLength: (schema) => (schema._zod.traits.has('$ZodString') ? (checkedBounds(schema).minimum ?? null) : undefined),
  maxLength: (schema) => (schema._zod.traits.has('$ZodString') ? (checkedBounds(schema).maximum ?? null) : undefined),
};

/**
 * Lets zod-to-openapi describe zod/mini schemas as it describes classic ones. It reads a few of
 * classic zod's members (`meta()`, and `format`, `minLength`, `maxLength` of strings and numbers),
 * which zod/mini leaves out; here each zod/mini schema class gets them, computed from the same
 * internals classic zod computes them from. Only the docs function needs this: validation never
 * reads them. Idempotent.
 */
export function describeZodMiniLikeClassic(): void {
  for (const value of Object.values(z)) {
    if (typeof value !== 'function' || !value.name.startsWith('ZodMini')) continue;
    const prototype = value.prototype as object;
    if (Object.hasOwn(prototype, 'meta')) continue;
    Object.defineProperty(prototype, 'meta', {
      value(this: z.core.$ZodType) {
        return z.globalRegistry.get(this);
      },
      configurable: true,
    });
    for (const [key, read] of Object.entries(classicReads)) {
      Object.defineProperty(prototype, key, {
        get(this: z.core.$ZodType) {
          return read(this);
        },
        configurable: true,
      });
    }
  }
}
