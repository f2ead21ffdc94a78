import { LANGUAGE_LEVELS, LANGUAGES } from '../../shared/catalog/languages.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { listLanguages, listQuarters, listSkills } from './contract.ts';
import type { CatalogServices } from './services.ts';

/** Public reference data; cacheable by browsers for a few minutes. */
export function createCatalogApp(services: CatalogServices) {
  // Public and cached as `public`: who asks changes nothing, so no session or token is looked at.
  const app = createBaseApp(services, { authenticate: false });
  const catalog = () => services.catalog.get(services.clock().getTime());
  app.use('/api/*', async (c, next) => {
    await next();
    if (c.res.status === 200) c.header('cache-control', 'public, max-age=300');
  });

  registerApiRoute(app, listQuarters, async (c) => {
    const { quarters, venues } = await catalog();
    return c.json({
      quarters: quarters.map((quarter) => ({
        ...quarter,
        venues: venues.filter((venue) => venue.quarterId === quarter.id),
      })),
    });
  });
  registerApiRoute(app, listSkills, async (c) => c.json({ skills: (await catalog()).skills }));
  registerApiRoute(app, listLanguages, async (c) =>
    c.json({ languages: [...LANGUAGES], levels: [...LANGUAGE_LEVELS] }),
  );
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: CatalogServices }) => createCatalogApp(services);
