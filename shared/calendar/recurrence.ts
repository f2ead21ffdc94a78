import { addDays } from '../time/calendar.ts';

/**
 * How a weekly series is written: the first date (DTSTART), the rule's last date (UNTIL) and the
 * dates inside the rule's range that do not happen (EXDATE).
 */
export interface WeeklyRule {
  first: string;
  until: string;
  exceptions: string[];
}

/**
 * The weekly rule that yields exactly `dates` (Berlin dates, every one on the same weekday):
 * every seventh day from the first to the last, minus the ones not in `dates`. `dates` is what
 * shared/matching/occurrences.ts says — the truth — so the feed can never show a date that
 * does not happen, even when dates are left out in the middle of a series.
 *
 * @throws Error when `dates` is empty or a date is not on the first date's weekday
 */
export function weeklyRule(dates: readonly string[]): WeeklyRule {
  const sorted = [...new Set(dates)].sort();
  const first = sorted[0];
  const until = sorted.at(-1);
  if (first === undefined || until === undefined) throw new Error('A weekly rule needs at least one date');
  const wanted = new Set(sorted);
  const exceptions: string[] = [];
  let seen = 0;
  for (let date = first; date <= until; date = addDays(date, 7)) {
    if (wanted.has(date)) seen++;
    else exceptions.push(date);
  }
  if (seen !== wanted.size) throw new Error('Every date of a weekly rule must fall on the same weekday');
  return { first, until, exceptions };
}
