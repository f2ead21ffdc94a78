import type { Context, Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { Caller } from '../../../../shared/auth/caller.ts';
import { IdentityError, InvalidTransitionError, ValidationError } from '../../../../shared/errors/index.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { toFieldIssues } from '../../../../shared/http/issues.ts';
import { adminCaller, pathParam, USER_ID } from '../../../../shared/web/admin/guards.ts';
import { errorsOf } from '../../../../shared/web/field-errors.ts';
import { formList, formString, readForm } from '../../../../shared/web/form.tsx';
import type { MessageKey } from '../../../../shared/web/messages-de.ts';
import { pageContext } from '../../../../shared/web/page-context.ts';
import { AssignmentInput, RoleInput, StaffInvite } from '../../contract.ts';
import type { StaffContext } from '../../staff-context.ts';
import { loadStaffPage } from './staff-loader.ts';
import {
  accountKey,
  assignKey,
  emptyInvite,
  type InviteValues,
  roleKey,
  StaffPage,
  type StaffPageProps,
} from './staff-view.tsx';

const NOTICES = ['invited', 'assigned', 'role', 'deactivated', 'reactivated', 'reinvited'] as const;
type StaffNotice = (typeof NOTICES)[number];

const INVITE_TEXTS: Record<string, MessageKey> = {
  role: 'admErr_role',
  quarters: 'admErr_quarters',
  initiativeId: 'admErr_initiative',
  'initiativeId:initiative_inactive': 'admErr_initiativeInactive',
};

type RenderOptions = Omit<StaffPageProps, 'page' | 'catalog' | 'staff' | 'initiatives' | 'selfId'> & {
  status?: 200 | 400 | 409;
};

/**
 * The staff page (/admin) and its forms: invite, a manager's quarters, an account's role,
 * deactivate or reactivate, invite again. They call the same services as the staff API.
 */
export function registerStaffPages(app: Hono<AppEnv>, context: StaffContext): void {
  const { services, staff } = context;
  const { clock } = services;
  const local = services.config.localPlatform;

  const render = async (c: Context<AppEnv>, caller: Caller, { status, ...options }: RenderOptions = {}) => {
    const data = await loadStaffPage(context, caller, viaOf(c), clock());
    return c.html(
      <StaffPage page={pageContext(c, local)} selfId={caller.userId} {...data} {...options} />,
      status ?? 200,
    );
  };
  // The anchor is a checked user id or a fixed name: never input.
  const done = (c: Context<AppEnv>, notice: StaffNotice, anchor: string) =>
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
    const userId = pathParam(c, 'userId', USER_ID);
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

  app.post('/admin/staff/:userId/role', async (c) => {
    const caller = adminCaller(c);
    const userId = pathParam(c, 'userId', USER_ID);
    const { t } = pageContext(c, local);
    const key = roleKey(userId);
    const role = formString(await readForm(c.req.raw), key);
    const parsed = RoleInput.safeParse({ role });
    if (!parsed.success) {
      return render(c, caller, { status: 400, errors: { [key]: t('admErr_role') }, roleChoice: { userId, role } });
    }
    const chosen = parsed.data.role === 'none' ? undefined : parsed.data.role;
    await staff.setRole(caller, userId, chosen, viaOf(c), clock());
    return done(c, 'role', `account-${userId}`);
  });

  app.post('/admin/staff/:userId/active', async (c) => {
    const caller = adminCaller(c);
    const userId = pathParam(c, 'userId', USER_ID);
    const { t } = pageContext(c, local);
    const active = formString(await readForm(c.req.raw), 'active');
    if (active !== 'true' && active !== 'false') {
      return render(c, caller, { status: 400, errors: { [accountKey(userId)]: t('admErr_choose') } });
    }
    await staff.setActive(caller, userId, active === 'true', viaOf(c), clock());
    return done(c, active === 'true' ? 'reactivated' : 'deactivated', `account-${userId}`);
  });

  app.post('/admin/staff/:userId/invitation', async (c) => {
    const caller = adminCaller(c);
    const userId = pathParam(c, 'userId', USER_ID);
    const { t } = pageContext(c, local);
    try {
      await staff.reinvite(caller, userId, viaOf(c), clock());
    } catch (error) {
      if (error instanceof InvalidTransitionError) {
        return render(c, caller, { status: 409, errors: { [accountKey(userId)]: t('admErr_signedInAlready') } });
      }
      throw error;
    }
    return done(c, 'reinvited', `account-${userId}`);
  });
}
