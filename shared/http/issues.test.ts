import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { safeNext } from '../web/page-context.ts';
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

describe('safeNext', () => {
  it('allows only paths on this site', () => {
    expect(safeNext('/profile?x=1')).toBe('/profile?x=1');
    expect(safeNext('//evil.example')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext(undefined, '/profile')).toBe('/profile');
  });
});
