import { IdentityAdmin } from '../../shared/auth/identity-admin.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { StaffService } from '../../shared/auth/staff-service.ts';
import { CatalogAdmin } from '../../shared/catalog/catalog-admin.ts';
import type { AdminServices } from './services.ts';

/** What the admin function's pages and API routes share: the platform's services and the admin-only ones. */
export interface AdminContext {
  services: AdminServices;
  staff: StaffService;
  catalogAdmin: CatalogAdmin;
}

export function createAdminContext(services: AdminServices): AdminContext {
  return {
    services,
    staff: new StaffService({
      identity: new IdentityAdmin(createCognitoClient(services.config), services.config.cognito.userPoolId),
      staff: services.staff,
      initiatives: services.initiativeRepository,
      catalog: services.catalog,
      sessions: services.sessions,
      audit: services.audit,
    }),
    catalogAdmin: new CatalogAdmin({ repository: services.catalogRepository, cache: services.catalog }),
  };
}
