import { viaOf } from '../../shared/audit/via.ts';
import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { linkedNeeds, reviewMatch } from './contract.ts';
import { registerInitiativePages } from './pages/initiative/routes.tsx';
import type { InitiativesServices } from './services.ts';

/** Initiative members: the needs linked to their initiative, and their checks of its matches. */
export function createInitiativesApp(services: InitiativesServices) {
  const app = createBaseApp(services);
  const { initiatives, clock } = services;
  registerApiRoute(app, linkedNeeds, async (c) =>
    c.json({ needs: (await initiatives.linkedNeeds(requireCaller(c), viaOf(c), clock())).needs }),
  );
  registerApiRoute(app, reviewMatch, async (c, { params, body }) => {
    const match = await initiatives.review(
      requireCaller(c),
      params.needId,
      params.volunteerId,
      body,
      viaOf(c),
      clock(),
    );
    // Only what an initiative may see: no profile, no contact data.
    return c.json({ needId: match.needId, volunteerId: match.volunteerId, status: match.status, review: match.review });
  });
  registerInitiativePages(app, services);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: InitiativesServices }) => createInitiativesApp(services);
