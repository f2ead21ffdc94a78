export { registerCatalogApi } from './catalog-api.ts';
export { registerCatalogPages } from './catalog-routes.tsx';
