import type { Hono } from 'hono';
import { viaOf } from '../../../../shared/audit/via.ts';
import type { AppEnv } from '../../../../shared/http/app-env.ts';
import { requireCaller } from '../../../../shared/http/authenticate.ts';
import { registerApiRoute } from '../../../../shared/http/register-route.ts';
import { assignStaff, inviteStaff, listStaff, reinviteStaff, setStaffActive, setStaffRole } from '../../contract.ts';
import type { StaffContext } from '../../staff-context.ts';

/** The staff API: list, invite, assign, role, deactivate/reactivate, invite again. */
export function registerStaffApi(app: Hono<AppEnv>, { services, staff }: StaffContext): void {
  const { clock } = services;
  registerApiRoute(app, listStaff, async (c) =>
    c.json({ staff: await staff.list(requireCaller(c), viaOf(c), clock()) }),
  );
  registerApiRoute(app, inviteStaff, async (c, { body }) => {
    const { email, role, ...assignment } = body;
    return c.json(await staff.invite(requireCaller(c), email, role, assignment, viaOf(c), clock()), 201);
  });
  registerApiRoute(app, assignStaff, async (c, { params, body }) => {
    const { role, ...assignment } = body;
    return c.json(await staff.assign(requireCaller(c), params.userId, role, assignment, viaOf(c), clock()));
  });
  registerApiRoute(app, setStaffRole, async (c, { params, body }) => {
    const role = body.role === 'none' ? undefined : body.role;
    const roles = await staff.setRole(requireCaller(c), params.userId, role, viaOf(c), clock());
    return c.json({ userId: params.userId, roles });
  });
  registerApiRoute(app, setStaffActive, async (c, { params, body }) =>
    c.json(await staff.setActive(requireCaller(c), params.userId, body.active, viaOf(c), clock())),
  );
  registerApiRoute(app, reinviteStaff, async (c, { params }) => {
    await staff.reinvite(requireCaller(c), params.userId, viaOf(c), clock());
    return c.body(null, 204);
  });
}
