import { describe, expect, it } from 'vitest';
import type { IndexedCheck } from './candidate-keys.ts';
import { liveIndexedChecks } from './indexed-checks.ts';

const facts = { inspectedOn: '2026-10-01', issuedOn: '2026-09-15', relevantConviction: false };
const NOW = new Date('2026-11-24T10:00:00Z');
const seconds = (iso: string) => Date.parse(iso) / 1000;

describe('checks carried by pool M items', () => {
  it('count as gone once past their TTL, as the repository reads them (TTL deletion lags)', () => {
    const checks = new Map<string, IndexedCheck>([
      ['live', { ...facts, expiresAt: seconds('2027-01-01T00:00:00Z') }],
      ['expired', { ...facts, expiresAt: seconds('2026-11-24T09:59:59Z') }],
      ['at-now', { ...facts, expiresAt: seconds('2026-11-24T10:00:00Z') }],
      ['no-ttl', facts],
    ]);
    expect([...liveIndexedChecks(checks, NOW).keys()]).toEqual(['live', 'no-ttl']);
  });
});
