import type { Hono } from 'hono';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { Layout } from '../../../../shared/web/layout.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { NeedsServices } from '../../services.ts';
import { loadWeekPage, mondayFrom } from './loader.ts';
import { WeekPage } from './view.tsx';

/** GET /manage/week?from=YYYY-MM-DD (a Monday; default: this week in Berlin). */
export function registerWeekPage(app: Hono<AppEnv>, services: NeedsServices): void {
  app.get('/manage/week', async (c) => {
    const caller = managerCaller(c);
    const page = pageContext(c, services.config.localPlatform);
    const from = mondayFrom(c.req.query('from'));
    if (from === 'invalid')
      return c.html(
        <Layout page={page} title={page.t('weekInvalidTitle')}>
          <p>{page.t('weekInvalid')}</p>
          <p>
            <a href="/manage/week">{page.t('weekThis')}</a>
          </p>
        </Layout>,
        400,
      );
    return c.html(<WeekPage page={page} data={await loadWeekPage(services, caller, from)} />);
  });
}
