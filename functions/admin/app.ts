import { createBaseApp } from '../../shared/http/base-app.ts';
import { createAdminContext } from './admin-context.ts';
import { registerAuditRoutes } from './pages/audit/index.ts';
import { registerCatalogApi, registerCatalogPages } from './pages/catalog/index.ts';
import { registerInitiativesApi, registerInitiativesPages } from './pages/initiatives/index.ts';
import { registerSafeguardingPages } from './pages/safeguarding/index.ts';
import type { AdminServices } from './services.ts';

/**
 * Admin: initiatives and their links, the catalogue, the audit trail; and the safeguarding page
 * (also for managers). Staff accounts, the one part that calls the user pool, are the staff
 * function's (functions/staff). Each concept's folder under pages/ holds its views,
 * loader, page routes and API routes; this only mounts them.
 */
export function createAdminApp(services: AdminServices) {
  const app = createBaseApp(services);
  const context = createAdminContext(services);
  registerInitiativesApi(app, context);
  registerCatalogApi(app, context);
  registerInitiativesPages(app, context);
  registerCatalogPages(app, context);
  registerSafeguardingPages(app, context);
  registerAuditRoutes(app, context);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: AdminServices }) => createAdminApp(services);
