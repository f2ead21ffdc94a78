import { randomUUID } from 'node:crypto';
import { type Caller, hasRole } from '../auth/caller.ts';
import { ForbiddenError } from '../errors/index.ts';
import { type AuditEvent, auditEntries } from './audit-entry.ts';
import { decodeCursor, encodeCursor } from './audit-keys.ts';
import type { AuditRepository } from './audit-repository.ts';
import { periodSpan } from './period.ts';
import type { AuditAction, AuditPage, AuditQuery, Via } from './schemas.ts';

/** What services need of the trail: record an access to other people's data. */
export interface AuditRecorder {
  /**
   * Records that `actor` read or changed the data of `subjectIds` (their own is skipped).
   * Resolves only once every entry is stored: callers hand out the data after it, and a failure
   * fails their request.
   */
  record(actor: Caller, action: AuditAction, subjectIds: Iterable<string>, via: Via, now: Date): Promise<void>;
}

const DEFAULT_PAGE = 25;

/**
 * The audit trail: services record every read or change of another person's data through it,
 * and admins page through it by person, actor and period.
 */
export class AuditTrail implements AuditRecorder {
  constructor(private readonly deps: { repository: AuditRepository; newId?: () => string }) {}

  async record(actor: Caller, action: AuditAction, subjectIds: Iterable<string>, via: Via, now: Date): Promise<void> {
    const event: AuditEvent = { actor, action, subjectIds, via, now };
    const entries = auditEntries(event, this.deps.newId ?? randomUUID);
    if (entries.length > 0) await this.deps.repository.append(entries);
  }

  /**
   * A page of the trail for an admin, newest first. Viewing it is itself recorded
   * (`audit.read`): who looked at whose history is as much an access to personal data as the
   * history itself — once per person whose entries the page shows, and the filtered actor.
   */
  async list(caller: Caller, query: AuditQuery, via: Via, now: Date): Promise<AuditPage> {
    if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admins only');
    const page = await this.deps.repository.page(
      {
        subjectId: query.subjectId,
        actorId: query.actorId,
        span: periodSpan(query, now),
        limit: query.limit ?? DEFAULT_PAGE,
        after: query.cursor === undefined ? undefined : decodeCursor(query.cursor),
      },
      now,
    );
    const shown = new Set(page.entries.map((entry) => entry.subjectId));
    if (query.subjectId !== undefined) shown.add(query.subjectId);
    if (query.actorId !== undefined) shown.add(query.actorId);
    await this.record(caller, 'audit.read', shown, via, now);
    return { entries: page.entries, ...(page.next && { next: encodeCursor(page.next) }) };
  }
}
