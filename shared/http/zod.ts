import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini sets no locale: without English every message would read "Invalid input", and the
// 400s name each field's message. The memoizer is what classic zod installs by default, so that
// schemas parse alike whichever flavour built them.
z.config(en());
z.config({ memoizer: z.memoizer() });

/**
 * zod/mini, configured as classic zod configures itself. Schemas are built from it rather than
 * from classic `zod`: its library costs a fifth of classic's to load, and a chain of checks
 * (`z.string().check(z.trim(), z.maxLength(80))`) builds one schema instead of one per step.
 */
export { z };

/**
 * Classic zod's `.meta(data)`: a copy of `schema` with `data` as its metadata (OpenAPI `id`,
 * `description`, …), leaving `schema` itself as it was.
 */
export function meta<S extends z.ZodMiniType>(schema: S, data: z.core.GlobalMeta): S {
  const copy = schema.clone() as S;
  z.globalRegistry.add(copy, data);
  return copy;
}

/** What a schema's own checks establish: length bounds of a text, and its format (`email`, `safeint`, …). */
export interface CheckedBounds {
  minimum?: number;
  maximum?: number;
  format?: string;
}

/**
 * A schema's bounds as classic zod reports them (`minLength`, `maxLength`, `format`), read from
 * its checks so that schemas of either flavour answer alike: a format schema (`z.email()`,
 * `z.int()`) is its own first check; the tightest bound wins and the last format.
 */
export function checkedBounds(schema: z.core.$ZodType): CheckedBounds {
  const internals = schema._zod;
  const checks = internals.def.checks ?? [];
  const list = internals.traits.has('$ZodCheck') ? [schema as unknown as z.core.$ZodCheck, ...checks] : checks;
  const bounds: CheckedBounds = {};
  for (const check of list) {
    const def = check._zod.def as {
      check: string;
      minimum?: number;
      maximum?: number;
      length?: number;
      format?: string;
    };
    const min = def.check === 'min_length' ? def.minimum : def.check === 'length_equals' ? def.length : undefined;
    const max = def.check === 'max_length' ? def.maximum : def.check === 'length_equals' ? def.length : undefined;
    if (min !== undefined && (bounds.minimum === undefined || min > bounds.minimum)) bounds.minimum = min;
    if (max !== undefined && (bounds.maximum === undefined || max < bounds.maximum)) bounds.maximum = max;
    if ((def.check === 'string_format' || def.check === 'number_format') && def.format) bounds.format = def.format;
  }
  return bounds;
}
