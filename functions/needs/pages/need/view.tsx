import type { Context, Hono } from 'hono';
import type { Via } from '../../../../shared/audit/schemas.ts';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { Catalog } from '../../../../shared/catalog/schemas.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import type { Contact } from '../../../../shared/manager-desk/manager-desk.ts';
import type { CandidateList } from '../../../../shared/matches/match-service.ts';
import type { Match, MatchEvent } from '../../../../shared/matches/schemas.ts';
import { allows, inState, onDate, WHOLE_NEED } from '../../../../shared/matches/step-decision.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import type { NeedEvent } from '../../../../shared/notifications/need-event.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { errorId, FieldError, type FieldErrors, inputId, Notice } from '../../../../shared/web/form.tsx';
import {
  type CatalogNames,
  catalogNames,
  fillText,
  formatDate,
  formatDateTime,
  formatNumber,
  matchStateText,
  scheduleText,
} from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { managerCaller, needIdOf } from '../common/access.ts';
import { CandidatesSection } from '../common/candidates.tsx';
import { TableSection } from '../common/table-section.tsx';
import { anyoneInvolved, CANCELLABLE, type Involved, involvedIn } from '../need-cancel/view.tsx';
import { COVER_MANAGER_STEPS, CoverSection } from '../need-cover/view.tsx';
import { AttendanceList } from './attendance.tsx';
import { ContactsSection } from './contacts.tsx';
import { HistorySection } from './history.tsx';
import { freshMessage, MessageSection, type MessageValues } from './message.tsx';
import { RosterSection } from './roster.tsx';

/** What went wrong with a button, in words; `problems` name the volunteers an invitation failed for. */
export interface PageAlert {
  text: string;
  reasons?: string[];
  problems?: { volunteerId: string; text: string; reasons: string[] }[];
}

/** What the manager typed into the page's forms, shown again after an error or a conflict. */
export interface PageTyping {
  cancelReason?: string;
  message?: MessageValues;
  errors?: FieldErrors;
}

interface NeedDetail {
  need: Need;
  matches: Match[];
  events: MatchEvent[];
  needEvents: NeedEvent[];
  /** E-mail and phone of those invited or accepted: for the managers of the need's quarter only. */
  contacts: Contact[];
  candidates: CandidateList | undefined;
  /** The candidates include, for a need with minors, those who lack only a valid check. */
  withoutCheck: boolean;
  catalog: Catalog;
  now: Date;
  /** Days after a date in which its no-show can be marked (NO_SHOW_WINDOW_DAYS). */
  noShowWindowDays: number;
}

export const MANAGER_STEPS = ['accept', 'decline', 'complete', 'no_show', 'came', 'cancel'] as const;
export type ManagerStep = (typeof MANAGER_STEPS)[number];
/** Steps on the whole match, as buttons next to it; a date's no-show is offered per date (need-attendance.tsx). */
const MATCH_BUTTONS = ['accept', 'decline', 'complete', 'cancel'] as const;

/** The steps a manager can take on a match now (a cover match: on its date): exactly those the planner would allow. */
function managerSteps(match: Match, need: Need, now: Date) {
  const dates = match.date === undefined ? WHOLE_NEED : onDate(match.date);
  return MATCH_BUTTONS.filter(
    (step) =>
      (match.date === undefined || (COVER_MANAGER_STEPS as readonly string[]).includes(step)) &&
      allows({ action: step, role: 'manager', match: inState(match.status), need, dates, now }),
  );
}

const STATUS_ACTIONS = {
  publish: ['draft'],
  close: ['open', 'filled'],
} as const;

/**
 * Cancelling the need, with a reason the volunteers invited or accepted are told. With anyone
 * involved the button leads to a confirmation step (need-cancel.tsx) that requires the reason.
 */
function CancelForm(props: { page: PageContext; need: Need; involved: Involved; reason: string; errors: FieldErrors }) {
  const { page, need, errors } = props;
  const { t } = page;
  const hint = `${inputId('reason')}-hint`;
  const asks = anyoneInvolved(props.involved);
  return (
    <form method="post" action={`/manage/needs/${need.needId}/status`} class="cancel-need">
      <input type="hidden" name="action" value="cancel" />
      <input type="hidden" name="version" value={String(need.version)} />
      <label for={inputId('reason')}>{t(asks ? 'cancelConfirmReason' : 'needCancelReason')}</label>
      <p class="hint" id={hint}>
        {asks ? t('cancelAsksConfirmation') : t('needCancelReasonHint')}
      </p>
      <textarea
        id={inputId('reason')}
        name="reason"
        rows={2}
        aria-invalid={errors.reason ? 'true' : undefined}
        aria-describedby={errors.reason ? `${hint} ${errorId('reason')}` : hint}
      >
        {props.reason}
      </textarea>
      <FieldError name="reason" errors={errors} />
      <div class="actions">
        <button type="submit" class="danger">
          {t(asks ? 'cancelAskButton' : 'needAction_cancel')}
        </button>
      </div>
    </form>
  );
}

