import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus } from 'ical-generator';
import type { FeedEvent } from './feed-event.ts';
import { weeklyRule } from './recurrence.ts';
import { BERLIN_VTIMEZONE } from './vtimezone.ts';
import { FEED_TIME_ZONE, wallClock } from './wall-clock.ts';

/** How often a subscribed calendar should fetch the feed again (REFRESH-INTERVAL). */
const REFRESH_SECONDS = 60 * 60;

/**
 * Writes a feed as iCalendar text (RFC 5545) with ical-generator: every time with
 * `TZID=Europe/Berlin` and that zone's VTIMEZONE; a weekly event as one VEVENT with
 * `RRULE:FREQ=WEEKLY;UNTIL=…` and an EXDATE for each date in the rule's range that does not
 * happen. Pure: `now` is the DTSTAMP.
 */
export function buildCalendar(name: string, events: readonly FeedEvent[], now: Date): string {
  // No calendar-wide zone: DTSTAMP and UNTIL are then written in UTC (as RFC 5545 asks for
  // UNTIL with a zoned DTSTART); the generator still adds the VTIMEZONE the events name.
  const calendar = ical({ name, method: ICalCalendarMethod.PUBLISH, ttl: REFRESH_SECONDS });
  calendar.prodId({ company: 'Quartiershilfe Wuppertal', product: 'Kalender', language: 'DE' });
  calendar.timezone({ name: null, generator: (zone) => (zone === FEED_TIME_ZONE ? BERLIN_VTIMEZONE : null) });
  for (const event of events) {
    const first = event.occurrences[0];
    if (!first) continue;
    const created = calendar.createEvent({
      id: event.uid,
      sequence: event.sequence,
      stamp: now,
      lastModified: new Date(event.updatedAt),
      timezone: FEED_TIME_ZONE,
      start: wallClock(first.date, first.start),
      end: wallClock(first.date, first.end),
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: event.url,
      status: event.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (event.repeat === 'weekly') {
      const rule = weeklyRule(event.occurrences.map((occurrence) => occurrence.date));
      created.repeating({
        freq: ICalEventRepeatingFreq.WEEKLY,
        // The end of the last date in UTC: after its start whatever the time of day (Berlin is
        // ahead of UTC), and six days before the next date the rule would give.
        until: new Date(`${rule.until}T23:59:59Z`),
        // Only when there are any: ical-generator writes an empty EXDATE line for an empty list.
        ...(rule.exceptions.length > 0 && { exclude: rule.exceptions.map((date) => wallClock(date, first.start)) }),
      });
    }
  }
  return calendar.toString();
}
