import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/index.ts';
import { auditItems, decodeCursor, encodeCursor, entryOf } from './audit-keys.ts';
import type { AuditEntry } from './schemas.ts';

const entry: AuditEntry = {
  entryId: '6f1c2a9e-2b7d-4a51-9a55-0c1d2e3f4a5b',
  at: '2026-11-24T10:00:00.000Z',
  actorId: 'manager-1',
  actorRoles: ['manager'],
  subjectId: 'volunteer-1',
  action: 'profile.read',
  method: 'GET',
  route: '/api/volunteers/:volunteerId',
  expiresAt: 1858413600,
};

describe('audit items', () => {
  it('are two, both under AUDIT#: by subject (with the month in GSI1) and by actor', () => {
    const [bySubject, byActor] = auditItems(entry);
    expect(bySubject).toMatchObject({
      PK: 'AUDIT#SUBJECT#volunteer-1',
      SK: `2026-11-24T10:00:00.000Z#${entry.entryId}`,
      GSI1PK: 'AUDIT#MONTH#2026-11',
      GSI1SK: `2026-11-24T10:00:00.000Z#${entry.entryId}`,
      expiresAt: entry.expiresAt,
    });
    expect(byActor).toMatchObject({ PK: 'AUDIT#ACTOR#manager-1', SK: bySubject?.SK });
    expect(byActor).not.toHaveProperty('GSI1PK');
    expect(entryOf(bySubject ?? {})).toEqual(entry);
  });
});

describe('cursor', () => {
  it('round-trips', () => {
    const cursor = { sortKey: `${entry.at}#${entry.entryId}`, subjectId: 'volunteer-1' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor(encodeCursor({ sortKey: cursor.sortKey }))).toEqual({
      sortKey: cursor.sortKey,
      subjectId: undefined,
    });
  });

  it('refuses anything it did not write, as a validation error', () => {
    for (const text of [
      '',
      'abc',
      Buffer.from('x|y|z').toString('base64url'),
      Buffer.from(`${entry.at}#a|b#c`).toString('base64url'),
    ]) {
      expect(() => decodeCursor(text), text).toThrow(ValidationError);
    }
  });
});
