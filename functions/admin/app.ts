import { viaOf } from '../../shared/audit/via.ts';
import { IdentityAdmin } from '../../shared/auth/identity-admin.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { StaffService } from '../../shared/auth/staff-service.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import type { Services } from '../../shared/platform/services.ts';
import { registerAuditRoutes } from './audit-routes.tsx';
import {
  assignStaff,
  createInitiative,
  inviteStaff,
  linkInitiative,
  listInitiatives,
  listStaff,
  setStaffRole,
} from './contract.ts';
import { registerAdminPages } from './pages.tsx';

/** Admin: staff accounts and their assignments, initiatives and their links to needs. */
export function createAdminApp(services: Services) {
  const app = createBaseApp(services);
  const { clock, initiatives } = services;
  const staff = new StaffService({
    identity: new IdentityAdmin(createCognitoClient(services.config), services.config.cognito.userPoolId),
    staff: services.staff,
    initiatives: services.initiativeRepository,
    catalog: services.catalog,
    sessions: services.sessions,
    audit: services.audit,
  });

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
  registerApiRoute(app, listInitiatives, async (c) =>
    c.json({ initiatives: await initiatives.list(requireCaller(c)) }),
  );
  registerApiRoute(app, createInitiative, async (c, { body }) =>
    c.json(await initiatives.create(requireCaller(c), body.name, clock()), 201),
  );
  registerApiRoute(app, linkInitiative, async (c, { params }) => {
    await initiatives.link(requireCaller(c), params.initiativeId, params.needId, viaOf(c), clock());
    return c.body(null, 204);
  });
  registerAdminPages(app, services, staff);
  registerAuditRoutes(app, services);
  return app;
}
