/**
 * Reads a feed back with ical.js — an independent parser, not the library that wrote it — so a
 * round trip proves what a calendar program would see: every date (the rule expanded, minus
 * EXDATE), its Berlin wall-clock time and its UTC instant, UID, SEQUENCE and STATUS.
 */
import ICAL from 'ical.js';

export interface ParsedOccurrence {
  /** Berlin wall clock, `2027-03-23T15:00:00`. */
  start: string;
  end: string;
  /** The instant, `2027-03-23T14:00:00.000Z`. */
  utcStart: string;
}

export interface ParsedEvent {
  uid: string;
  sequence: number;
  status: string;
  summary: string;
  location: string;
  description: string;
  url: string;
  tzid: string;
  rrule: string | undefined;
  exdates: string[];
  occurrences: ParsedOccurrence[];
}

export interface ParsedFeed {
  name: string | undefined;
  timezones: string[];
  events: ParsedEvent[];
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export function parseFeed(ics: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const timezones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of timezones) ICAL.TimezoneService.register(zone);
  const events = calendar.getAllSubcomponents('vevent').map((component): ParsedEvent => {
    const event = new ICAL.Event(component);
    const occurrences: ParsedOccurrence[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && occurrences.length < 400; next = iterator.next()) {
      const details = event.getOccurrenceDetails(next);
      occurrences.push({
        start: details.startDate.toString(),
        end: details.endDate.toString(),
        utcStart: details.startDate.toJSDate().toISOString(),
      });
    }
    return {
      uid: event.uid,
      sequence: event.sequence,
      status: text(component.getFirstPropertyValue('status')),
      summary: event.summary,
      location: event.location,
      description: event.description,
      url: text(component.getFirstPropertyValue('url')),
      tzid: text(component.getFirstProperty('dtstart')?.getParameter('tzid')),
      rrule: component.getFirstPropertyValue('rrule')?.toString(),
      // One EXDATE line may hold several dates.
      exdates: component.getAllProperties('exdate').flatMap((property) => property.getValues().map(text)),
      occurrences,
    };
  });
  return {
    name: text(calendar.getFirstPropertyValue('x-wr-calname')) || undefined,
    timezones: timezones.map((zone) => text(zone.getFirstPropertyValue('tzid'))),
    events,
  };
}
