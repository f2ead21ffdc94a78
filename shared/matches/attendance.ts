/**
 * Attendance per date (DESIGN.md, "Series and cover"): a date a volunteer is committed to counts
 * as completed once its time window has ended, unless a manager marks it a no-show within a
 * configurable number of days after it. Marking (and undoing, "came after all") is a match step on
 * one date; the match keeps its state, only its list of no-show dates changes. Pure.
 */
import { type Occurrence, occurrences } from '../matching/occurrences.ts';
import { berlinInstant } from '../time/berlin-instant.ts';
import { addDays } from '../time/calendar.ts';
import type { MatchState } from './lifecycle.ts';
import { comingDates, type DatedMatch } from './roster.ts';
import type { Match } from './schemas.ts';
import type { NeedFacts, StepDates, StepDecision } from './step-decision.ts';

/** NO_SHOW_WINDOW_DAYS when not configured. */
export const DEFAULT_NO_SHOW_WINDOW_DAYS = 7;

/** The steps that concern one date's attendance. */
export const ATTENDANCE_ACTIONS = ['no_show', 'came'] as const;
export type AttendanceAction = (typeof ATTENDANCE_ACTIONS)[number];
export const isAttendanceAction = (action: string): action is AttendanceAction =>
  (ATTENDANCE_ACTIONS as readonly string[]).includes(action);

/**
 * When a date's no-show can be marked or undone: from the end of its time window until the same
 * wall-clock time `windowDays` days later (Berlin; a daylight-saving change moves nothing).
 */
export function noShowWindow(occurrence: Occurrence, windowDays: number): { opens: Date; closes: Date } {
  return {
    opens: berlinInstant(occurrence.date, occurrence.end),
    closes: berlinInstant(addDays(occurrence.date, windowDays), occurrence.end),
  };
}

/** The date a step concerns: the one named, or a one-off need's only date. */
export function concernedDate(schedule: NeedFacts['schedule'], dates: StepDates): string | undefined {
  if (dates.kind === 'occurrence') return dates.date;
  return schedule.kind === 'once' ? schedule.date : undefined;
}

/**
 * The occurrences of a match the volunteer comes to: its dates less absences, or a cover match's
 * one date (the ledger's commitment is what a write checks).
 */
export function committedOccurrences(match: Pick<Match, 'schedule'> & DatedMatch): Occurrence[] {
  const coming = new Set(comingDates(match, match.schedule));
  return occurrences(match.schedule).filter((occurrence) => coming.has(occurrence.date));
}

/**
 * Whether a manager may mark a date as no-show (`no_show`) or undo that (`came`) now. Called by
 * decideStep once the state allows the step; the order of the checks is the order of the errors:
 * a date is needed, it must be one of the need's, its window must have ended and not be over.
 */
export function decideAttendance(
  action: AttendanceAction,
  situation: {
    match: { noShows?: string[] | undefined } | undefined;
    need: Pick<NeedFacts, 'schedule'>;
    dates: StepDates;
    now: Date;
    noShowWindowDays?: number | undefined;
  },
  current: MatchState,
): StepDecision {
  const refused = (reason: Extract<StepDecision, { kind: 'refused' }>['reason']): StepDecision => ({
    kind: 'refused',
    reason,
    current,
  });
  const date = concernedDate(situation.need.schedule, situation.dates);
  if (date === undefined) return refused('date_required');
  const occurrence = occurrences(situation.need.schedule).find((o) => o.date === date);
  if (!occurrence) return refused('not_an_occurrence');
  const window = noShowWindow(occurrence, situation.noShowWindowDays ?? DEFAULT_NO_SHOW_WINDOW_DAYS);
  const now = situation.now.getTime();
  if (now < window.opens.getTime()) return refused('not_yet_past');
  const marked = situation.match?.noShows?.includes(date) ?? false;
  // A retried request changes nothing, whether or not the window is still open.
  if (marked === (action === 'no_show')) return { kind: 'already', to: 'accepted' };
  if (now >= window.closes.getTime()) return refused('no_show_window_over');
  return { kind: 'allowed', from: current, to: 'accepted', needMustBeOpen: false };
}

/** A match's no-show dates after marking or undoing one (sorted, each once). */
export function withNoShowDate(noShows: string[] | undefined, date: string, noShow: boolean): string[] {
  const others = (noShows ?? []).filter((d) => d !== date);
  return (noShow ? [...others, date] : others).sort();
}
