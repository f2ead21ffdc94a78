/**
 * The past dates of an accepted volunteer on the need page: each marked done or no-show, with the
 * button to mark a no-show (or undo it) while the planner allows it, i.e. from the end of the date
 * up to NO_SHOW_WINDOW_DAYS after it.
 */
import { committedOccurrences } from '../../../../shared/matches/attendance.ts';
import type { Match, MatchStatus } from '../../../../shared/matches/schemas.ts';
import { allows } from '../../../../shared/matches/step-decision.ts';
import { hasEnded } from '../../../../shared/matching/done-hours.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { formatDate } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';

/** Matches whose dates have an attendance to show. */
const WITH_DATES: readonly string[] = ['accepted', 'completed'] satisfies MatchStatus[];

export function AttendanceList(props: {
  page: PageContext;
  need: Need;
  match: Match;
  now: Date;
  noShowWindowDays: number;
}) {
  const { page, need, match, now, noShowWindowDays } = props;
  const { t, lang } = page;
  if (!WITH_DATES.includes(match.status)) return null;
  const today = berlinDate(now);
  const past = committedOccurrences(match).filter((occurrence) => hasEnded(occurrence, now, today));
  if (past.length === 0) return null;
  const may = (action: 'no_show' | 'came', date: string) =>
    allows({
      action,
      role: 'manager',
      match,
      need,
      dates: { kind: 'occurrence', date },
      now,
      noShowWindowDays,
    });
  return (
    <details class="attendance" open={past.some((o) => may('no_show', o.date) || may('came', o.date))}>
      <summary>
        {t('attendanceTitle')} ({past.length})
      </summary>
      <p class="hint">{t('attendanceHint', { days: noShowWindowDays })}</p>
      <ul>
        {past.map(({ date }) => {
          const noShow = match.noShows?.includes(date) ?? false;
          const action = noShow ? 'came' : 'no_show';
          return (
            <li data-date={date}>
              {formatDate(lang, date)}:{' '}
              <span class={`badge state-${noShow ? 'no_show' : 'completed'}`}>
                {t(noShow ? 'attendanceNoShow' : 'attendanceDone')}
              </span>
              {may(action, date) && (
                <form
                  method="post"
                  action={`/manage/needs/${need.needId}/matches/${match.volunteerId}/${action}`}
                  class="inline"
                >
                  <input type="hidden" name="date" value={date} />
                  <button type="submit" class="secondary">
                    {t(noShow ? 'attendanceCame' : 'attendanceMarkNoShow')}
                    <span class="sr-only">
                      {' '}
                      {match.firstName}, {formatDate(lang, date)}
                    </span>
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
