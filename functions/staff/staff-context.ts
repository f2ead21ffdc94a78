import { IdentityAdmin } from '../../shared/auth/identity-admin.ts';
import { createCognitoClient } from '../../shared/auth/identity-provider.ts';
import { StaffService } from '../../shared/auth/staff-service.ts';
import type { StaffServices } from './services.ts';

/** What the staff page and API share: the platform's services and the staff accounts (the user pool's admin side). */
export interface StaffContext {
  services: StaffServices;
  staff: StaffService;
}

export function createStaffContext(services: StaffServices): StaffContext {
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
  };
}
