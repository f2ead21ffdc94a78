import type { Hono } from 'hono';
import type { AppEnv } from '../../shared/http/app-env.ts';
import type { Services } from '../../shared/platform/services.ts';
import { registerAbsence } from './pages/absence/routes.tsx';
import { registerDashboard } from './pages/dashboard/view.tsx';
import { registerManageList } from './pages/manage-list/view.tsx';
import { registerNeedActions } from './pages/need/actions.ts';
import { registerNeedDetail } from './pages/need/view.tsx';
import { registerNeedCover } from './pages/need-cover/view.tsx';
import { registerNeedForm } from './pages/need-form/view.tsx';
import { registerVolunteerPage } from './pages/volunteer/routes.tsx';
import { registerVolunteerNeed } from './pages/volunteer-need/routes.tsx';
import { registerVolunteerSearch } from './pages/volunteers/routes.tsx';
import { registerWeekPage } from './pages/week/routes.tsx';

/**
 * The web pages of the needs function: for managers the needs of their quarters (/manage), the
 * need form, the need with its matches, candidates and history; for volunteers their dashboard
 * (/dashboard). They call the same services as the JSON API, never the API over HTTP.
 */
export function registerNeedPages(app: Hono<AppEnv>, services: Services): void {
  registerManageList(app, services);
  registerWeekPage(app, services);
  registerVolunteerSearch(app, services);
  registerVolunteerPage(app, services);
  // Before /manage/needs/:needId, or "new" would be taken for a need id.
  registerNeedForm(app, services);
  registerNeedDetail(app, services);
  registerNeedActions(app, services);
  // Before the dashboard's /dashboard/needs/:needId/:action, which would take "absences" for an action.
  registerAbsence(app, services);
  registerNeedCover(app, services);
  registerDashboard(app, services);
  registerVolunteerNeed(app, services);
}
