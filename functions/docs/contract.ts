import type { ApiRoute } from '../../shared/http/api-route.ts';

/**
 * The docs function's JSON API: none. Its one route, /api/openapi.json (gateway.ts), serves the
 * document of the others' contracts and is not described in it.
 */
export const apiRoutes: ApiRoute[] = [];
