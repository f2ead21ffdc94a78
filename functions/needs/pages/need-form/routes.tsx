import type { Hono } from 'hono';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { managerCaller } from '../../../../shared/http/page-callers.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { needIdOf } from '../../../../shared/web/path-params.ts';
import type { NeedsServices } from '../../services.ts';
import { loadNeedForm } from './loader.ts';
import { renderNeedForm } from './render.tsx';
import { submitNeedForm } from './submit.tsx';
import { valuesFromNeed } from './values.ts';

/** GET/POST /manage/needs/new and /manage/needs/:needId/edit. */
export function registerNeedForm(app: Hono<AppEnv>, services: NeedsServices): void {
  app.get('/manage/needs/new', async (c) => {
    const caller = managerCaller(c);
    const { quarters } = await loadNeedForm(services, caller);
    return renderNeedForm(c, services, caller, valuesFromNeed(undefined, quarters[0]?.id ?? ''), undefined);
  });
  app.post('/manage/needs/new', (c) => submitNeedForm(c, services, undefined));

  app.get('/manage/needs/:needId/edit', async (c) => {
    const caller = managerCaller(c);
    const needId = needIdOf(c);
    const need = await services.needs.read(caller, needId);
    const editable = need.status === 'draft' || need.status === 'open' || need.status === 'filled';
    const { t } = pageContext(c, services.config.localPlatform);
    return renderNeedForm(c, services, caller, valuesFromNeed(need, need.quarterId), needId, {
      ...(!editable && { message: t('needNotEditable') }),
    });
  });
  app.post('/manage/needs/:needId/edit', (c) => submitNeedForm(c, services, needIdOf(c)));
}
