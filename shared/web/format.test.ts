import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format.ts';

describe('formatDate', () => {
  it('writes a date in the page language', () => {
    expect(formatDate('de', '2026-12-08')).toBe('08.12.2026');
    expect(formatDate('en', '2026-12-08')).toBe('8 Dec 2026');
    expect(formatDate('en', '2027-01-31')).toBe('31 Jan 2027');
  });

  it('shows what is no date as it is', () => {
    expect(formatDate('en', '')).toBe('');
  });

  it('writes an instant as its Berlin date and time', () => {
    expect(formatDateTime('en', '2026-11-27T10:00:00Z')).toBe('27 Nov 2026, 11:00');
    expect(formatDateTime('de', '2026-11-27T10:00:00Z')).toBe('27.11.2026, 11:00');
  });
});
