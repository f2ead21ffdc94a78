import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { Ledger } from '../../../../shared/matches/ledger.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import { doneOccurrences, type MonthHours } from '../../../../shared/matching/done-hours.ts';
import type { Violation } from '../../../../shared/matching/types.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import type { VolunteerProfile } from '../../../../shared/volunteers/schemas.ts';
import { formString, Notice, readForm } from '../../../../shared/web/form.tsx';
import {
  type CatalogNames,
  catalogNames,
  firstDate,
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  lastDate,
  matchStateText,
  scheduleText,
} from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { actionOf, dateOf, needIdOf, volunteerCaller } from '../common/access.ts';
import { CommitmentDates } from '../common/commitment-dates.tsx';
import { conflictText } from '../common/explain.ts';
import { NeedEssentials } from '../common/need-essentials.tsx';
import {
  fitText,
  mayStep,
  STEP_ORIGINS,
  StepButton,
  StepButtons,
  type StepOrigin,
  VOLUNTEER_STEPS,
  type VolunteerStep,
} from '../common/volunteer-steps.tsx';
import type { PageAlert } from '../need/view.tsx';
import { renderVolunteerNeed } from '../volunteer-need/routes.tsx';

interface Dashboard {
  profile: VolunteerProfile | undefined;
  matches: Match[];
  /** The needs of the matches the volunteer may still take a step on (invited, offered, accepted). */
  needs: Map<string, Need>;
  now: Date;
  open: Need[];
  /** Per open need, what in the volunteer's profile keeps them from it (empty: it fits). */
  fit: Map<string, Violation[]>;
  catalog: Catalog;
  today: string;
  /** The volunteer's ledger and this month's hours (done, and counted for the cap). */
  hours: { ledger: Ledger; month: MonthHours };
  /** Hours before a date's start until which an absence can be declared. */
  absenceCutoffHours: number;
}

/** This month's hours against the volunteer's cap. */
function HoursSection(props: { page: PageContext; month: MonthHours; cap: number }) {
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
function DoneHours(props: { page: PageContext; match: Match; ledger: Ledger; now: Date }) {
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

function Where(props: { names: CatalogNames; venueId: string; quarterId: string }) {
  return (
    <p class="hint">
      {props.names.venue(props.venueId)}, {props.names.quarter(props.quarterId)}
    </p>
  );
}

function MatchCard(props: {
  page: PageContext;
  names: CatalogNames;
  match: Match;
  /** The match's need, when read: its essentials (skills, languages, children) and its page. */
  need?: Need | undefined;
  children?: unknown;
}) {
  const { page, match } = props;
  const { t, lang } = page;
  return (
    // The anchor e-mails link to (`/dashboard#need-<id>`): the card of that need.
    <li id={`need-${props.match.needId}${match.date === undefined ? '' : `-${match.date}`}`}>
      <h3>{match.needTitle}</h3>
      {match.date !== undefined ? (
        <p>
          <strong>{t('dashCoverDate', { date: formatDate(lang, match.date) })}</strong>{' '}
          {t('dashCoverTime', { start: match.schedule.start, end: match.schedule.end })}
        </p>
      ) : (
        <p>{scheduleText(t, lang, match.schedule)}</p>
      )}
      <Where names={props.names} venueId={match.venueId} quarterId={match.quarterId} />
      <NeedEssentials page={page} names={props.names} need={props.need} />
      {!props.need && (
        // Past and closed work: the need was not read, but its page still opens for them.
        <p>
          <a href={`/dashboard/needs/${match.needId}`}>
            {t('volNeedDetails')}
            <span class="sr-only">: {match.needTitle}</span>
          </a>
        </p>
      )}
      {props.children}
    </li>
  );
}

function Section(props: { id: string; title: string; empty?: string; count: number; children: unknown }) {
  if (props.count === 0 && !props.empty) return null;
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.title} ({props.count})
      </h2>
      {props.count === 0 ? <p>{props.empty}</p> : <ul class="cards">{props.children}</ul>}
    </section>
  );
}

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
      {props.alert && (
        <div class="alert" role="alert">
          <p>{props.alert.text}</p>
          {props.alert.reasons && props.alert.reasons.length > 0 && (
            <ul>
              {props.alert.reasons.map((reason) => (
                <li>{reason}</li>
              ))}
            </ul>
          )}
        </div>
      )}
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
            <li>
              <h3>{need.title}</h3>
              <p>{scheduleText(t, lang, need.schedule)}</p>
              <Where names={names} venueId={need.venueId} quarterId={need.quarterId} />
              {need.description && <p class="pre">{need.description}</p>}
              <p>
                {t(need.places === 1 ? 'placesFreeOne' : 'placesFree', {
                  n: Math.max(need.places - need.acceptedCount, 0),
                  places: need.places,
                })}
              </p>
              <NeedEssentials page={page} names={names} need={need} />
              {misfits(need).length > 0 ? (
                <p class="hint">
                  {t('dashNoFit')}{' '}
                  {misfits(need)
                    .map((violation) => fitText(page, names, violation))
                    .join('; ')}
                </p>
              ) : (
                <div class="buttons">
                  <StepButton page={page} needId={need.needId} step="offer" title={need.title} />
                </div>
              )}
            </li>
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

