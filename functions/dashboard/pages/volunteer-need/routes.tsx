import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { volunteerCaller } from '../../../../shared/http/page-callers.ts';
import type { PageAlert } from '../../../../shared/web/alert.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { needIdOf } from '../../../../shared/web/path-params.ts';
import type { DashboardServices } from '../../services.ts';
import { VOLUNTEER_STEPS } from '../common/volunteer-steps.tsx';
import { loadVolunteerNeed } from './loader.ts';
import { VolunteerNeedPage } from './view.tsx';

/** The notices a step's redirect back to the need's page names (`?notice=`). */
const NOTICES = VOLUNTEER_STEPS;

/** The need's page for a volunteer, with a notice after a step or an alert after a refused one. */
export async function renderVolunteerNeed(
  c: Context<AppEnv>,
  services: DashboardServices,
  caller: Caller,
  needId: string,
  options: { status?: 200 | 409; alert?: PageAlert } = {},
) {
  const page = pageContext(c, services.config.localPlatform);
  const data = await loadVolunteerNeed(services, caller, needId);
  const notice = c.req.query('notice');
  const noticeText =
    !options.alert && notice && (NOTICES as readonly string[]).includes(notice)
      ? page.t(`dashNotice_${notice as (typeof NOTICES)[number]}`)
      : undefined;
  c.header('Cache-Control', 'no-store');
  return c.html(
    <VolunteerNeedPage page={page} data={data} notice={noticeText} alert={options.alert} />,
    options.status ?? 200,
  );
}

/**
 * GET /dashboard/needs/:needId: a need as a volunteer sees it (open in one of their quarters, or
 * one they have a match with; any other id is 404). Its buttons post to the dashboard's step
 * routes with `from=need`, which answer back here.
 */
export function registerVolunteerNeed(app: Hono<AppEnv>, services: DashboardServices): void {
  app.get('/dashboard/needs/:needId', async (c) => {
    const caller = volunteerCaller(c);
    return renderVolunteerNeed(c, services, caller, needIdOf(c));
  });
}
