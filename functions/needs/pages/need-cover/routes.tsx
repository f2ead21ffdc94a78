import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { CoverManagerStep } from '../../../../shared/matches/schemas.ts';
import type { PageAlert } from '../../../../shared/web/alert.tsx';
import { conflictText } from '../../../../shared/web/explain.ts';
import { formList, formString, readForm } from '../../../../shared/web/form.tsx';
import { catalogNames } from '../../../../shared/web/format.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { actionOf, dateOf, needIdOf, volunteerIdOf } from '../../../../shared/web/path-params.ts';
import { InviteInput } from '../../contract.ts';
import type { NeedsServices } from '../../services.ts';
import { loadCover } from './loader.ts';
import { CoverPage } from './view.tsx';

/** The notices a redirect back names (`?notice=`): the invitations, or the step taken. */
const NOTICES = ['invited', ...CoverManagerStep.options] as const;

/**
 * The cover page of one date (GET /manage/needs/:needId/dates/:date): who comes, who is absent or
 * asked, and the candidates for that date alone, with the invitation forms; and its buttons.
 */
export function registerNeedCover(app: Hono<AppEnv>, services: NeedsServices): void {
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
    const action = actionOf(c, CoverManagerStep.options);
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
