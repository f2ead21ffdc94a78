import { decideAbsence } from '../../../../shared/matches/absence-planner.ts';
import { comingDates } from '../../../../shared/matches/roster.ts';
import type { Absence, Match } from '../../../../shared/matches/schemas.ts';
import { occurrences } from '../../../../shared/matching/occurrences.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { formatDate } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';

/** One of the volunteer's dates: coming (with the button while it may be cancelled), absent (why), or past. */
interface DateLine {
  date: string;
  absence?: Absence['kind'];
  canCancel: boolean;
}

/**
 * The dates of an accepted commitment, for the volunteer: the dates they come to and their
 * absences, in date order (dates before their acceptance are not theirs and not listed). The
 * button "I cannot come on this date" is offered exactly where the planner would allow it.
 */
export function commitmentDates(match: Match, need: Need | undefined, now: Date, cutoffHours: number): DateLine[] {
  const schedule = need?.schedule ?? match.schedule;
  const coming = new Set(comingDates(match, schedule));
  const absent = new Map((match.absences ?? []).map((absence) => [absence.date, absence.kind]));
  return occurrences(schedule)
    .filter((occurrence) => coming.has(occurrence.date) || absent.has(occurrence.date))
    .map(({ date }) => {
      const kind = coming.has(date) ? undefined : absent.get(date);
      const canCancel =
        need !== undefined &&
        kind === undefined &&
        decideAbsence({ match, need, date, now, cutoffHours }).kind === 'allowed';
      return { date, ...(kind && { absence: kind }), canCancel };
    });
}

/**
 * The list on a commitment's card. A one-off need says its date in the card already: only its
 * button. A series folds its dates away when there are many.
 */
export function CommitmentDates(props: {
  page: PageContext;
  match: Match;
  need: Need | undefined;
  now: Date;
  cutoffHours: number;
}) {
  const { page, match } = props;
  const { t, lang } = page;
  const today = berlinDate(props.now);
  const lines = commitmentDates(match, props.need, props.now, props.cutoffHours);
  const coming = lines.filter((line) => line.absence === undefined).length;
  const list = (
    <ul class="dates">
      {lines.map((line) => (
        <li>
          <span>{formatDate(lang, line.date)}</span>
          <span class={`badge ${line.absence ? 'state-declined' : 'state-accepted'}`}>
            {line.absence
              ? t(`absenceKind_${line.absence}`)
              : line.date < today
                ? t('dashDatePast')
                : t('dashDateComing')}
          </span>
          {line.canCancel && (
            <form method="post" action={`/dashboard/needs/${match.needId}/absences`}>
              <input type="hidden" name="date" value={line.date} />
              <button type="submit" class="secondary">
                {t('absenceButton')}
                <span class="sr-only">: {formatDate(lang, line.date)}</span>
              </button>
            </form>
          )}
        </li>
      ))}
    </ul>
  );
  if (match.schedule.kind === 'once' && lines.length <= 1) return list;
  return (
    <details open={lines.length <= 5 ? true : undefined}>
      <summary>{t('dashDatesSummary', { coming, all: lines.length })}</summary>
      {list}
    </details>
  );
}
