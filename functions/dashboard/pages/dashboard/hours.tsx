import type { Ledger } from '../../../../shared/matches/ledger.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import { doneOccurrences, type MonthHours } from '../../../../shared/matching/done-hours.ts';
import { formatDate, formatMonth, formatNumber } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';

/** This month's hours against the volunteer's cap. */
export function HoursSection(props: { page: PageContext; month: MonthHours; cap: number }) {
  const { t, lang } = props.page;
  const { month, cap } = props;
  return (
    <section aria-labelledby="h-hours">
      <h2 id="h-hours">{t('dashHoursTitle', { month: formatMonth(lang, month.month) })}</h2>
      <p>
        {t('dashHoursMonth', {
          done: formatNumber(lang, month.done),
          counted: formatNumber(lang, month.counted),
          cap: formatNumber(lang, cap),
        })}
      </p>
      <meter min={0} max={cap} value={Math.min(month.done, cap)} aria-labelledby="h-hours" />
    </section>
  );
}

/** Hours done on a commitment (dates over and not marked no-show), and the dates marked no-show. */
export function DoneHours(props: { page: PageContext; match: Match; ledger: Ledger; now: Date }) {
  const { t, lang } = props.page;
  const { match } = props;
  const commitment = props.ledger.commitments.find((c) => c.needId === match.needId);
  const minutes = commitment ? doneOccurrences(commitment, props.now).reduce((sum, o) => sum + o.end - o.start, 0) : 0;
  const noShows = match.noShows ?? [];
  if (minutes === 0 && noShows.length === 0) return null;
  return (
    <p class="hint">
      {minutes > 0 && t('dashHoursDone', { hours: formatNumber(lang, minutes / 60) })}
      {minutes > 0 && noShows.length > 0 && ' · '}
      {noShows.length > 0 && t('dashNoShowDates', { dates: noShows.map((date) => formatDate(lang, date)).join(', ') })}
    </p>
  );
}
