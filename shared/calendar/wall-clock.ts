import type {
  ICalTemporalPlainDateStub,
  ICalTemporalPlainDateTimeStub,
  ICalTemporalZonedDateTimeStub,
} from 'ical-generator';

/** The one zone every time of the platform is in (DESIGN.md: Europe/Berlin wall-clock times). */
export const FEED_TIME_ZONE = 'Europe/Berlin';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/**
 * A Berlin wall-clock date and time in the shape ical-generator accepts for Temporal values.
 * ical-generator formats a plain `Date` (or string) with a TZID through the *process's* local
 * time, so the same need would be written differently on a Lambda (UTC) and on a laptop
 * (Europe/Berlin, where 02:30 on the night clocks go forward does not exist). A wall-clock value
 * is written as it is: `DTSTART;TZID=Europe/Berlin:20270323T150000`, whatever the process's zone.
 * It is only ever put into {@link FEED_TIME_ZONE}; nothing converts it to an instant.
 */
export function wallClock(date: string, minutesOfDay: number): ICalTemporalPlainDateTimeStub {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const hour = Math.floor(minutesOfDay / 60);
  const minute = minutesOfDay % 60;
  const text = `${date}T${pad(hour)}:${pad(minute)}:00`;
  const plainDate: ICalTemporalPlainDateStub = { year, month, day, toJSON: () => date, toString: () => date };
  const plain: ICalTemporalPlainDateTimeStub = {
    year,
    month,
    day,
    hour,
    minute,
    second: 0,
    toJSON: () => text,
    toString: () => text,
    toPlainDate: () => plainDate,
    toZonedDateTime: (timeZone: string) => zoned(timeZone),
  };
  const zoned = (timeZone: string): ICalTemporalZonedDateTimeStub => {
    if (timeZone !== FEED_TIME_ZONE) throw new Error(`Wall-clock times are ${FEED_TIME_ZONE} only, not ${timeZone}`);
    return {
      year,
      month,
      day,
      hour,
      minute,
      second: 0,
      timeZoneId: timeZone,
      toJSON: () => `${text}[${timeZone}]`,
      toString: () => `${text}[${timeZone}]`,
      toPlainDateTime: () => plain,
      withTimeZone: (other: string) => zoned(other),
      toInstant: () => {
        throw new Error('A wall-clock time is never converted to an instant');
      },
    };
  };
  return plain;
}
