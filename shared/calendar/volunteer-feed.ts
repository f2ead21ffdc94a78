import { onDateSchedule } from '../matches/cover.ts';
import { comingDates } from '../matches/roster.ts';
import type { Match, MatchStatus } from '../matches/schemas.ts';
import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { berlinDate } from '../time/calendar.ts';
import { type FeedContext, keepCancelled, locationText } from './feed-context.ts';
import { type FeedEvent, UID_DOMAIN } from './feed-event.ts';

/** Commitments a volunteer has (or had, for past dates): shown as confirmed. */
const COMMITTED: readonly MatchStatus[] = ['accepted', 'completed', 'no_show'];
/** Commitments that ended before their dates: shown as cancelled, so calendars remove them. */
const ENDED: readonly MatchStatus[] = ['withdrawn', 'cancelled'];

export interface Commitment {
  match: Match;
  /** The need as it is now (title, place, schedule, status); absent if it is gone. */
  need: Need | undefined;
  /** For an ended match: whether it had been accepted (only then was it ever in a calendar). */
  wasAccepted?: boolean;
}

/** The UID of a volunteer's commitment to a need: one per need and person, for good. */
export const commitmentUid = (needId: string, volunteerId: string, date?: string) =>
  `commitment-${needId}-${volunteerId}${date === undefined ? '' : `-${date}`}@${UID_DOMAIN}`;

/**
 * The events of a volunteer's feed: their accepted (and completed) commitments, and those that
 * ended (withdrawn, cancelled, or the need cancelled) as STATUS:CANCELLED for a while. SEQUENCE is
 * the need's version plus the match's: both only grow, and every change of the need (title, time,
 * place, status) or of the commitment (withdrawn, cancelled) moves one of them. Pure.
 */
export function volunteerFeedEvents(commitments: readonly Commitment[], context: FeedContext): FeedEvent[] {
  const today = berlinDate(context.now);
  const events: FeedEvent[] = [];
  for (const { match, need, wasAccepted } of commitments) {
    const committed = COMMITTED.includes(match.status);
    if (!committed && !(ENDED.includes(match.status) && wasAccepted)) continue;
    const needSchedule = need?.schedule ?? match.schedule;
    // Cover is one date of the series: an event of its own on that date.
    const schedule = match.date === undefined ? needSchedule : onDateSchedule(needSchedule, match.date);
    const all = occurrences(schedule);
    // Only the dates the volunteer comes to: absent dates become EXDATEs, a series accepted after
    // its first date starts at the first date they come to.
    const coming = new Set(comingDates(match, needSchedule));
    const theirs = all.filter((occurrence) => coming.has(occurrence.date));
    // Absent from every date: nothing left to come to, so calendars remove it.
    const dates = theirs.length > 0 ? theirs : all;
    const cancelled = !committed || need?.status === 'cancelled' || theirs.length === 0;
    const updatedAt = [match.updatedAt, need?.updatedAt ?? ''].sort().at(-1) as string;
    if (cancelled && !keepCancelled(updatedAt, dates.at(-1)?.date, today, context.now)) continue;
    const title = need?.title ?? match.needTitle;
    const url = `${context.baseUrl}/dashboard#need-${match.needId}`;
    events.push({
      uid: commitmentUid(match.needId, match.volunteerId, match.date),
      sequence: (need?.version ?? 0) + match.version,
      cancelled,
      repeat: schedule.kind,
      occurrences: dates,
      summary: cancelled ? context.t('calendarCancelledSummary', { title }) : title,
      location: locationText(context, need?.venueId ?? match.venueId, need?.quarterId ?? match.quarterId),
      description: [
        cancelled ? context.t('calendarCommitmentEnded') : context.t('calendarCommitmentConfirmed'),
        need?.description ?? '',
        context.t('calendarDetailsAt', { url }),
      ]
        .filter((part) => part !== '')
        .join('\n\n'),
      url,
      updatedAt,
    });
  }
  return events;
}
