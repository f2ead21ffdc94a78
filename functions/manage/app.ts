import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerCalendarRoutes } from './calendar-routes.ts';
import { registerManageList } from './pages/manage-list/routes.tsx';
import { registerNeedForm } from './pages/need-form/routes.tsx';
import { registerVolunteerPage } from './pages/volunteer/routes.tsx';
import { registerVolunteerSearch } from './pages/volunteers/routes.tsx';
import { registerWeekPage } from './pages/week/routes.tsx';
import type { ManageServices } from './services.ts';

/**
 * The managers' desk: the overview of their needs (/manage), the week, the volunteers of their
 * quarters and a volunteer's page (with the safeguarding check), the need form (new and edit), and
 * the calendar feed URL (page button and API). A need's own page and the needs API are the needs
 * function's.
 */
export function createManageApp(services: ManageServices) {
  const app = createBaseApp(services);
  registerManageList(app, services);
  registerWeekPage(app, services);
  registerVolunteerSearch(app, services);
  registerVolunteerPage(app, services);
  registerNeedForm(app, services);
  registerCalendarRoutes(app, services);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: ManageServices }) => createManageApp(services);
