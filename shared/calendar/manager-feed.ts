import { occurrences } from '../matching/occurrences.ts';
import type { Need } from '../needs/schemas.ts';
import { berlinDate } from '../time/calendar.ts';
import { fillText } from '../web/format.ts';
import { type FeedContext, keepCancelled, locationText } from './feed-context.ts';
import { type FeedEvent, UID_DOMAIN } from './feed-event.ts';

/** The UID of a need in the managers' feeds: one per need, for good. */
export const needUid = (needId: string) => `need-${needId}@${UID_DOMAIN}`;

/** Seconds from here: SEQUENCE stays a small non-negative integer for decades. */
const SEQUENCE_EPOCH = Date.parse('2026-01-01T00:00:00Z');

/**
 * The SEQUENCE of a need in a manager's feed. Its fill status is part of what the event says, and
 * a place taken or given back changes the need's `updatedAt` but not its `version`; so the
 * sequence is the seconds from a fixed epoch to `updatedAt`, which every change of the need moves
 * forward (edits, status, places taken), and never below the version.
 */
export function needSequence(need: Pick<Need, 'version' | 'updatedAt'>): number {
  return Math.max(need.version, Math.floor((Date.parse(need.updatedAt) - SEQUENCE_EPOCH) / 1000));
}

/**
 * The events of a manager's feed: the needs of their quarters except drafts, with the fill status
 * in the summary ("Hausaufgabenhilfe (2/3)") and the description ("2 von 3 Plätzen vergeben");
 * cancelled needs as STATUS:CANCELLED for a while. Pure.
 */
export function managerFeedEvents(needs: readonly Need[], context: FeedContext): FeedEvent[] {
  const today = berlinDate(context.now);
  const events: FeedEvent[] = [];
  for (const need of needs) {
    if (need.status === 'draft') continue;
    const dates = occurrences(need.schedule);
    const cancelled = need.status === 'cancelled';
    if (cancelled && !keepCancelled(need.updatedAt, dates.at(-1)?.date, today, context.now)) continue;
    const url = `${context.baseUrl}/manage/needs/${need.needId}`;
    const fill = fillText(context.t, need);
    events.push({
      uid: needUid(need.needId),
      sequence: needSequence(need),
      cancelled,
      repeat: need.schedule.kind,
      occurrences: dates,
      summary: cancelled
        ? context.t('calendarCancelledSummary', { title: need.title })
        : context.t('calendarNeedSummary', { title: need.title, n: need.acceptedCount, places: need.places }),
      location: locationText(context, need.venueId, need.quarterId),
      description: [
        `${fill} · ${context.t(`needStatus_${need.status}`)}`,
        need.description,
        context.t('calendarDetailsAt', { url }),
      ]
        .filter((part) => part !== '')
        .join('\n\n'),
      url,
      updatedAt: need.updatedAt,
    });
  }
  return events;
}
