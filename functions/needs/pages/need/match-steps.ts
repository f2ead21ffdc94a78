import type { Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { ManagerStep } from '../../../../shared/matches/schemas.ts';
import { formString, readForm } from '../../../../shared/web/form.tsx';
import { actionOf, needIdOf, volunteerIdOf } from '../../../../shared/web/path-params.ts';
import type { NeedsServices } from '../../services.ts';
import { needAnswers } from './answers.ts';

/** POST /manage/needs/:needId/matches/:volunteerId/:action: a manager's step on a match (a no-show: on a date). */
export function registerMatchSteps(app: Hono<AppEnv>, services: NeedsServices): void {
  const { back, attempt } = needAnswers(services);

  app.post('/manage/needs/:needId/matches/:volunteerId/:action', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const volunteerId = volunteerIdOf(c);
    const action = actionOf(c, ManagerStep.options);
    return attempt(c, caller, needId, async () => {
      // A no-show (or its undoing) names its date in the form.
      const date = action === 'no_show' || action === 'came' ? formString(await readForm(c.req.raw), 'date') : '';
      await services.matches.managerStep(caller, needId, volunteerId, action, viaOf(c), services.clock(), {
        date: date || undefined,
      });
      return back(c, needId, action === 'cancel' ? 'cancelMatch' : action);
    });
  });
}
