import { describe, expect, it } from 'vitest';
import { HOSTILE_NEXT } from '../../test/support/hostile-next.ts';
import { afterSignIn, allowedNext, startPageOf } from './start-page.ts';

describe('start pages', () => {
  it('sends each role to its own start page', () => {
    expect(startPageOf(['volunteer'])).toBe('/dashboard');
    expect(startPageOf(['manager'])).toBe('/manage');
    expect(startPageOf(['initiative'])).toBe('/initiative');
    expect(startPageOf(['admin'])).toBe('/admin');
    expect(startPageOf(['manager', 'admin'])).toBe('/admin');
    expect(startPageOf([])).toBe('/');
  });

  it('follows a next into the signed-in areas, re-serialised', () => {
    expect(afterSignIn('/manage/needs/abc?notice=saved', ['manager'])).toBe('/manage/needs/abc?notice=saved');
    expect(afterSignIn('/profile', ['volunteer'])).toBe('/profile');
    expect(afterSignIn('/settings/notifications', ['admin'])).toBe('/settings/notifications');
    expect(afterSignIn('/dashboard?x=1', ['volunteer'])).toBe('/dashboard?x=1');
    expect(afterSignIn('/admin/../manage', ['admin'])).toBe('/manage');
  });

  it('leads to the start page for any other path of the site', () => {
    for (const next of [
      '/',
      '/signin',
      '/signin?next=%2Fprofile',
      '/lang/en',
      '/profiles',
      '/managed',
      '/dev/outbox',
    ]) {
      expect(allowedNext(next), next).toBe('');
      expect(afterSignIn(next, ['volunteer']), next).toBe('/dashboard');
    }
  });

  it.each(HOSTILE_NEXT)('refuses %j', (next) => {
    expect(allowedNext(next)).toBe('');
    expect(afterSignIn(next, ['manager'])).toBe('/manage');
  });
});
