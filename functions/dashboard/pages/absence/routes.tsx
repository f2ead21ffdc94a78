import type { Context, Hono } from 'hono';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { volunteerCaller } from '../../../../shared/http/page-callers.ts';
import { decideAbsence } from '../../../../shared/matches/absence-planner.ts';
import { isCalendarDate } from '../../../../shared/time/calendar.ts';
import { conflictText } from '../../../../shared/web/explain.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { catalogNames } from '../../../../shared/web/format.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { needIdOf } from '../../../../shared/web/path-params.ts';
import type { DashboardServices } from '../../services.ts';
import { renderDashboard } from '../dashboard/routes.tsx';
import { commitmentTo } from './loader.ts';
import { AbsenceConfirmPage } from './view.tsx';

/**
 * "I cannot come on this date" from the dashboard: the button posts the date and gets a
 * confirmation page; its form posts again with `confirm=1` and the absence is declared. A date
 * that cannot be cancelled (too late, not theirs, no longer accepted) goes to the service, whose
 * refusal the dashboard shows in words.
 */
export function registerAbsence(app: Hono<AppEnv>, services: DashboardServices): void {
  app.post('/dashboard/needs/:needId/absences', async (c) => {
    const caller = volunteerCaller(c);
    const needId = needIdOf(c);
    const form = await readForm(c.req.raw);
    const date = formString(form, 'date');
    const now = services.clock();
    if (formString(form, 'confirm') !== '1' && isCalendarDate(date)) {
      const commitment = await commitmentTo(services, caller, needId, now);
      const cutoffHours = services.matches.absenceCutoffHours;
      if (commitment && decideAbsence({ ...commitment, date, now, cutoffHours }).kind === 'allowed') {
        // Rendered by a POST: switching the language leads back to the dashboard, which can be fetched.
        const page = { ...pageContext(c, services.config.localPlatform), path: '/dashboard' };
        return c.html(<AbsenceConfirmPage page={page} match={commitment.match} date={date} />);
      }
    }
    try {
      await services.matches.declareAbsence(caller, needId, date, now);
    } catch (error) {
      return explainRefusal(c, services, caller, error);
    }
    return c.redirect(`/dashboard?notice=absent#need-${needId}`, 303);
  });
}

async function explainRefusal(c: Context<AppEnv>, services: DashboardServices, caller: Caller, error: unknown) {
  const { t, lang } = pageContext(c, services.config.localPlatform);
  if (error instanceof ValidationError)
    return renderDashboard(c, services, caller, { status: 400, alert: { text: t('absenceNotYours') } });
  const catalog = await services.catalog.get(services.clock().getTime());
  const alert = conflictText(t, lang, catalogNames(catalog, lang), error);
  if (!alert) throw error;
  return renderDashboard(c, services, caller, { status: 409, alert });
}
