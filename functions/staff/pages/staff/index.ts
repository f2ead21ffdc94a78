export { registerStaffApi } from './staff-api.ts';
export { registerStaffPages } from './staff-routes.tsx';
