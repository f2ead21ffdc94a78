import type { FieldIssue } from '../errors/index.ts';
import { isCalendarDate } from '../time/calendar.ts';

/**
 * The issue of an inspection date in the future ("today" is Berlin's date, passed in): none for a
 * date that is not a calendar date (the schema names that). Pages ask it beside the schema, so a
 * future date is reported with every other mistake at once, not after they are fixed.
 */
export function futureInspection(inspectedOn: string, today: string): FieldIssue[] {
  if (!isCalendarDate(inspectedOn) || inspectedOn <= today) return [];
  return [{ path: 'inspectedOn', code: 'in_future', message: 'The inspection cannot be in the future' }];
}
