import type { Hono } from 'hono';
import { feedUrl } from '../../../../shared/calendar/feed-service.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { baseUrlOf } from '../../../../shared/http/base-url.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { loadManageList } from './loader.ts';
import { ManageListPage } from './view.tsx';

/** GET /manage: the needs of the manager's quarters. */
export function registerManageList(app: Hono<AppEnv>, services: NeedsServices): void {
  app.get('/manage', async (c) => {
    const caller = managerCaller(c);
    const page = pageContext(c, services.config.localPlatform);
    const { catalog, needs, feed, quarters } = await loadManageList(services, caller);
    const calendar = c.req.query('calendar');
    const notice =
      calendar === 'renewed'
        ? page.t('calendarFeedRenewed')
        : calendar === 'created'
          ? page.t('calendarFeedCreated')
          : undefined;
    return c.html(
      <ManageListPage
        page={page}
        catalog={catalog}
        needs={needs}
        feedUrl={feed && feedUrl(baseUrlOf(services, c), feed.token)}
        notice={notice}
        exportQuarters={quarters}
        today={berlinDate(services.clock())}
      />,
    );
  });
}
