import { describe, expect, it } from 'vitest';
import * as classic from 'zod';
import * as z from 'zod/mini';
import { toFieldIssues } from './issues.ts';
import { checkedBounds, meta } from './zod.ts';

const classicTwin = classic
  .object({
    name: classic.string().trim().min(1).max(5),
    count: classic.number().int().min(1),
    day: classic.iso.date().optional(),
    tags: classic.array(classic.enum(['a', 'b'])).max(1),
  })
  .strict();
const miniTwin = z.strictObject({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(5)),
  count: z.number().check(z.int(), z.gte(1)),
  day: z.optional(z.iso.date()),
  tags: z.array(z.enum(['a', 'b'])).check(z.maxLength(1)),
});

describe('zod/mini as configured here', () => {
  it('reports bad input with the same paths, codes and English messages as classic zod', () => {
    for (const input of [
      { name: ' ', count: 1.5, day: '2026-13-01', tags: ['c', 'a'], extra: 1 },
      { name: 'too long', count: 0, tags: 'a' },
      {},
      null,
    ]) {
      const fromClassic = toFieldIssues(classicTwin.safeParse(input).error?.issues ?? []);
      expect(fromClassic.length).toBeGreaterThan(0);
      expect(toFieldIssues(z.safeParse(miniTwin, input).error?.issues ?? [])).toEqual(fromClassic);
    }
  });

  it('reads bounds and formats from the checks, as classic zod reports them', () => {
    const text = classic.string().trim().min(2).max(9).max(7);
    expect(checkedBounds(text)).toEqual({ minimum: text.minLength, maximum: text.maxLength });
    expect(checkedBounds(z.email().check(z.maxLength(254)))).toEqual({ maximum: 254, format: 'email' });
    expect(checkedBounds(z.number().check(z.int())).format).toBe(classic.number().int().format);
  });

  it('gives a copy its metadata and leaves the original as it was', () => {
    const plain = z.string();
    const described = meta(plain, { description: 'A text' });
    expect(z.globalRegistry.get(described)).toEqual({ description: 'A text' });
    expect(z.globalRegistry.get(plain)).toBeUndefined();
  });
});
