import type { Context, Hono } from 'hono';
import * as z from 'zod';
import { viaOf } from '../../shared/audit/via.ts';
import { type Caller, hasRole } from '../../shared/auth/caller.ts';
import type { StaffService } from '../../shared/auth/staff-service.ts';
import {
  type FieldIssue,
  ForbiddenError,
  IdentityError,
  NotFoundError,
  ValidationError,
} from '../../shared/errors/index.ts';
import type { AppEnv } from '../../shared/http/app-env.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { toFieldIssues } from '../../shared/http/issues.ts';
import { InitiativeInput } from '../../shared/initiatives/schemas.ts';
import type { Services } from '../../shared/platform/services.ts';
import { SafeguardingInput } from '../../shared/safeguarding/schemas.ts';
import { type FieldErrors, formList, formString, readForm } from '../../shared/web/form.tsx';
import { issueText, type Translate } from '../../shared/web/i18n.ts';
import type { MessageKey } from '../../shared/web/messages-de.ts';
import { pageContext } from '../../shared/web/page-context.ts';
import { AssignmentInput, StaffInvite } from './contract.ts';
import {
  AdminPage,
  type AdminPageProps,
  assignKey,
  emptyInvite,
  type InviteValues,
  linkKey,
} from './pages/admin-page.tsx';
import { emptySafeguarding, SafeguardingPage, type SafeguardingValues } from './pages/safeguarding-page.tsx';

const USER_ID = /^[A-Za-z0-9-]{1,64}$/;
const NeedChoice = z.uuid();
const NOTICES = ['invited', 'assigned', 'created', 'linked'] as const;

/** Admin pages are for admins only. */
function adminCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'admin')) throw new ForbiddenError('Admin pages');
  return caller;
}

/** Safeguarding checks are recorded by the volunteer's quarter manager or an admin. */
function safeguardingCaller(c: Context<AppEnv>): Caller {
  const caller = requireCaller(c);
  if (!hasRole(caller, 'admin') && !hasRole(caller, 'manager')) throw new ForbiddenError('Safeguarding page');
  return caller;
}

/**
 * Field errors keyed by form field (the first segment of the issue path, `quarters.0` → `quarters`),
 * with this page's own words for the fields where the generic text would be vague.
 */
function errorsOf(t: Translate, issues: FieldIssue[], own: Record<string, MessageKey> = {}): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const name = issue.path.split('.')[0] ?? '';
    const key = own[`${name}:${issue.code}`] ?? own[name];
    errors[name] ??= key ? t(key) : issueText(t, issue);
  }
  return errors;
}

const INVITE_TEXTS: Record<string, MessageKey> = {
  role: 'admErr_role',
  quarters: 'admErr_quarters',
  initiativeId: 'admErr_initiative',
};

const SAFEGUARDING_TEXTS: Record<string, MessageKey> = {
  'inspectedOn:in_future': 'sgErr_future',
  'issuedOn:issued_after_inspection': 'sgErr_issuedAfter',
};

/**
 * The admin pages (/admin): staff accounts and invitations, managers' quarters, initiatives and
 * their links to needs; and /admin/safeguarding, where managers and admins record a safeguarding
 * check. They call the same services as the admin API, never the API over HTTP.
 */
