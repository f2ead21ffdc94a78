import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { toFieldIssues } from './issues.ts';

describe('toFieldIssues', () => {
  it('names each unknown key by its full path', () => {
    const schema = z.object({ a: z.object({ b: z.string() }).strict() }).strict();
    const result = schema.safeParse({ a: { b: 'x', c: 1, d: 2 }, e: 3 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(
        toFieldIssues(result.error.issues, ['body'])
          .map((issue) => `${issue.path}:${issue.code}`)
          .sort(),
      ).toEqual(['body.a.c:unknown_field', 'body.a.d:unknown_field', 'body.e:unknown_field']);
    }
  });

  it('calls a missing field required', () => {
    const result = z.object({ name: z.string() }).safeParse({});
    expect(result.success ? [] : toFieldIssues(result.error.issues)).toEqual([
      expect.objectContaining({ path: 'name', code: 'required' }),
    ]);
  });
});
