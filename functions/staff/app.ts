import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerStaffApi, registerStaffPages } from './pages/staff/index.ts';
import type { StaffServices } from './services.ts';
import { createStaffContext } from './staff-context.ts';

/**
 * Staff accounts (the admin area's start page /admin, its forms under /admin/staff, and
 * /api/admin/staff): invitations, quarters and initiatives, roles, deactivation. The one function
 * of the admin area that calls the user pool's admin side, so the others bundle no Cognito client.
 */
export function createStaffApp(services: StaffServices) {
  const app = createBaseApp(services);
  const context = createStaffContext(services);
  registerStaffApi(app, context);
  registerStaffPages(app, context);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: StaffServices }) => createStaffApp(services);
