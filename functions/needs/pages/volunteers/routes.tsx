import type { Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { loadSearchPage } from './loader.ts';
import { SearchPage } from './view.tsx';

/** GET /manage/volunteers?q=&skill=&language=&quarter=&next= */
export function registerVolunteerSearch(app: Hono<AppEnv>, services: NeedsServices): void {
  app.get('/manage/volunteers', async (c) => {
    const caller = managerCaller(c);
    const data = await loadSearchPage(services, caller, c.req.query(), viaOf(c));
    return c.html(
      <SearchPage page={pageContext(c, services.config.localPlatform)} data={data} />,
      data.invalid.length > 0 ? 400 : 200,
    );
  });
}
