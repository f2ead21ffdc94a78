/**
 * Which scheduled notices a step puts into and takes out of the schedule (pure: "now" is passed
 * in). The due times of reminders, invitation warnings and shortage warnings are computed from the
 * need's dates alone, so a later step can compute the same keys and delete them.
 */
import { occurrences, type Schedule } from '../matching/occurrences.ts';
import { berlinInstant } from '../time/berlin-instant.ts';
import { type DueChanges, type DueNotice, NO_DUE_CHANGES } from './due-notice.ts';

const HOUR = 3_600_000;
export const REMINDER_LEAD_HOURS = 24;
export const EXPIRING_LEAD_HOURS = 24;
export const SHORT_OF_PEOPLE_LEAD_HOURS = 48;
/**
 * Nothing is scheduled closer to now than this. The job reads up to its own "now" and then moves
 * its cursor there: an item due before a run's now, committed after that run read, would never be
 * read. Keeping due times this far ahead of the writer's clock closes that gap (and covers clock
 * differences between Lambdas).
 */
export const SCHEDULE_MARGIN_MINUTES = 5;

/** The dates of a schedule still to start after `now`, each with its start instant. */
function datesAhead(schedule: Schedule, now: Date): { date: string; start: number }[] {
  return occurrences(schedule)
    .map((occurrence) => ({ date: occurrence.date, start: berlinInstant(occurrence.date, occurrence.start).getTime() }))
    .filter((date) => date.start > now.getTime());
}

const iso = (ms: number) => new Date(ms).toISOString();
const margin = (now: Date) => now.getTime() + SCHEDULE_MARGIN_MINUTES * 60_000;

/**
 * A reminder 24 hours (elapsed, not wall clock: across a daylight-saving change that is 23 or 25
 * hours on the clock) before the start of every date still ahead. A date whose reminder time has
 * passed but which has not started yet — accepted less than 24 hours before — still gets one, a
 * few minutes from now: someone who commits to tomorrow morning tonight expects the same reminder
 * as everyone else, not silence. Such a catch-up is due at a time only known now, so a withdrawal
 * cannot compute its key; it is left to fire, and the notifier sends reminders only for matches
 * still accepted.
 */
export function remindersToPut(
  match: { needId: string; volunteerId: string; schedule: Schedule; dates?: readonly string[] | undefined },
  now: Date,
): DueNotice[] {
  const earliest = margin(now);
  // A series accepted with absences: only the dates the volunteer comes to.
  const coming = match.dates && new Set(match.dates);
  return datesAhead(match.schedule, now).flatMap(({ date, start }) => {
    if (coming && !coming.has(date)) return [];
    const due = Math.max(start - REMINDER_LEAD_HOURS * HOUR, earliest);
    if (due >= start) return [];
    return [{ kind: 'reminder' as const, needId: match.needId, volunteerId: match.volunteerId, date, dueAt: iso(due) }];
  });
}

/**
 * The reminders of a commitment that ends now (withdrawn, cancelled, released at erasure): the
 * regular key of every date, those already past too — their items outlive their due time by a
 * few days, and an erased volunteer's id must not linger in them. At most 53 deletes.
 */
export function remindersToRemove(match: { needId: string; volunteerId: string; schedule: Schedule }): DueNotice[] {
  return occurrences(match.schedule).map(({ date, start }) => ({
    kind: 'reminder' as const,
    needId: match.needId,
    volunteerId: match.volunteerId,
    date,
    dueAt: iso(berlinInstant(date, start).getTime() - REMINDER_LEAD_HOURS * HOUR),
  }));
}

/** The regular reminder of one date (an absence declared for it): its key, to delete. */
export function reminderToRemove(
  match: { needId: string; volunteerId: string; schedule: Schedule },
  date: string,
): DueNotice[] {
  return remindersToRemove(match).filter((reminder) => reminder.date === date);
}

/**
 * The warning 24 hours before an invitation expires; none to put when that is already (nearly)
 * past. To remove (the invitation answered or ended), its key whenever it was due.
 */
export function expiringWarning(
  match: { needId: string; volunteerId: string; inviteExpiresAt: string },
  now: Date,
  options: { toRemove?: boolean } = {},
): DueNotice[] {
  const due = Date.parse(match.inviteExpiresAt) - EXPIRING_LEAD_HOURS * HOUR;
  if (!options.toRemove && due <= margin(now)) return [];
  const { needId, volunteerId, inviteExpiresAt } = match;
  return [{ kind: 'invitationExpiring', needId, volunteerId, inviteExpiresAt, dueAt: iso(due) }];
}

/**
 * The manager's warning 48 hours before every date still ahead, should places still be open
 * then (the notifier checks). Written again on every edit of an open need: the same key for the
 * same date, so a Put is idempotent. Dates an edit removed keep their item; the notifier finds
 * the date no longer among the need's dates and sends nothing.
 */
export function shortOfPeopleWarnings(need: { needId: string; status: string; schedule: Schedule }, now: Date) {
  if (need.status !== 'open') return [];
  const earliest = margin(now);
  return datesAhead(need.schedule, now).flatMap(({ date, start }): DueNotice[] => {
    const due = start - SHORT_OF_PEOPLE_LEAD_HOURS * HOUR;
    if (due <= earliest) return [];
    return [{ kind: 'needShortOfPeople', needId: need.needId, date, dueAt: iso(due) }];
  });
}

/**
 * The schedule changes of one match step, from the state before (effective: an invitation past
 * its expiry counts as `expired`) to the status after: reminders when it becomes accepted, and
 * out again when an acceptance ends; the invitation's warning when invited, out again when the
 * invitation is answered or withdrawn.
 */
export function matchStepNotices(
  step: {
    before: string;
    after: string;
    schedule: Schedule;
    previous?: { needId: string; volunteerId: string; inviteExpiresAt?: string | undefined } | undefined;
    next: {
      needId: string;
      volunteerId: string;
      inviteExpiresAt?: string | undefined;
      /** Once accepted: the dates the volunteer comes to (reminders for those only). */
      dates?: readonly string[] | undefined;
    };
  },
  now: Date,
): DueChanges {
  if (step.before === step.after) return NO_DUE_CHANGES;
  const { next, previous, schedule } = step;
  const put: DueNotice[] = [];
  const remove: DueNotice[] = [];
  if (step.after === 'accepted') put.push(...remindersToPut({ ...next, schedule }, now));
  if (step.before === 'accepted') remove.push(...remindersToRemove({ ...next, schedule }));
  if (step.after === 'invited' && next.inviteExpiresAt)
    put.push(...expiringWarning({ ...next, inviteExpiresAt: next.inviteExpiresAt }, now));
  if (step.before === 'invited' && previous?.inviteExpiresAt)
    remove.push(
      ...expiringWarning({ ...previous, inviteExpiresAt: previous.inviteExpiresAt }, now, { toRemove: true }),
    );
  return { put, remove };
}