export function registerAdminPages(app: Hono<AppEnv>, services: Services, staff: StaffService): void {
  const { clock, initiatives } = services;
  const local = services.config.localPlatform;

  type RenderOptions = Omit<AdminPageProps, 'page' | 'catalog' | 'staff' | 'initiatives' | 'needs'> & {
    status?: 200 | 400 | 404 | 409;
  };
  const render = async (c: Context<AppEnv>, caller: Caller, { status, ...options }: RenderOptions = {}) => {
    const page = pageContext(c, local);
    const catalog = await services.catalog.get(clock().getTime());
    const [accounts, registered, needs] = await Promise.all([
      staff.list(caller, viaOf(c), clock()),
      initiatives.list(caller),
      services.needs.listManaged(caller, catalog),
    ]);
    return c.html(
      <AdminPage page={page} catalog={catalog} staff={accounts} initiatives={registered} needs={needs} {...options} />,
      status ?? 200,
    );
  };
  const done = (c: Context<AppEnv>, notice: (typeof NOTICES)[number], anchor: string) =>
    c.redirect(`/admin?notice=${notice}#${anchor}`, 303);

  app.get('/admin', async (c) => {
    const caller = adminCaller(c);
    const { t } = pageContext(c, local);
    const notice = NOTICES.find((name) => name === c.req.query('notice'));
    const text =
      notice && `${t(`admNotice_${notice}`)}${notice === 'invited' && local ? ` ${t('admInviteLocal')}` : ''}`;
    return render(c, caller, { notice: text });
  });

  app.post('/admin/staff', async (c) => {
    const caller = adminCaller(c);
    const { t } = pageContext(c, local);
    const form = await readForm(c.req.raw);
    const values: InviteValues = {
      ...emptyInvite(),
      email: formString(form, 'email'),
      role: formString(form, 'role'),
      quarters: formList(form, 'quarters'),
      initiativeId: formString(form, 'initiativeId'),
    };
    // Only what the chosen role uses counts; the other fields may still hold something.
    const parsed = StaffInvite.safeParse({
      email: values.email,
      role: values.role || undefined,
      ...(values.role === 'manager' && { quarters: values.quarters }),
      ...(values.role === 'initiative' && values.initiativeId && { initiativeId: values.initiativeId }),
    });
    if (!parsed.success) {
      const errors = errorsOf(t, toFieldIssues(parsed.error.issues), INVITE_TEXTS);
      return render(c, caller, { status: 400, errors, invite: values });
    }
    const { email, role, ...assignment } = parsed.data;
    try {
      await staff.invite(caller, email, role, assignment, viaOf(c), clock());
    } catch (error) {
      if (error instanceof ValidationError) {
        return render(c, caller, { status: 400, errors: errorsOf(t, error.issues, INVITE_TEXTS), invite: values });
      }
      if (error instanceof IdentityError && error.code === 'USER_EXISTS') {
        return render(c, caller, { status: 409, errors: { email: t('admErr_exists') }, invite: values });
      }
      throw error;
    }
    return done(c, 'invited', 'staff');
  });

  app.post('/admin/staff/:userId/quarters', async (c) => {
    const caller = adminCaller(c);
    const userId = c.req.param('userId');
    if (!USER_ID.test(userId)) throw new NotFoundError('Page');
    const { t } = pageContext(c, local);
    const quarters = formList(await readForm(c.req.raw), 'quarters');
    const key = assignKey(userId);
    const failed = () =>
      render(c, caller, { status: 400, errors: { [key]: t('admErr_quarters') }, assign: { userId, quarters } });
    const parsed = AssignmentInput.safeParse({ role: 'manager', quarters });
    if (!parsed.success) return failed();
    try {
      await staff.assign(caller, userId, 'manager', { quarters: parsed.data.quarters }, viaOf(c), clock());
    } catch (error) {
      if (error instanceof ValidationError) return failed();
      throw error;
    }
    return done(c, 'assigned', 'quarters');
  });

  app.post('/admin/initiatives', async (c) => {
    const caller = adminCaller(c);
    const { t } = pageContext(c, local);
    const name = formString(await readForm(c.req.raw), 'name');
    const parsed = InitiativeInput.safeParse({ name });
    if (!parsed.success) {
      return render(c, caller, { status: 400, errors: { name: t('admErr_name') }, initiativeName: name });
    }
    const initiative = await initiatives.create(caller, parsed.data.name, clock());
    return done(c, 'created', `initiative-${initiative.initiativeId}`);
  });

  app.post('/admin/initiatives/:initiativeId/links', async (c) => {
    const caller = adminCaller(c);
    const initiativeId = c.req.param('initiativeId');
    if (!z.uuid().safeParse(initiativeId).success) throw new NotFoundError('Page');
    const { t } = pageContext(c, local);
    const needId = formString(await readForm(c.req.raw), 'needId');
    const key = linkKey(initiativeId);
    const parsed = NeedChoice.safeParse(needId);
    if (!parsed.success) {
      return render(c, caller, { status: 400, errors: { [key]: t('admErr_need') }, link: { initiativeId, needId } });
    }
    try {
      await initiatives.link(caller, initiativeId, parsed.data, viaOf(c), clock());
    } catch (error) {
      // The initiative itself missing is a page that does not exist; a vanished need is the form's error.
      if (error instanceof NotFoundError && error.entity === 'Need') {
        return render(c, caller, {
          status: 404,
          errors: { [key]: t('admErr_needGone') },
          link: { initiativeId, needId },
        });
      }
      throw error;
    }
    return done(c, 'linked', `initiative-${initiativeId}`);
  });

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
    const form = await readForm(c.req.raw);
    const values: SafeguardingValues = {
      volunteerId: formString(form, 'volunteerId'),
      inspectedOn: formString(form, 'inspectedOn'),
      issuedOn: formString(form, 'issuedOn'),
      relevantConviction: formString(form, 'relevantConviction'),
    };
    const conviction =
      values.relevantConviction === 'yes' ? true : values.relevantConviction === 'no' ? false : undefined;
    // The dates are checked even while the yes/no is missing, so that every mistake shows at once.
    const parsed = SafeguardingInput.safeParse({
      inspectedOn: values.inspectedOn,
      issuedOn: values.issuedOn,
      relevantConviction: conviction ?? false,
    });
    const errors = parsed.success ? {} : errorsOf(t, toFieldIssues(parsed.error.issues), SAFEGUARDING_TEXTS);
    if (conviction === undefined) errors.relevantConviction = t('sgErr_choose');
    if (!USER_ID.test(values.volunteerId)) errors.volunteerId = t('sgErr_volunteerId');
    if (!parsed.success || Object.keys(errors).length > 0) {
      return renderSafeguarding(c, caller, values, { status: 400, errors });
    }
    try {
      await services.safeguarding.record(caller, values.volunteerId, parsed.data, viaOf(c), clock());
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