async function loadDashboard(services: Services, caller: Caller): Promise<Dashboard> {
  const now = services.clock();
  const catalog = await services.catalog.get(now.getTime());
  const [profile, mine, open, hours] = await Promise.all([
    services.profiles.own(caller),
    services.matches.myMatchesAndNeeds(caller, now),
    services.needs.listOpenForVolunteer(caller, catalog),
    services.matches.myHours(caller, now),
  ]);
  const matches = mine.map((entry) => entry.match);
  const needs = new Map(mine.flatMap((entry) => (entry.need ? [[entry.need.needId, entry.need] as const] : [])));
  const fit = new Map(
    profile ? open.map((need) => [need.needId, services.matches.profileFit(profile, need, now)]) : [],
  );
  return {
    profile,
    matches,
    needs,
    now,
    open,
    fit,
    catalog,
    today: berlinDate(now),
    absenceCutoffHours: services.matches.absenceCutoffHours,
    hours,
  };
}

/** Where the step's button was (`from` in its form): the need's page, or else the dashboard. */
async function stepOrigin(c: Context<AppEnv>): Promise<StepOrigin> {
  // A post without a form body (an API client, a test) came from the dashboard.
  const form = await readForm(c.req.raw).catch(() => ({}));
  const from = formString(form, 'from');
  return (STEP_ORIGINS as readonly string[]).includes(from) ? (from as StepOrigin) : 'dashboard';
}

/** The notices a redirect back to the dashboard names (`?notice=`). */
const NOTICES = [...VOLUNTEER_STEPS, 'absent'] as const;

/** The dashboard, with a notice after a step or an alert after a refused one. */
export async function renderDashboard(
  c: Context<AppEnv>,
  services: Services,
  caller: Caller,
  options: { status?: 200 | 400 | 409; alert?: PageAlert } = {},
) {
  const page = pageContext(c, services.config.localPlatform);
  const notice = c.req.query('notice');
  const noticeText =
    !options.alert && notice && (NOTICES as readonly string[]).includes(notice)
      ? page.t(`dashNotice_${notice as (typeof NOTICES)[number]}`)
      : undefined;
  const data = await loadDashboard(services, caller);
  return c.html(
    <DashboardPage page={page} data={data} notice={noticeText} alert={options.alert} />,
    options.status ?? 200,
  );
}

/**
 * GET /dashboard and its buttons (POST /dashboard/needs/:needId/offer|accept|decline|withdraw, and
 * for cover POST /dashboard/needs/:needId/dates/:date/…).
 */
export function registerDashboard(app: Hono<AppEnv>, services: Services): void {
  const render = (c: Context<AppEnv>, caller: Caller, options: { status?: 200 | 409; alert?: PageAlert } = {}) =>
    renderDashboard(c, services, caller, options);

  app.get('/dashboard', async (c) => render(c, volunteerCaller(c)));

  const step = async (c: Context<AppEnv>, date?: string) => {
    const caller = volunteerCaller(c);
    const needId = needIdOf(c);
    const action = actionOf(c, VOLUNTEER_STEPS);
    const from = await stepOrigin(c);
    try {
      await services.matches.volunteerStep(caller, needId, action, services.clock(), date);
    } catch (error) {
      const { t, lang } = pageContext(c, services.config.localPlatform);
      const catalog = await services.catalog.get(services.clock().getTime());
      const alert = conflictText(t, lang, catalogNames(catalog, lang), error);
      if (!alert) throw error;
      if (from === 'need') return renderVolunteerNeed(c, services, caller, needId, { status: 409, alert });
      return render(c, caller, { status: 409, alert });
    }
    // Back where the button was: the need's page or the dashboard (a fixed path, never from input).
    if (from === 'need') return c.redirect(`/dashboard/needs/${needId}?notice=${action}`, 303);
    return c.redirect(`/dashboard?notice=${action}`, 303);
  };
  app.post('/dashboard/needs/:needId/:action', (c) => step(c));
  // Cover: the step concerns one date of the series.
  app.post('/dashboard/needs/:needId/dates/:date/:action', (c) => step(c, dateOf(c)));
}
