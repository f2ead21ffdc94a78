export { registerInitiativesApi } from './initiatives-api.ts';
export { registerInitiativesPages } from './initiatives-routes.tsx';
