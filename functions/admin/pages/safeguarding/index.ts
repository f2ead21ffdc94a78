export { registerSafeguardingPages } from './safeguarding-routes.tsx';