function MatchesSection(props: {
  page: PageContext;
  need: Need;
  matches: Match[];
  now: Date;
  noShowWindowDays: number;
}) {
  const { page, need } = props;
  const { t, lang } = page;
  const order = [
    'offered',
    'invited',
    'accepted',
    'completed',
    'no_show',
    'closed',
    'expired',
    'declined',
    'withdrawn',
    'cancelled',
  ];
  const matches = [...props.matches].sort(
    (a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.firstName.localeCompare(b.firstName),
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

function NeedFacts(props: { page: PageContext; need: Need; names: CatalogNames }) {
  const { page, need, names } = props;
  const { t, lang } = page;
  const list = (items: string[], name: (id: string) => string) =>
    items.length > 0 ? items.map(name).join(', ') : t('none');
  return (
    <dl class="profile">
      <dt>{t('needWhen')}</dt>
      <dd>{scheduleText(t, lang, need.schedule)}</dd>
      <dt>{t('needWhere')}</dt>
      <dd>
        {names.venue(need.venueId)}, {names.quarter(need.quarterId)}
      </dd>
      {need.description && (
        <>
          <dt>{t('needDescription')}</dt>
          <dd class="pre">{need.description}</dd>
        </>
      )}
      <dt>{t('needRequiredSkills')}</dt>
      <dd>{list(need.requiredSkills, names.skill)}</dd>
      <dt>{t('needNiceToHave')}</dt>
      <dd>{list(need.niceToHaveSkills, names.skill)}</dd>
      <dt>{t('needLanguages')}</dt>
      <dd>
        {need.languages.length > 0 ? `${list(need.languages, names.language)} ${t('needAnyLanguage')}` : t('none')}
      </dd>
      <dt>{t('needMinorsShort')}</dt>
      <dd>{need.involvesMinors ? t('needMinorsYes') : t('needMinorsNo')}</dd>
    </dl>
  );
}

export function NeedDetailPage(props: {
  page: PageContext;
  detail: NeedDetail;
  notice?: string | undefined;
  alert?: PageAlert | undefined;
  typing?: PageTyping | undefined;
  showCost: boolean;
  nameOf: (userId: string, fallback?: string) => string;
}) {
  const { page, detail } = props;
  const { need, catalog } = detail;
  const { t, lang } = page;
  const names = catalogNames(catalog, lang);
  const editable = need.status === 'draft' || need.status === 'open' || need.status === 'filled';
  const free = Math.max(need.places - need.acceptedCount, 0);
  const invitedOrOffered = detail.matches.filter((m) => m.status === 'invited' || m.status === 'offered').length;
  const defaultTop = Math.min(Math.max(free - invitedOrOffered, 1), 20);
  const { alert } = props;
  const typing = props.typing ?? {};
  const errors = typing.errors ?? {};
  const message = typing.message ?? freshMessage();
  return (
    <Layout page={page} title={need.title}>
      {props.notice && <Notice>{props.notice}</Notice>}
      {alert && (
        <div class="alert" role="alert">
          <p>{alert.text}</p>
          {alert.reasons && alert.reasons.length > 0 && (
            <ul>
              {alert.reasons.map((reason) => (
                <li>{reason}</li>
              ))}
            </ul>
          )}
          {alert.problems && (
            <ul>
              {alert.problems.map((problem) => (
                <li>
                  {props.nameOf(problem.volunteerId, page.t('someVolunteer'))}:{' '}
                  {[problem.text, ...problem.reasons].join('; ')}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p class="status-line">
        <span class={`badge status-${need.status}`}>{t(`needStatus_${need.status}`)}</span>{' '}
        <strong>{fillText(t, need)}</strong>
      </p>
      <NeedFacts page={page} need={need} names={names} />
      <div class="actions">
        {editable && (
          <a class="button" href={`/manage/needs/${need.needId}/edit`}>
            {t('needEdit')}
          </a>
        )}
        {(Object.keys(STATUS_ACTIONS) as (keyof typeof STATUS_ACTIONS)[])
          .filter((action) => (STATUS_ACTIONS[action] as readonly string[]).includes(need.status))
          .map((action) => (
            <form method="post" action={`/manage/needs/${need.needId}/status`}>
              <input type="hidden" name="action" value={action} />
              <input type="hidden" name="version" value={String(need.version)} />
              <button type="submit" class={action === 'publish' ? undefined : 'secondary'}>
                {t(`needAction_${action}`)}
              </button>
            </form>
          ))}
        <a href="/manage">{t('backToNeeds')}</a>
      </div>
      {CANCELLABLE.includes(need.status) && (
        <CancelForm
          page={page}
          need={need}
          involved={involvedIn(need, detail.matches)}
          reason={typing.cancelReason ?? ''}
          errors={errors}
        />
      )}
      <MatchesSection
        page={page}
        need={need}
        matches={detail.matches}
        now={detail.now}
        noShowWindowDays={detail.noShowWindowDays}
      />
      {detail.contacts.length > 0 && <ContactsSection page={page} contacts={detail.contacts} />}
      {need.status !== 'draft' && <RosterSection page={page} need={need} matches={detail.matches} now={detail.now} />}
      <CoverSection page={page} need={need} matches={detail.matches} now={detail.now} />
      {(need.status === 'open' || need.status === 'filled') && (
        <MessageSection
          page={page}
          needId={need.needId}
          values={{ ...message, requestKey: message.requestKey || freshMessage().requestKey }}
          errors={typing.message ? errors : {}}
        />
      )}
      {detail.candidates ? (
        <CandidatesSection
          page={page}
          need={need}
          names={names}
          list={detail.candidates}
          defaultTop={defaultTop}
          withoutCheck={detail.withoutCheck}
          now={detail.now}
        />
      ) : (
        <p class="hint">{t(need.status === 'filled' ? 'proposalsFilled' : 'proposalsClosed')}</p>
      )}
      <HistorySection page={page} events={detail.events} needEvents={detail.needEvents} nameOf={props.nameOf} />
      {props.showCost && detail.candidates && (
        <p class="hint cost">
          {t('matchingCost', {
            items: formatNumber(lang, detail.candidates.cost.itemsRead),
            units: formatNumber(lang, detail.candidates.cost.capacityUnits),
            candidates: formatNumber(lang, detail.candidates.cost.candidatesRead),
          })}
        </p>
      )}
    </Layout>
  );
}

/** Everything the need page shows; candidates only while the need can still take people. */
export async function loadNeedDetail(
  services: Services,
  caller: Caller,
  needId: string,
  via: Via,
  options: { withoutCheck?: boolean } = {},
): Promise<NeedDetail> {
  const now = services.clock();
  const view = await services.matches.needView(caller, needId, via, now);
  const need = view.need ?? (await services.needs.read(caller, needId));
  const withoutCheck = need.involvesMinors && options.withoutCheck === true;
  const matches = view.matches as Match[];
  const [contacts, candidates, catalog] = await Promise.all([
    services.desk.contacts(caller, need, matches, via, now),
    need.status === 'open' || need.status === 'draft'
      ? services.matches.candidates(caller, needId, via, now, { withoutCheck })
      : undefined,
    services.catalog.get(now.getTime()),
  ]);
  return {
    need,
    matches,
    events: view.events,
    needEvents: view.needEvents,
    contacts,
    candidates,
    withoutCheck,
    catalog,
    now,
    noShowWindowDays: services.config.noShowWindowDays,
  };
}

/**
 * Names for the history and for messages: volunteers by first name, the viewer as "you", anyone
 * else as `fallback` (staff, unless told otherwise).
 */
export function namesOf(
  t: PageContext['t'],
  caller: Caller,
  detail: NeedDetail,
): (userId: string, fallback?: string) => string {
  const known = new Map<string, string>();
  for (const entry of [
    ...(detail.candidates?.proposals ?? []),
    ...(detail.candidates?.excluded ?? []),
    ...detail.matches,
  ]) {
    known.set(entry.volunteerId, entry.firstName);
  }
  return (userId, fallback = t('historyStaff')) =>
    userId === caller.userId ? t('historyYou') : (known.get(userId) ?? fallback);
}

const NOTICES = [
  'created',
  'saved',
  'publish',
  'close',
  'cancel',
  'invited',
  'accept',
  'decline',
  'complete',
  'no_show',
  'came',
  'cancelMatch',
  'messageSent',
] as const;
export type NeedNotice = (typeof NOTICES)[number];

export async function renderNeedDetail(
  c: Context<AppEnv>,
  services: Services,
  caller: Caller,
  needId: string,
  options: { status?: 200 | 400 | 409; alert?: PageAlert | undefined; typing?: PageTyping | undefined } = {},
) {
  const page = pageContext(c, services.config.localPlatform);
  const detail = await loadNeedDetail(services, caller, needId, viaOf(c), {
    withoutCheck: c.req.query('withoutCheck') === '1',
  });
  const notice = c.req.query('notice');
  const n = Number(c.req.query('n') ?? 0) || 0;
  const noticeText =
    options.alert === undefined && notice && (NOTICES as readonly string[]).includes(notice)
      ? page.t(`needNotice_${notice as NeedNotice}`, { n })
      : undefined;
  return c.html(
    <NeedDetailPage
      page={page}
      detail={detail}
      notice={noticeText}
      alert={options.alert}
      typing={options.typing}
      showCost={services.config.localPlatform}
      nameOf={namesOf(page.t, caller, detail)}
    />,
    options.status ?? 200,
  );
}

/** GET /manage/needs/:needId */
export function registerNeedDetail(app: Hono<AppEnv>, services: Services): void {
  app.get('/manage/needs/:needId', async (c) => renderNeedDetail(c, services, managerCaller(c), needIdOf(c)));
}
