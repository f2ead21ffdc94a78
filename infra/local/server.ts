import { Hono } from 'hono';
import { AccountLocales } from '../../shared/auth/account-locales.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { createGatewayRouter } from '../../shared/gateway/gateway-router.ts';
import { logger } from '../../shared/logging/logger.ts';
import { type Clock, createServices } from '../../shared/platform/services.ts';
import { runCognitoTrigger } from './cognito-triggers.ts';
import { createFunctionApps } from './function-apps.ts';
import { createJwtAuthorizer } from './jwt-authorizer.ts';
import { createOutboxApp } from './outbox-page.tsx';
import { localServiceExtras } from './service-extras.ts';
import { type TriggerCredentials, verifyInvocation } from './trigger-signature.ts';

/** A function app's fetch; `env` carries the runtime's request (the client's socket address). */
type Fetch = (request: Request, env?: unknown) => Response | Promise<Response>;

/**
 * The whole platform as one Hono app: each request goes to the same function app it would reach
 * behind API Gateway (routed by the functions' own gateway.ts descriptors, with the gateway's JWT
 * check on `jwt` routes), plus the local-only outbox page and the Lambda invoke endpoint
 * cognito-local calls for its triggers.
 */
export async function createLocalApp(
  config: PlatformConfig,
  options: {
    outboxFile: string;
    clock?: Clock;
    /** The secret cognito-local signs trigger invocations with; without it every invocation is refused. */
    triggerCredentials?: TriggerCredentials | undefined;
  },
): Promise<Hono> {
  const clock = options.clock ?? (() => new Date());
  const services = createServices(config, clock, localServiceExtras(config, options.outboxFile, clock));
  const cognito = createCognitoClient(config);
  const identity = new IdentityProvider(cognito, config.cognito.clientId);
  const functions = await createFunctionApps(
    services,
    identity,
    new AccountLocales(cognito, config.cognito.userPoolId),
  );
  const route = createGatewayRouter(
    functions.flatMap((fn) => fn.routes.map((r) => ({ route: r, target: fn.app.fetch as Fetch }))),
  );
  // As API Gateway's authorizer (infra/constructs/http-api.ts): our pool, our app client.
  const authorize = createJwtAuthorizer({
    issuer: config.cognito.issuer,
    audience: [config.cognito.clientId],
    jwksUrl: config.cognito.jwksUrl,
  });
  const outbox = createOutboxApp(services, options.outboxFile);

  const app = new Hono();
  // cognito-local's Lambda client (aws-sdk v2) invokes triggers here, as Lambda would in AWS.
  app.post('/2015-03-31/functions/:name/invocations', async (c) => {
    const body = new Uint8Array(await c.req.arrayBuffer());
    const verdict = await verifyInvocation(
      { method: c.req.method, url: new URL(c.req.url).pathname, headers: c.req.header(), body },
      options.triggerCredentials,
      new Date(), // the signature's age is judged by the wall clock, as cognito-local signed it
    );
    if (!verdict.ok) {
      logger.warn('trigger invocation refused', { reason: verdict.reason });
      return c.json({ message: 'Forbidden' }, 403);
    }
    const name = c.req.param('name');
    try {
      const ran = await runCognitoTrigger(name, JSON.parse(new TextDecoder().decode(body)), { cognito });
      if (!ran) return c.json({ message: `No function ${name}` }, 404);
      return c.json(ran.result as object);
    } catch (error) {
      // As Lambda answers a failed invocation: 200 with X-Amz-Function-Error (a 500 would make
      // cognito-local's SDK retry the trigger three more times).
      const { name, message } = error instanceof Error ? error : new Error(String(error));
      return c.json({ errorType: name, errorMessage: message }, 200, { 'X-Amz-Function-Error': 'Unhandled' });
    }
  });
  app.all('/dev/*', (c) => outbox.fetch(c.req.raw));
  app.all('*', async (c) => {
    const target = route(c.req.method, c.req.path);
    if (!target) return c.notFound();
    if (target.route.authorizer === 'jwt') {
      const refused = await authorize(c.req.header('authorization'));
      if (refused) return refused;
    }
    // The node server's bindings (the client's socket address) reach the app as Lambda's event would.
    return target.target(c.req.raw, c.env);
  });
  return app;
}
