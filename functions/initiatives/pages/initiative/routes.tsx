import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import { type Caller, hasRole } from '../../../../shared/auth/caller.ts';
import {
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  VersionConflictError,
} from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { ReviewInput } from '../../../../shared/initiatives/schemas.ts';
import { type FieldErrors, formString, readForm } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { InitiativesServices } from '../../services.ts';
import { loadInitiativePage } from './loader.ts';
import { reasonKey } from './match-item.tsx';
import { InitiativePage } from './view.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VOLUNTEER_ID = /^[A-Za-z0-9-]{1,64}$/;
const NOTICES = ReviewInput.shape.status.options;

/** Initiative pages are for initiative members; nobody else has an initiative to look at. */
function memberCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'initiative')) throw new ForbiddenError('Initiative pages');
  return caller;
}

/**
 * The initiative view (/initiative): the needs linked to the member's initiative and, of each
 * accepted match, first name and languages only; a member confirms a match or raises a concern
 * with a short reason, which the manager sees on the need. Calls the same service as the API.
 */
export function registerInitiativePages(app: Hono<AppEnv>, services: InitiativesServices): void {
  const { initiatives, clock } = services;

  const render = async (
    c: Context<AppEnv>,
    caller: Caller,
    options: {
      status?: 200 | 400 | 404 | 409;
      notice?: string;
      alert?: string;
      errors?: FieldErrors;
      reasons?: Record<string, string>;
    } = {},
  ) => {
    const page = pageContext(c, services.config.localPlatform);
    const { catalog, view } = await loadInitiativePage(services, caller, viaOf(c));
    return c.html(
      <InitiativePage
        page={page}
        catalog={catalog}
        name={view ? (view.initiative?.name ?? page.t('iniTitle')) : undefined}
        needs={view?.needs ?? []}
        deactivated={view?.initiative?.deactivatedAt !== undefined}
        notice={options.notice}
        alert={options.alert}
        errors={options.errors}
        reasons={options.reasons}
      />,
      options.status ?? 200,
    );
  };

  app.get('/initiative', async (c) => {
    const caller = memberCaller(c);
    const { t } = pageContext(c, services.config.localPlatform);
    const notice = NOTICES.find((name) => name === c.req.query('notice'));
    return render(c, caller, { notice: notice && t(`iniNotice_${notice}`) });
  });

  app.post('/initiative/needs/:needId/matches/:volunteerId/review', async (c) => {
    const caller = memberCaller(c);
    const needId = c.req.param('needId');
    const volunteerId = c.req.param('volunteerId');
    if (!UUID.test(needId) || !VOLUNTEER_ID.test(volunteerId)) throw new NotFoundError('Page');
    const { t } = pageContext(c, services.config.localPlatform);
    const form = await readForm(c.req.raw);
    const status = formString(form, 'status');
    const reason = formString(form, 'reason');
    const key = reasonKey(needId, volunteerId);
    const parsed = ReviewInput.safeParse({
      status,
      ...(status === 'concern' && { reason }),
    });
    if (!parsed.success) {
      const issue = toFieldIssues(parsed.error.issues)[0];
      if (issue?.path !== 'reason') {
        return render(c, caller, { status: 400, alert: t('iniBadRequest') });
      }
      const text = issue.code === 'too_big' ? t('iniErr_reasonLong') : t('iniErr_reason');
      return render(c, caller, { status: 400, errors: { [key]: text }, reasons: { [key]: reason } });
    }
    try {
      await initiatives.review(caller, needId, volunteerId, parsed.data, viaOf(c), clock());
    } catch (error) {
      if (error instanceof InvalidTransitionError) {
        return render(c, caller, { status: 409, alert: t('iniConflict') });
      }
      if (error instanceof VersionConflictError) {
        return render(c, caller, { status: 409, alert: t('iniConflictVersion'), reasons: { [key]: reason } });
      }
      if (error instanceof NotFoundError) {
        return render(c, caller, { status: 404, alert: t('iniNotFound') });
      }
      throw error;
    }
    return c.redirect(`/initiative?notice=${parsed.data.status}#need-${needId}`, 303);
  });
}
