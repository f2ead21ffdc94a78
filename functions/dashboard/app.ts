import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { declareAbsence, myMatches, volunteerCoverAction, volunteerMatchAction } from './contract.ts';
import { registerAbsence } from './pages/absence/routes.tsx';
import { registerDashboard } from './pages/dashboard/routes.tsx';
import { registerVolunteerNeed } from './pages/volunteer-need/routes.tsx';
import type { DashboardServices } from './services.ts';

/**
 * The volunteer's side of needs: the dashboard, a need's page for them, their steps and absences,
 * as pages and as API. Apart from the needs function (the managers' side) so that each bundle
 * carries only its own pages; this one alone reads the user pool (the quarter managers'
 * addresses on a need's page).
 */
export function createDashboardApp(services: DashboardServices) {
  const app = createBaseApp(services);
  const { matches, clock } = services;

  registerApiRoute(app, volunteerMatchAction, async (c, { params }) =>
    c.json(await matches.volunteerStep(requireCaller(c), params.needId, params.action, clock())),
  );
  registerApiRoute(app, volunteerCoverAction, async (c, { params }) =>
    c.json(await matches.volunteerStep(requireCaller(c), params.needId, params.action, clock(), params.date)),
  );
  registerApiRoute(app, declareAbsence, async (c, { params, body }) =>
    c.json(await matches.declareAbsence(requireCaller(c), params.needId, body.date, clock())),
  );
  registerApiRoute(app, myMatches, async (c) =>
    c.json({ matches: await matches.myMatches(requireCaller(c), clock()) }),
  );
  // Before the dashboard's /dashboard/needs/:needId/:action, which would take "absences" for an action.
  registerAbsence(app, services);
  registerDashboard(app, services);
  registerVolunteerNeed(app, services);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: DashboardServices }) => createDashboardApp(services);
