import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import { type Caller, hasRole } from '../../../../shared/auth/caller.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { futureInspection } from '../../../../shared/safeguarding/inspection-date.ts';
import { SafeguardingInput } from '../../../../shared/safeguarding/schemas.ts';
import { berlinDate } from '../../../../shared/time/calendar.ts';
import { type FieldErrors, formString, readForm } from '../../../../shared/web/form.tsx';
import type { Translate } from '../../../../shared/web/i18n.ts';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import type { AdminContext } from '../../admin-context.ts';
import { errorsOf } from '../common/field-errors.ts';
import { USER_ID } from '../common/guards.ts';
import { emptySafeguarding, SafeguardingPage, type SafeguardingValues } from './safeguarding-view.tsx';

/** Safeguarding checks are recorded by the volunteer's quarter manager or an admin. */
function safeguardingCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'admin') && !hasRole(caller, 'manager')) throw new ForbiddenError('Safeguarding page');
  return caller;
}

export const SAFEGUARDING_TEXTS: Record<string, MessageKey> = {
  'inspectedOn:in_future': 'sgErr_future',
  'issuedOn:issued_after_inspection': 'sgErr_issuedAfter',
};

/**
 * The safeguarding form as posted: what was typed, the input when every field is right, and
 * every field's error at once (the dates are checked even while the yes/no is missing).
 * Shared with the manager's volunteer page (functions/needs/pages/volunteer/).
 */
export function readSafeguardingForm(
  t: Translate,
  form: Record<string, string | string[]>,
  today: string,
): { values: SafeguardingValues; input?: SafeguardingInput; errors: FieldErrors } {
  const values: SafeguardingValues = {
    volunteerId: formString(form, 'volunteerId'),
    inspectedOn: formString(form, 'inspectedOn'),
    issuedOn: formString(form, 'issuedOn'),
    relevantConviction: formString(form, 'relevantConviction'),
  };
  const conviction =
    values.relevantConviction === 'yes' ? true : values.relevantConviction === 'no' ? false : undefined;
  const parsed = SafeguardingInput.safeParse({
    inspectedOn: values.inspectedOn,
    issuedOn: values.issuedOn,
    relevantConviction: conviction ?? false,
  });
  // A future inspection is the service's rule, asked here too so that it shows with the others.
  const issues = [
    ...(parsed.success ? [] : toFieldIssues(parsed.error.issues)),
    ...futureInspection(values.inspectedOn, today),
  ];
  const errors = errorsOf(t, issues, SAFEGUARDING_TEXTS);
  if (conviction === undefined) errors.relevantConviction = t('sgErr_choose');
  if (!USER_ID.test(values.volunteerId)) errors.volunteerId = t('sgErr_volunteerId');
  if (!parsed.success || Object.keys(errors).length > 0) return { values, errors };
  return { values, input: parsed.data, errors };
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
        const profile = await services.profiles.read(caller, values.volunteerId, viaOf(c), clock());
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
