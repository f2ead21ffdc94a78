import { createBaseApp } from '../../shared/http/base-app.ts';
import type { Services } from '../../shared/platform/services.ts';
import { openApiDocument } from './openapi.ts';

export function createDocsApp(services: Services) {
  const app = createBaseApp(services);
  // Generated once per cold start: the contracts do not change at run time.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get('/api/openapi.json', (c) => {
    document ??= openApiDocument();
    return c.json(document);
  });
  return app;
}
