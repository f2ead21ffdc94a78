import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import { Alert, type PageAlert } from '../../../../shared/web/alert.tsx';
import { Notice } from '../../../../shared/web/form.tsx';
import { catalogNames, firstDate, formatDateTime, lastDate, matchStateText } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { CommitmentDates } from '../common/commitment-dates.tsx';
import { mayStep, StepButtons, type VolunteerStep } from '../common/volunteer-steps.tsx';
import { MatchCard, Section } from './cards.tsx';
import { DoneHours, HoursSection } from './hours.tsx';
import type { Dashboard } from './loader.ts';
import { OpenNeedCard } from './open-need-card.tsx';

/** The volunteer's overview: invitations, commitments, offers, open needs that fit, past work. */
export function DashboardPage(props: { page: PageContext; data: Dashboard; notice?: string; alert?: PageAlert }) {
  const { page, data } = props;
  const { t, lang } = page;
  const names = catalogNames(data.catalog, lang);
  // A cover match is about its one date.
  const first = (m: Match) => m.date ?? firstDate(m.schedule);
  const byDate = (a: Match, b: Match) => first(a).localeCompare(first(b));
  const current = (match: Match) => (match.date ?? lastDate(match.schedule)) >= data.today;
  const invitations = data.matches.filter((m) => m.status === 'invited').sort(byDate);
  const commitments = data.matches.filter((m) => m.status === 'accepted' && current(m)).sort(byDate);
  const offers = data.matches.filter((m) => m.status === 'offered').sort(byDate);
  // The notice to those whose invitation or offer closed when the need filled, while the need is still ahead.
  const closed = data.matches.filter((m) => m.status === 'closed' && current(m)).sort(byDate);
  const past = data.matches
    .filter(
      (m) =>
        !['invited', 'offered'].includes(m.status) &&
        !(m.status === 'accepted' && current(m)) &&
        !(m.status === 'closed' && current(m)),
    )
    .sort((a, b) => -byDate(a, b));
  // A button exactly when the planner would allow the step.
  const may = (step: VolunteerStep, match: Match | undefined, need: Need | undefined) =>
    mayStep(step, match, need, data.now);
  const matchOf = new Map(data.matches.filter((m) => m.date === undefined).map((match) => [match.needId, match]));
  const misfits = (need: Need) => data.fit.get(need.needId) ?? [];
  // Needs that fit the profile first, each group by date; not those the volunteer is part of.
  const open = data.open
    .filter((need) => may('offer', matchOf.get(need.needId), need))
    .sort(
      (a, b) =>
        Number(misfits(a).length > 0) - Number(misfits(b).length > 0) ||
        firstDate(a.schedule).localeCompare(firstDate(b.schedule)),
    );
  return (
    <Layout page={page} title={t('dashboardTitle')}>
      {props.notice && <Notice>{props.notice}</Notice>}
      {props.alert && <Alert alert={props.alert} />}
      {!data.profile ? (
        <div class="notice">
          <p>{t('dashboardNoProfile')}</p>
          <p>
            <a class="button" href="/profile/edit">
              {t('profileCreate')}
            </a>
          </p>
        </div>
      ) : (
        data.profile.paused && (
          <p class="hint">
            {t('dashboardPaused')} <a href="/profile">{t('navProfile')}</a>
          </p>
        )
      )}
      {data.profile && <HoursSection page={page} month={data.hours.month} cap={data.profile.maxHoursPerMonth} />}
      <Section
        id="h-invitations"
        title={t('dashInvitations')}
        empty={t('dashInvitationsNone')}
        count={invitations.length}
      >
        {invitations.map((match) => (
          <MatchCard page={page} names={names} match={match} need={data.needs.get(match.needId)}>
            {match.inviteExpiresAt && (
              <p>
                <strong>{t('inviteAnswerBy', { at: formatDateTime(lang, match.inviteExpiresAt) })}</strong>
              </p>
            )}
            <StepButtons
              page={page}
              match={match}
              steps={(['accept', 'decline'] as const).filter((step) => may(step, match, data.needs.get(match.needId)))}
            />
          </MatchCard>
        ))}
      </Section>
      <Section id="h-closed" title={t('dashClosed')} count={closed.length}>
        {closed.map((match) => (
          <MatchCard page={page} names={names} match={match}>
            <p>
              <span class="badge state-closed">{matchStateText(t, match.status)}</span>
            </p>
            <p>{t('dashClosedNote')}</p>
          </MatchCard>
        ))}
      </Section>
      <Section
        id="h-commitments"
        title={t('dashCommitments')}
        empty={t('dashCommitmentsNone')}
        count={commitments.length}
      >
        {commitments.map((match) => (
          <MatchCard page={page} names={names} match={match} need={data.needs.get(match.needId)}>
            <DoneHours page={page} match={match} ledger={data.hours.ledger} now={data.now} />
            <CommitmentDates
              page={page}
              match={match}
              need={data.needs.get(match.needId)}
              now={data.now}
              cutoffHours={data.absenceCutoffHours}
            />
            <StepButtons
              page={page}
              match={match}
              steps={may('withdraw', match, data.needs.get(match.needId)) ? ['withdraw'] : []}
            />
          </MatchCard>
        ))}
      </Section>
      <Section id="h-offers" title={t('dashOffers')} count={offers.length}>
        {offers.map((match) => (
          <MatchCard page={page} names={names} match={match} need={data.needs.get(match.needId)}>
            <p>{t('dashOfferPending')}</p>
            <StepButtons
              page={page}
              match={match}
              steps={may('withdraw', match, data.needs.get(match.needId)) ? ['withdraw'] : []}
            />
          </MatchCard>
        ))}
      </Section>
      {data.profile && (
        <Section id="h-open" title={t('dashOpenNeeds')} empty={t('dashOpenNeedsNone')} count={open.length}>
          {open.map((need) => (
            <OpenNeedCard page={page} names={names} need={need} misfits={misfits(need)} />
          ))}
        </Section>
      )}
      <Section id="h-past" title={t('dashPast')} count={past.length}>
        {past.map((match) => (
          <MatchCard page={page} names={names} match={match}>
            <p>
              <span class={`badge state-${match.status}`}>{matchStateText(t, match.status)}</span>
            </p>
            <DoneHours page={page} match={match} ledger={data.hours.ledger} now={data.now} />
          </MatchCard>
        ))}
      </Section>
    </Layout>
  );
}
