import { CatalogAdmin } from '../../shared/catalog/catalog-admin.ts';
import type { AdminServices } from './services.ts';

/** What the admin function's pages and API routes share: the platform's services and the admin-only ones. */
export interface AdminContext {
  services: AdminServices;
  catalogAdmin: CatalogAdmin;
}

export function createAdminContext(services: AdminServices): AdminContext {
  return {
    services,
    catalogAdmin: new CatalogAdmin({ repository: services.catalogRepository, cache: services.catalog }),
  };
}
