import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

// zod/mini sets no locale: without English every message would read "Invalid input", and the
// 400s name each field's message. The memoizer is what classic zod installs by default, so that
// schemas parse alike whichever flavour built them.
z.config(en());
z.config({ memoizer: z.memoizer() });

// Schemas import `zod/mini` themselves (`import * as z from 'zod/mini'`), not through this module:
// a re-exported namespace defeats esbuild's tree shaking and brings in every locale (~420 KB).

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

/**
 * Classic zod's `.strict()` for an object zod/mini built from another (`z.extend`, `z.pick`):
 * unknown keys are refused, with the same definition and type as classic's.
 */
export function strict<S extends z.ZodMiniObject>(schema: S): z.ZodMiniObject<S['shape'], z.core.$strict> {
  return z.catchall(schema, z.never()) as unknown as z.ZodMiniObject<S['shape'], z.core.$strict>;
}
