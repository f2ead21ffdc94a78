import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { rosterMatches } from '../../../../shared/matches/cover.ts';
import type { CandidateList } from '../../../../shared/matches/match-service.ts';
import { type RosterDate, roster } from '../../../../shared/matches/roster.ts';
import type { Match } from '../../../../shared/matches/schemas.ts';
import type { Need } from '../../../../shared/needs/schemas.ts';
import type { Services } from '../../../../shared/platform/services.ts';
import { berlinInstant } from '../../../../shared/time/berlin-instant.ts';
import { formList, formString, Notice, readForm } from '../../../../shared/web/form.tsx';
import { catalogNames, formatDate } from '../../../../shared/web/format.ts';
import { Layout, type PageContext } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { InviteInput } from '../../contract.ts';
import { actionOf, dateOf, managerCaller, needIdOf, volunteerIdOf } from '../common/access.ts';
import { CandidatesSection } from '../common/candidates.tsx';
import { conflictText } from '../common/explain.ts';
import type { PageAlert } from '../need/view.tsx';

/** The steps a manager takes on a cover match (the planner decides which it offers). */
export const COVER_MANAGER_STEPS = ['accept', 'decline', 'cancel'] as const;

const startOf = (entry: Pick<RosterDate, 'date' | 'start'>) => berlinInstant(entry.date, entry.start).getTime();

/** The need's dates still ahead that have a place open, with who is asked to cover them. */
export function datesWithGap(need: Need, matches: Match[], now: Date): RosterDate[] {
  if ((need.status !== 'open' && need.status !== 'filled') || need.schedule.kind !== 'weekly') return [];
  return roster(need, rosterMatches(matches, now, need)).filter(
    (entry) => entry.open > 0 && startOf(entry) > now.getTime(),
  );
}

