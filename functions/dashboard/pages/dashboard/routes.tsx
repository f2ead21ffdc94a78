import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { volunteerCaller } from '../../../../shared/http/page-callers.ts';
import type { PageAlert } from '../../../../shared/web/alert.tsx';
import { conflictText } from '../../../../shared/web/explain.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { catalogNames } from '../../../../shared/web/format.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { actionOf, dateOf, needIdOf } from '../../../../shared/web/path-params.ts';
import type { DashboardServices } from '../../services.ts';
import { STEP_ORIGINS, type StepOrigin, VOLUNTEER_STEPS } from '../common/volunteer-steps.tsx';
import { renderVolunteerNeed } from '../volunteer-need/routes.tsx';
import { loadDashboard } from './loader.ts';
import { DashboardPage } from './view.tsx';

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
  services: DashboardServices,
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
export function registerDashboard(app: Hono<AppEnv>, services: DashboardServices): void {
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
