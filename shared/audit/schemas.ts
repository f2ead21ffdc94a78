import * as z from 'zod/mini';
import { meta } from '../http/zod.ts';
import { isCalendarDate } from '../time/calendar.ts';

/**
 * What was done to another person's data. Stable codes: they are stored for two years and appear
 * in exports, so a code is never renamed or reused; new cases get new codes.
 */
export const AUDIT_ACTIONS = [
  /** A volunteer profile (name, phone, e-mail, availability) read by someone else. */
  'profile.read',
  /** Safeguarding facts (§72a SGB VIII) read by staff. */
  'safeguarding.read',
  /** Safeguarding facts recorded by staff. */
  'safeguarding.record',
  /** A need's candidate list (first names, languages, reasons) read by its manager. */
  'candidates.read',
  /** Matches (first name, languages, state) read by a manager or an initiative. */
  'match.read',
  /** A manager invites a volunteer (their profile is checked against the need). */
  'match.invite',
  /** A manager confirms, declines, cancels or records completed / no-show. */
  'match.update',
  /** An initiative confirms a match or raises a concern about it. */
  'match.review',
  /** Staff accounts (e-mail, role, assignment) listed to an admin. */
  'staff.read',
  /** An admin invites a staff account. */
  'staff.invite',
  /** An admin sets a manager's quarters. */
  'staff.quarters',
  /** An admin sets an initiative member's initiative. */
  'staff.initiative',
  /** An admin links an initiative to a need: its accepted volunteers become visible to it. */
  'initiative.link',
  /** An admin views audit entries about a person (or by a person). */
  'audit.read',
  /** An admin changes or withdraws a staff account's role. */
  'staff.role',
  /** An admin deactivates a staff account (its sessions end) or reactivates it. */
  'staff.deactivate',
  'staff.reactivate',
  /** An admin sends an invited account a new temporary password. */
  'staff.reinvite',
  /** A need's manager is shown the e-mail and phone of a volunteer invited to or accepted on it. */
  'contact.read',
  /** A manager or admin downloads matches or hours that name the volunteer (spreadsheet export). */
  'export.read',
  /** A manager or admin imports volunteers from a spreadsheet: a profile (and an account) made for each. */
  'import.write',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** Through which route: method and route pattern (`/api/volunteers/:volunteerId`), never a query or body. */
export interface Via {
  method: string;
  route: string;
}

/** One entry of the audit trail: who did what to whose data, when, through which route. */
export const AuditEntry = meta(
  z.object({
    entryId: z.string(),
    at: meta(z.string(), { description: 'ISO 8601 instant' }),
    actorId: z.string(),
    actorRoles: meta(z.array(z.string()), { description: "The actor's roles at the time" }),
    subjectId: meta(z.string(), { description: 'Whose data' }),
    action: AuditAction,
    method: z.string(),
    route: meta(z.string(), { description: 'Route pattern, e.g. /api/volunteers/:volunteerId' }),
    expiresAt: meta(z.number().check(z.int()), { description: 'Epoch seconds; deleted after (two years)' }),
  }),
  { id: 'AuditEntry' },
);
export type AuditEntry = z.infer<typeof AuditEntry>;

const PERSON = z.string().check(z.trim(), z.maxLength(64), z.regex(/^[A-Za-z0-9-]{1,64}$/));
const DAY = z.string().check(z.refine(isCalendarDate, { message: 'Use a date YYYY-MM-DD' }));
const CURSOR = z.string().check(z.maxLength(2000), z.regex(/^[A-Za-z0-9_-]+$/));

/** Filters of the audit view (API query and page form): all optional, combined with AND. */
export const AuditQuery = z
  .strictObject({
    subjectId: meta(z.optional(PERSON), { description: 'Entries about this person' }),
    actorId: meta(z.optional(PERSON), { description: 'Entries by this person' }),
    from: meta(z.optional(DAY), { description: 'First day (Europe/Berlin), inclusive' }),
    to: meta(z.optional(DAY), { description: 'Last day (Europe/Berlin), inclusive' }),
    limit: meta(z.optional(z.coerce.number().check(z.int(), z.gte(1), z.lte(50))), {
      description: 'Entries per page (25)',
    }),
    cursor: meta(z.optional(CURSOR), { description: 'The `next` of the previous page' }),
  })
  .check(
    z.refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
      path: ['to'],
      message: 'The period ends before it starts',
    }),
  );
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = meta(
  z.object({
    entries: z.array(AuditEntry),
    next: meta(z.optional(z.string()), { description: 'Cursor of the next page; absent on the last page' }),
  }),
  { id: 'AuditPage' },
);
export type AuditPage = z.infer<typeof AuditPage>;