/** On the need page: each date with a gap links to its cover page; and whether automatic cover is on. */
export function CoverSection(props: { page: PageContext; need: Need; matches: Match[]; now: Date }) {
  const { page, need } = props;
  const { t, lang } = page;
  if ((need.status !== 'open' && need.status !== 'filled') || need.schedule.kind !== 'weekly') return null;
  const gaps = datesWithGap(need, props.matches, props.now);
  const setting = need.autoCover ?? { mode: 'off' as const };
  return (
    <section aria-labelledby="h-cover">
      <h2 id="h-cover">{t('coverTitle', { n: gaps.length })}</h2>
      <p class="hint">
        {t(`coverAutoIs_${setting.mode}`, { n: setting.batchSize ?? 3 })}{' '}
        <a href={`/manage/needs/${need.needId}/edit`}>{t('coverAutoChange')}</a>
      </p>
      {gaps.length === 0 ? (
        <p>{t('coverNone')}</p>
      ) : (
        <ul class="plain">
          {gaps.map((entry) => (
            <li>
              <a href={`/manage/needs/${need.needId}/dates/${entry.date}`}>
                {t('coverFind', { date: formatDate(lang, entry.date) })}
              </a>{' '}
              {t('coverOpen', { n: entry.open, places: need.places })}
              {entry.invited.length > 0 && ` · ${t('coverAsked', { n: entry.invited.length })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface CoverView {
  need: Need;
  entry: RosterDate;
  list: CandidateList | undefined;
  catalogNames: ReturnType<typeof catalogNames>;
  now: Date;
}

function CoverPage(props: { page: PageContext; view: CoverView; notice?: string; alert?: PageAlert }) {
  const { page, view } = props;
  const { need, entry } = view;
  const { t, lang } = page;
  const date = formatDate(lang, entry.date);
  const names = (people: { firstName: string }[]) =>
    people.length > 0 ? people.map((p) => p.firstName).join(', ') : t('coverNobody');
  return (
    <Layout page={page} title={t('coverPageTitle', { date, title: need.title })}>
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
      <p class="status-line">
        <strong>{t('coverOpen', { n: entry.open, places: need.places })}</strong>
      </p>
      <dl class="profile">
        <dt>{t('coverComing')}</dt>
        <dd>{names(entry.coming)}</dd>
        <dt>{t('coverAbsent')}</dt>
        <dd>{names(entry.absent)}</dd>
        <dt>{t('coverInvited')}</dt>
        <dd>{names(entry.invited)}</dd>
      </dl>
      {view.list ? (
        <CandidatesSection
          page={page}
          need={need}
          names={view.catalogNames}
          list={view.list}
          defaultTop={Math.min(Math.max(entry.open - entry.invited.length, 1), 20)}
          withoutCheck={false}
          now={view.now}
          date={entry.date}
        />
      ) : (
        <p class="hint">{t('coverNoCandidates')}</p>
      )}
      <p>
        <a href={`/manage/needs/${need.needId}`}>{t('coverBack')}</a>
      </p>
    </Layout>
  );
}

async function loadCover(services: Services, c: Context<AppEnv>, caller: Caller, needId: string, date: string) {
  const now = services.clock();
  const via = viaOf(c);
  const view = await services.matches.needView(caller, needId, via, now);
  const need = view.need ?? (await services.needs.read(caller, needId));
  const entry = roster(need, rosterMatches(view.matches as Match[], now, need)).find((e) => e.date === date);
  if (!entry) return undefined;
  const asks = entry.open > 0 && startOf(entry) > now.getTime() && (need.status === 'open' || need.status === 'filled');
  const [list, catalog] = await Promise.all([
    asks ? services.matches.candidates(caller, needId, via, now, { date }) : undefined,
    services.catalog.get(now.getTime()),
  ]);
  const { lang } = pageContext(c, services.config.localPlatform);
  return { need, entry, list, catalogNames: catalogNames(catalog, lang), now };
}

const NOTICES = ['invited', 'accept', 'decline', 'cancel'] as const;

/**
 * The cover page of one date (GET /manage/needs/:needId/dates/:date): who comes, who is absent or
 * asked, and the candidates for that date alone, with the invitation forms; and its buttons.
 */
export function registerNeedCover(app: Hono<AppEnv>, services: Services): void {
  const render = async (
    c: Context<AppEnv>,
    options: { status?: 200 | 400 | 409; alert?: PageAlert | undefined } = {},
  ) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const date = dateOf(c);
    const page = pageContext(c, services.config.localPlatform);
    const view = await loadCover(services, c, caller, needId, date);
    if (!view) return c.notFound();
    const notice = c.req.query('notice');
    const noticeText =
      !options.alert && notice && (NOTICES as readonly string[]).includes(notice)
        ? page.t(`coverNotice_${notice as (typeof NOTICES)[number]}`, { n: Number(c.req.query('n') ?? 0) || 0 })
        : undefined;
    return c.html(
      <CoverPage page={page} view={view} notice={noticeText} alert={options.alert} />,
      options.status ?? 200,
    );
  };
  const back = (c: Context<AppEnv>, notice: string, n?: number) =>
    c.redirect(
      `/manage/needs/${needIdOf(c)}/dates/${dateOf(c)}?notice=${notice}${n === undefined ? '' : `&n=${n}`}`,
      303,
    );
  const explain = async (c: Context<AppEnv>, error: unknown) => {
    const { t, lang } = pageContext(c, services.config.localPlatform);
    const catalog = await services.catalog.get(services.clock().getTime());
    return conflictText(t, lang, catalogNames(catalog, lang), error);
  };
  const invite = async (c: Context<AppEnv>, ids: string[]) => {
    const caller = managerCaller(c);
    const { invited, failed } = await services.matches.inviteEach(
      caller,
      needIdOf(c),
      ids,
      viaOf(c),
      services.clock(),
      dateOf(c),
    );
    if (failed.length === 0) return back(c, 'invited', invited.length);
    const alert = await explain(c, failed[0]?.error);
    if (!alert) throw failed[0]?.error;
    const { t } = pageContext(c, services.config.localPlatform);
    return render(c, {
      status: 409,
      alert: { ...alert, text: `${t('inviteProblems', { n: invited.length })} ${alert.text}` },
    });
  };

  app.get('/manage/needs/:needId/dates/:date', (c) => render(c));
  app.post('/manage/needs/:needId/dates/:date/invite', async (c) => {
    const parsed = InviteInput.safeParse({ volunteerIds: formList(await readForm(c.req.raw), 'volunteerIds') });
    if (!parsed.success || !('volunteerIds' in parsed.data)) {
      const { t } = pageContext(c, services.config.localPlatform);
      return render(c, { status: 400, alert: { text: t('inviteChooseSomeone') } });
    }
    return invite(c, parsed.data.volunteerIds);
  });
  app.post('/manage/needs/:needId/dates/:date/invite-top', async (c) => {
    const { t } = pageContext(c, services.config.localPlatform);
    const top = formString(await readForm(c.req.raw), 'top');
    const parsed = InviteInput.safeParse({ top: top === '' ? undefined : Number(top) });
    if (!parsed.success || !('top' in parsed.data))
      return render(c, { status: 400, alert: { text: t('inviteTopInvalid') } });
    const caller = managerCaller(c);
    const ids = await services.matches.topProposals(
      caller,
      needIdOf(c),
      parsed.data.top,
      viaOf(c),
      services.clock(),
      dateOf(c),
    );
    if (ids.length === 0) return render(c, { status: 409, alert: { text: t('inviteTopNone') } });
    return invite(c, ids);
  });
  app.post('/manage/needs/:needId/dates/:date/matches/:volunteerId/:action', async (c) => {
    const caller = managerCaller(c);
    const action = actionOf(c, COVER_MANAGER_STEPS);
    try {
      await services.matches.managerStep(caller, needIdOf(c), volunteerIdOf(c), action, viaOf(c), services.clock(), {
        coverDate: dateOf(c),
      });
    } catch (error) {
      const alert = await explain(c, error);
      if (!alert) throw error;
      return render(c, { status: 409, alert });
    }
    return back(c, action);
  });
}
