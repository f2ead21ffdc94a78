import type { Hono } from 'hono';
import { hasRole } from '../../../../shared/auth/caller.ts';
import { ForbiddenError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { QuarterDataServices } from '../../services.ts';
import { loadStatisticsPage } from './loader.ts';
import { StatisticsPage } from './view.tsx';

/**
 * GET /manage/statistics (managers: their quarters) and GET /admin/statistics (admins: any
 * quarter): one loader, one view; the service decides which quarters a caller may see.
 */
export function registerStatisticsPage(app: Hono<AppEnv>, services: QuarterDataServices): void {
  for (const path of ['/manage/statistics', '/admin/statistics'] as const) {
    app.get(path, async (c) => {
      const caller = path === '/manage/statistics' ? managerCaller(c) : requireCaller(c);
      if (path === '/admin/statistics' && !hasRole(caller, 'admin')) throw new ForbiddenError('Admin pages');
      const page = pageContext(c, services.config.localPlatform);
      const data = await loadStatisticsPage(services, caller, path, new URL(c.req.url));
      return c.html(<StatisticsPage page={page} data={data} />, data.issues.length > 0 ? 400 : 200);
    });
  }
}
