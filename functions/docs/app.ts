import { createBaseApp } from '../../shared/http/base-app.ts';
import { openApiDocument } from './openapi.ts';
import type { DocsServices } from './services.ts';

export function createDocsApp(services: DocsServices) {
  // Public and without table access (infra/stack.ts TABLE_ACCESS): a session lookup would be denied.
  const app = createBaseApp(services, { authenticate: false });
  // Generated once per cold start: the contracts do not change at run time.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get('/api/openapi.json', (c) => {
    document ??= openApiDocument();
    return c.json(document);
  });
  return app;
}

/** This app as the local platform builds every HTTP function's (shared/gateway/http-functions.ts). */
export const createFunctionApp = ({ services }: { services: DocsServices }) => createDocsApp(services);
