import { pageContext } from '../../../../shared/web/page-context.ts';
import type { PageRoutesDeps } from '../routes-deps.ts';
import { LandingPage } from './view.tsx';

/** GET /: what the platform is, the quarters, and the way in (sign-up, or one's own start page). */
export function registerLandingPage({ app, services }: Pick<PageRoutesDeps, 'app' | 'services'>): void {
  app.get('/', async (c) => {
    const catalog = await services.catalog.get(services.clock().getTime());
    return c.html(<LandingPage page={pageContext(c, services.config.localPlatform)} quarters={catalog.quarters} />);
  });
}
