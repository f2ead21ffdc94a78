import { describe, expect, it } from 'vitest';
import { HOSTILE_NEXT } from '../../test/support/hostile-next.ts';
import { safeNext } from './safe-next.ts';

/** Where a browser goes when it follows `Location: <value>` from a page of this site. */
const resolved = (location: string) => new URL(location, 'http://localhost').origin;

describe('safeNext', () => {
  it('keeps paths on this site, re-serialised', () => {
    expect(safeNext('/profile')).toBe('/profile');
    expect(safeNext('/profile?x=1')).toBe('/profile?x=1');
    expect(safeNext('/manage/needs/abc?notice=saved&n=2')).toBe('/manage/needs/abc?notice=saved&n=2');
    expect(safeNext('/signin?next=%2Fprofile')).toBe('/signin?next=%2Fprofile');
    expect(safeNext('/a/./b/../c')).toBe('/a/c');
    expect(safeNext('/profile#section')).toBe('/profile');
    expect(safeNext('/straße')).toBe('/stra%C3%9Fe');
  });

  it('falls back when there is nothing', () => {
    expect(safeNext(undefined, '/profile')).toBe('/profile');
    expect(safeNext('', '/profile')).toBe('/profile');
  });

  it.each(HOSTILE_NEXT)('refuses %j', (next) => {
    expect(safeNext(next, '/fallback')).toBe('/fallback');
  });

  it('answers only values a browser resolves to this site and a header can carry', () => {
    const samples = [...HOSTILE_NEXT, '/ok', '/a//b', '/a?b=//c', '/%7E', '/?', '/#x'];
    for (const next of samples) {
      const location = safeNext(next);
      expect(resolved(location), next).toBe('http://localhost');
      expect(() => new Headers({ location }), next).not.toThrow();
      expect(location, next).toMatch(/^\/(?![/\\])[\x21-\x7e]*$/);
    }
  });
});
