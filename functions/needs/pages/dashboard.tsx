import type { Context, Hono } from 'hono';
import type { Caller } from '../../../shared/auth/caller.ts';
import type { Catalog } from '../../../shared/catalog/schemas.ts';
import type { AppEnv } from '../../../shared/http/app-env.ts';
import type { Match } from '../../../shared/matches/schemas.ts';
import { allows, onDate, WHOLE_NEED } from '../../../shared/matches/step-decision.ts';
import type { Violation } from '../../../shared/matching/types.ts';
import type { Need } from '../../../shared/needs/schemas.ts';
import type { Services } from '../../../shared/platform/services.ts';
import { berlinDate } from '../../../shared/time/calendar.ts';
import type { VolunteerProfile } from '../../../shared/volunteers/schemas.ts';
import { Notice } from '../../../shared/web/form.tsx';
import {
  type CatalogNames,
  catalogNames,
  firstDate,
  formatDate,
  formatDateTime,
  lastDate,
  matchStateText,
  scheduleText,
} from '../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../shared/web/layout.tsx';
import { pageContext } from '../../../shared/web/page-context.ts';
import { actionOf, dateOf, needIdOf, volunteerCaller } from './access.ts';
import { conflictText } from './explain.ts';
import type { PageAlert } from './need-detail.tsx';

const VOLUNTEER_STEPS = ['offer', 'accept', 'decline', 'withdraw'] as const;
type VolunteerStep = (typeof VOLUNTEER_STEPS)[number];

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
}

/** Why a need does not fit, said to the volunteer about their own profile. */
function fitText(page: PageContext, names: CatalogNames, violation: Violation): string {
  const { t } = page;
  switch (violation.code) {
    case 'missing_skills':
      return t('fit_missing_skills', { skills: violation.skills.map(names.skill).join(', ') });
    case 'paused':
    case 'consent_missing':
    case 'not_in_quarter':
    case 'no_common_language':
    case 'not_available':
      return t(`fit_${violation.code}`);
    default:
      // Ledger and safeguarding are not judged here (see MatchService.profileFit).
      return t('fit_other');
  }
}

function StepButton(props: {
  page: PageContext;
  needId: string;
  /** A cover match's date: the step concerns that date alone. */
  date?: string | undefined;
  step: VolunteerStep;
  title: string;
  kind?: string;
}) {
  const path = props.date === undefined ? props.needId : `${props.needId}/dates/${props.date}`;
  return (
    <form method="post" action={`/dashboard/needs/${path}/${props.step}`}>
      <button type="submit" class={props.kind}>
        {props.page.t(`volunteerStep_${props.step}`)}
        <span class="sr-only">: {props.title}</span>
      </button>
    </form>
  );
}

/** The buttons of a match card: the steps the planner allows, the first as the main one. */
function StepButtons(props: { page: PageContext; match: Match; steps: VolunteerStep[] }) {
  if (props.steps.length === 0) return null;
  const { match } = props;
  return (
    <div class="buttons">
      {props.steps.map((step) => (
        <StepButton
          page={props.page}
          needId={match.needId}
          date={match.date}
          step={step}
          title={match.needTitle}
          kind={step === 'accept' ? undefined : 'secondary'}
        />
      ))}
    </div>
  );
}

function Where(props: { names: CatalogNames; venueId: string; quarterId: string }) {
  return (
    <p class="hint">
      {props.names.venue(props.venueId)}, {props.names.quarter(props.quarterId)}
    </p>
  );
}

function MatchCard(props: { page: PageContext; names: CatalogNames; match: Match; children?: unknown }) {
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
    need !== undefined &&
    allows({
      action: step,
      role: 'volunteer',
      match,
      need,
      dates: match?.date === undefined ? WHOLE_NEED : onDate(match.date),
      now: data.now,
    });
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
      <Section
        id="h-invitations"
        title={t('dashInvitations')}
        empty={t('dashInvitationsNone')}
        count={invitations.length}
      >
        {invitations.map((match) => (
          <MatchCard page={page} names={names} match={match}>
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
          <MatchCard page={page} names={names} match={match}>
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
          <MatchCard page={page} names={names} match={match}>
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
                {need.languages.length > 0 &&
                  ` · ${t('needLanguages')}: ${need.languages.map(names.language).join(', ')}`}
              </p>
              {need.requiredSkills.length > 0 && (
                <p>
                  {t('needRequiredSkills')}: {need.requiredSkills.map(names.skill).join(', ')}
                </p>
              )}
              {need.involvesMinors && <p class="hint">{t('dashMinorsHint')}</p>}
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
          </MatchCard>
        ))}
      </Section>
    </Layout>
  );
}

async function loadDashboard(services: Services, caller: Caller): Promise<Dashboard> {
  const now = services.clock();
  const catalog = await services.catalog.get(now.getTime());
  const [profile, mine, open] = await Promise.all([
    services.profiles.own(caller),
    services.matches.myMatchesAndNeeds(caller, now),
    services.needs.listOpenForVolunteer(caller, catalog),
  ]);
  const matches = mine.map((entry) => entry.match);
  const needs = new Map(mine.flatMap((entry) => (entry.need ? [[entry.need.needId, entry.need] as const] : [])));
  const fit = new Map(
    profile ? open.map((need) => [need.needId, services.matches.profileFit(profile, need, now)]) : [],
  );
  return { profile, matches, needs, now, open, fit, catalog, today: berlinDate(now) };
}

/**
 * GET /dashboard and its buttons (POST /dashboard/needs/:needId/offer|accept|decline|withdraw, and
 * for cover POST /dashboard/needs/:needId/dates/:date/…).
 */
export function registerDashboard(app: Hono<AppEnv>, services: Services): void {
  const render = async (
    c: Context<AppEnv>,
    caller: Caller,
    options: { status?: 200 | 409; alert?: PageAlert } = {},
  ) => {
    const page = pageContext(c, services.config.localPlatform);
    const notice = c.req.query('notice');
    const noticeText =
      !options.alert && notice && (VOLUNTEER_STEPS as readonly string[]).includes(notice)
        ? page.t(`dashNotice_${notice as VolunteerStep}`)
        : undefined;
    const data = await loadDashboard(services, caller);
    return c.html(
      <DashboardPage page={page} data={data} notice={noticeText} alert={options.alert} />,
      options.status ?? 200,
    );
  };

  app.get('/dashboard', async (c) => render(c, volunteerCaller(c)));

  const step = async (c: Context<AppEnv>, date?: string) => {
    const caller = volunteerCaller(c);
    const needId = needIdOf(c);
    const action = actionOf(c, VOLUNTEER_STEPS);
    try {
      await services.matches.volunteerStep(caller, needId, action, services.clock(), date);
    } catch (error) {
      const { t, lang } = pageContext(c, services.config.localPlatform);
      const catalog = await services.catalog.get(services.clock().getTime());
      const alert = conflictText(t, lang, catalogNames(catalog, lang), error);
      if (!alert) throw error;
      return render(c, caller, { status: 409, alert });
    }
    return c.redirect(`/dashboard?notice=${action}`, 303);
  };
  app.post('/dashboard/needs/:needId/:action', (c) => step(c));
  // Cover: the step concerns one date of the series.
  app.post('/dashboard/needs/:needId/dates/:date/:action', (c) => step(c, dateOf(c)));
}
