import { describe, expect, it } from 'vitest';
import { auditEntries, auditExpiry, isKept, retentionStart } from './audit-entry.ts';

const NOW = new Date('2026-11-24T10:00:00.000Z');
const manager = { userId: 'manager-1', roles: ['manager' as const, 'admin' as const] };
const via = { method: 'get', route: '/api/volunteers/:volunteerId' };
let n = 0;
const ids = () => `id-${++n}`;

describe('auditEntries', () => {
  it('makes one entry per other person, with who, whose, what, when and the route pattern', () => {
    const entries = auditEntries(
      { actor: manager, action: 'profile.read', subjectIds: ['v1', 'v2'], via, now: NOW },
      ids,
    );
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      actorId: 'manager-1',
      actorRoles: ['admin', 'manager'],
      subjectId: 'v1',
      action: 'profile.read',
      method: 'GET',
      route: '/api/volunteers/:volunteerId',
      at: NOW.toISOString(),
      expiresAt: Date.parse('2028-11-24T10:00:00.000Z') / 1000,
    });
    expect(new Set(entries.map((entry) => entry.entryId)).size).toBe(2);
  });

  it("records nothing for the actor's own data and each person once", () => {
    const entries = auditEntries(
      { actor: manager, action: 'match.read', subjectIds: ['manager-1', 'v1', 'v1'], via, now: NOW },
      ids,
    );
    expect(entries.map((entry) => entry.subjectId)).toEqual(['v1']);
    expect(
      auditEntries({ actor: manager, action: 'profile.read', subjectIds: ['manager-1'], via, now: NOW }, ids),
    ).toEqual([]);
  });
});

describe('retention', () => {
  it('keeps entries two years, to the second', () => {
    expect(auditExpiry(NOW).toISOString()).toBe('2028-11-24T10:00:00.000Z');
    expect(retentionStart(NOW).toISOString()).toBe('2024-11-24T10:00:00.000Z');
    const expiresAt = auditExpiry(NOW).getTime() / 1000;
    expect(isKept({ expiresAt }, new Date('2028-11-24T09:59:59.000Z'))).toBe(true);
    expect(isKept({ expiresAt }, new Date('2028-11-24T10:00:00.000Z'))).toBe(false);
  });
});
