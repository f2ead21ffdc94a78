export { registerAuditRoutes } from './audit-routes.tsx';
