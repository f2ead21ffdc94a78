import type { Caller } from '../auth/caller.ts';
import type { AuditAction, AuditEntry, Via } from './schemas.ts';

/** How long entries are kept: two years, then DynamoDB's TTL deletes them (and reads skip them). */
export const AUDIT_RETENTION_YEARS = 2;

/** The instant an entry made at `at` is no longer kept. */
export function auditExpiry(at: Date): Date {
  const expiry = new Date(at.getTime());
  expiry.setUTCFullYear(expiry.getUTCFullYear() + AUDIT_RETENTION_YEARS);
  return expiry;
}

/** The oldest instant whose entries are still kept at `now`. */
export function retentionStart(now: Date): Date {
  const start = new Date(now.getTime());
  start.setUTCFullYear(start.getUTCFullYear() - AUDIT_RETENTION_YEARS);
  return start;
}

/** Whether an entry is still kept at `now` (TTL deletion lags, and DynamoDB Local never deletes). */
export function isKept(entry: Pick<AuditEntry, 'expiresAt'>, now: Date): boolean {
  return entry.expiresAt > Math.floor(now.getTime() / 1000);
}

export interface AuditEvent {
  actor: Caller;
  action: AuditAction;
  /** Whose data; the actor's own id and repeats are dropped. */
  subjectIds: Iterable<string>;
  via: Via;
  now: Date;
}

/**
 * The entries one access makes: one per other person whose data was read or changed, none for
 * the actor's own data. Pure: ids come from `newId`, the time from `now`.
 */
export function auditEntries(event: AuditEvent, newId: () => string): AuditEntry[] {
  const at = event.now.toISOString();
  const expiresAt = Math.floor(auditExpiry(event.now).getTime() / 1000);
  const subjects = new Set(event.subjectIds);
  subjects.delete(event.actor.userId);
  return [...subjects].map((subjectId) => ({
    entryId: newId(),
    at,
    actorId: event.actor.userId,
    actorRoles: [...event.actor.roles].sort(),
    subjectId,
    action: event.action,
    method: event.via.method.toUpperCase(),
    route: event.via.route,
    expiresAt,
  }));
}
