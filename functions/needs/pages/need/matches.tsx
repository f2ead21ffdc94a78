import { CoverManagerStep, ManagerStep, type Match, type MatchStatus } from '../../../../shared/matches/schemas.ts';
import { allows, inState, onDate, WHOLE_NEED } from '../../../../shared/matches/step-decision.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { formatDate, formatDateTime, matchStateText } from '../../../../shared/web/format.ts';
import type { PageContext } from '../../../../shared/web/layout.tsx';
import { TableSection } from '../common/table-section.tsx';
import { AttendanceList } from './attendance.tsx';

/** Steps on the whole match, as buttons next to it; a date's no-show is offered per date (attendance.tsx). */
const MATCH_BUTTONS = ManagerStep.options.filter(
  (step): step is Exclude<typeof step, 'no_show' | 'came'> => step !== 'no_show' && step !== 'came',
);

/** The order of the matches, those asking for an answer first; every state has its place. */
const ORDER: Record<MatchStatus, number> = {
  offered: 0,
  invited: 1,
  accepted: 2,
  completed: 3,
  no_show: 4,
  closed: 5,
  expired: 6,
  declined: 7,
  withdrawn: 8,
  cancelled: 9,
};
/** A stored state the schema does not know (older data) is listed first. */
const rank = (status: string) => (Object.hasOwn(ORDER, status) ? ORDER[status as MatchStatus] : -1);

/** The steps a manager can take on a match now (a cover match: on its date): exactly those the planner would allow. */
function managerSteps(match: Match, need: Need, now: Date) {
  const dates = match.date === undefined ? WHOLE_NEED : onDate(match.date);
  return MATCH_BUTTONS.filter(
    (step) =>
      (match.date === undefined || CoverManagerStep.safeParse(step).success) &&
      allows({ action: step, role: 'manager', match: inState(match.status), need, dates, now }),
  );
}

/** Everyone asked, offering, coming or done, with their state and the steps the manager may take. */
export function MatchesSection(props: {
  page: PageContext;
  need: Need;
  matches: Match[];
  now: Date;
  noShowWindowDays: number;
}) {
  const { page, need } = props;
  const { t, lang } = page;
  const matches = [...props.matches].sort(
    (a, b) => rank(a.status) - rank(b.status) || a.firstName.localeCompare(b.firstName),
  );
  return (
    <TableSection
      id="h-matches"
      title={t('matchesTitle')}
      empty={t('matchesNone')}
      columns={[t('colPerson'), t('colState')]}
      count={matches.length}
    >
      {matches.map((match) => (
        <tr>
          <th scope="row">
            {match.firstName}
            {match.date !== undefined && (
              <span class="hint block">{t('coverMatchDate', { date: formatDate(lang, match.date) })}</span>
            )}
          </th>
          <td>
            <span class={`badge state-${match.status}`}>{matchStateText(t, match.status)}</span>
            {match.review && (
              <span class={`hint block review-${match.review.status}`}>
                {match.review.status === 'confirmed'
                  ? t('reviewConfirmedByInitiative', { at: formatDateTime(lang, match.review.at) })
                  : t('reviewConcernByInitiative', {
                      at: formatDateTime(lang, match.review.at),
                      reason: match.review.reason ?? '',
                    })}
              </span>
            )}
            {match.status === 'invited' && match.inviteExpiresAt && (
              <span class="hint block">{t('inviteExpires', { at: formatDateTime(lang, match.inviteExpiresAt) })}</span>
            )}
            <div class="buttons">
              {managerSteps(match, need, props.now).map((step) => (
                <form
                  method="post"
                  action={`/manage/needs/${need.needId}${match.date === undefined ? '' : `/dates/${match.date}`}/matches/${match.volunteerId}/${step}`}
                >
                  <button
                    type="submit"
                    class={step === 'accept' ? undefined : step === 'cancel' ? 'danger' : 'secondary'}
                  >
                    {t(`managerStep_${step}`)}
                    <span class="sr-only"> {match.firstName}</span>
                  </button>
                </form>
              ))}
            </div>
            <AttendanceList
              page={page}
              need={need}
              match={match}
              now={props.now}
              noShowWindowDays={props.noShowWindowDays}
            />
          </td>
        </tr>
      ))}
    </TableSection>
  );
}
