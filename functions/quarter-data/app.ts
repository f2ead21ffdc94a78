import { requireCaller } from '../../shared/http/authenticate.ts';
import { createBaseApp } from '../../shared/http/base-app.ts';
import { registerApiRoute } from '../../shared/http/register-route.ts';
import { IMPORT_UPLOAD_PATH, MAX_IMPORT_BYTES } from '../../shared/imports/schemas.ts';
import { getStatistics } from './contract.ts';
import { registerExportRoutes } from './export-routes.ts';
import { registerImportRoutes } from './import-routes.ts';
import { registerImportPages } from './pages/import/routes.tsx';
import { registerStatisticsPage } from './pages/statistics/routes.tsx';
import type { QuarterDataServices } from './services.ts';

/**
 * A quarter's data in bulk: statistics, spreadsheet exports and imports, each as API and pages.
 * Apart from the needs function so that the spreadsheet reader and writer, the charts and the
 * larger upload limit come only with these routes (smaller cold starts for the daily pages).
 */
export function createQuarterDataApp(services: QuarterDataServices) {
  // The spreadsheet upload is the one route with a larger body (shared/imports/schemas.ts).
  const app = createBaseApp(services, { upload: { path: IMPORT_UPLOAD_PATH, maxBytes: MAX_IMPORT_BYTES } });
  registerApiRoute(app, getStatistics, async (c, { query }) => {
    const caller = requireCaller(c);
    const [report] = await services.statistics.report(caller, [query.quarter], query.from, query.to, services.clock());
    return c.json(report);
  });
  registerStatisticsPage(app, services);
  registerExportRoutes(app, services);
  registerImportRoutes(app, services, services.imports);
  registerImportPages(app, services, services.imports);
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: QuarterDataServices }) => createQuarterDataApp(services);
