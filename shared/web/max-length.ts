import type * as z from 'zod/mini';
import { checkedBounds } from '../http/zod.ts';

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  out?: z.core.$ZodType;
}

/**
 * The longest text a schema accepts (zod's `.max` on a string, through optional, default and
 * pipe), for an input's `maxlength`: the page and the validation then name the same limit.
 */
export function maxLengthOf(schema: z.core.$ZodType | undefined): number | undefined {
  if (!schema) return undefined;
  const def = (schema as unknown as { def: Def }).def;
  if (def.innerType) return maxLengthOf(def.innerType);
  if (def.type === 'pipe') return maxLengthOf(def.in) ?? maxLengthOf(def.out);
  const internals = schema as unknown as z.core.$ZodType;
  return internals._zod.traits.has('$ZodString') ? checkedBounds(internals).maximum : undefined;
}

/** The `maxlength` of each text field of an object schema, by field name. */
export function maxLengths<S extends z.ZodMiniObject>(schema: S): { [K in keyof S['shape']]?: number } {
  return Object.fromEntries(
    Object.entries(schema.shape).map(([name, field]) => [name, maxLengthOf(field as z.core.$ZodType)]),
  ) as { [K in keyof S['shape']]?: number };
}
