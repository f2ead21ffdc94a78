import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import { type Caller, hasRole } from '../../../../shared/auth/caller.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { USER_ID } from '../../../../shared/web/admin/guards.ts';
import { errorsOf } from '../../../../shared/web/field-errors.ts';
import { type FieldErrors, readForm } from '../../../../shared/web/form.tsx';
import { pageContext } from '../../../../shared/web/page-context.ts';
import {
  emptySafeguarding,
  readSafeguardingForm,
  SAFEGUARDING_TEXTS,
  type SafeguardingValues,
} from '../../../../shared/web/safeguarding-form.tsx';
import type { AdminContext } from '../../admin-context.ts';
import { SafeguardingPage } from './safeguarding-view.tsx';

/** Safeguarding checks are recorded by the volunteer's quarter manager or an admin. */
function safeguardingCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'admin') && !hasRole(caller, 'manager')) throw new ForbiddenError('Safeguarding page');
  return caller;
}

/**
 * /admin/safeguarding: managers (for volunteers who help in their quarters) and admins record a
 * safeguarding check and see the current one.
 */
export function registerSafeguardingPages(app: Hono<AppEnv>, { services }: AdminContext): void {
  const { clock } = services;
  const local = services.config.localPlatform;

  // Safeguarding checks: admins, and managers for volunteers who help in their quarters.
  const renderSafeguarding = async (
    c: Context<AppEnv>,
    caller: Caller,
    values: SafeguardingValues,
    options: { status?: 200 | 400 | 403 | 404; errors?: FieldErrors; notice?: string; alert?: string } = {},
  ) => {
    const page = pageContext(c, local);
    let person: string | undefined;
    let current: Awaited<ReturnType<typeof services.safeguarding.status>> | undefined;
    let status = options.status ?? 200;
    const errors = { ...options.errors };
    let alert = options.alert;
    if (USER_ID.test(values.volunteerId)) {
      try {
        const profile = await services.profileReader.read(caller, values.volunteerId, viaOf(c), clock());
        person = `${profile.firstName} ${profile.lastName}`;
        current = await services.safeguarding.status(caller, values.volunteerId, viaOf(c), clock());
      } catch (error) {
        if (error instanceof NotFoundError) {
          errors.volunteerId ??= page.t('sgErr_notFound');
          if (status === 200) status = 404;
        } else if (error instanceof ForbiddenError) {
          alert ??= page.t('sgErr_forbidden');
          if (status === 200) status = 403;
        } else {
          throw error;
        }
      }
    } else if (values.volunteerId !== '') {
      errors.volunteerId ??= page.t('sgErr_notFound');
      if (status === 200) status = 404;
    }
    return c.html(
      <SafeguardingPage
        page={page}
        values={values}
        errors={errors}
        notice={options.notice}
        alert={alert}
        person={person}
        current={current}
      />,
      status,
    );
  };

  app.get('/admin/safeguarding', async (c) => {
    const caller = safeguardingCaller(c);
    const { t } = pageContext(c, local);
    const volunteerId = c.req.query('volunteerId')?.trim() ?? '';
    const notice = c.req.query('notice') === 'recorded' ? t('sgNotice_recorded') : undefined;
    return renderSafeguarding(c, caller, emptySafeguarding(volunteerId), { notice });
  });

  app.post('/admin/safeguarding', async (c) => {
    const caller = safeguardingCaller(c);
    const { t } = pageContext(c, local);
    const { values, input, errors } = readSafeguardingForm(t, await readForm(c.req.raw), berlinDate(clock()));
    if (!input) return renderSafeguarding(c, caller, values, { status: 400, errors });
    try {
      await services.safeguarding.record(caller, values.volunteerId, input, viaOf(c), clock());
    } catch (error) {
      if (error instanceof ValidationError) {
        return renderSafeguarding(c, caller, values, {
          status: 400,
          errors: errorsOf(t, error.issues, SAFEGUARDING_TEXTS),
        });
      }
      if (error instanceof ForbiddenError) {
        return renderSafeguarding(c, caller, values, { status: 403, alert: t('sgErr_forbidden') });
      }
      if (error instanceof NotFoundError) {
        return renderSafeguarding(c, caller, values, {
          status: 404,
          errors: { volunteerId: t('sgErr_notFound') },
        });
      }
      throw error;
    }
    return c.redirect(`/admin/safeguarding?volunteerId=${encodeURIComponent(values.volunteerId)}&notice=recorded`, 303);
  });
}
