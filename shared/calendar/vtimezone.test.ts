import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { describe, expect, it } from 'vitest';
import { BERLIN_VTIMEZONE } from './vtimezone.ts';

describe('BERLIN_VTIMEZONE', () => {
  it('is exactly what @touch4it/ical-timezones writes for Europe/Berlin', () => {
    const fromLibrary = getVtimezoneComponent('Europe/Berlin')?.replace(/\r\n/g, '\n').trim();
    expect(BERLIN_VTIMEZONE).toBe(fromLibrary);
  });
});
