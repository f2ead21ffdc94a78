/**
 * The whole local platform app on a fresh table with the catalogue seeded, plus helpers to make
 * accounts of each role and to call the app like a browser or an API client.
 */
import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { inject } from 'vitest';
import { createNotifications } from '../../infra/local/notifications.ts';
import { ensureAccount, seedCatalog } from '../../infra/local/seed.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import type { StreamPoller } from '../../infra/local/stream-poller.ts';
import { createTableEvents } from '../../infra/local/table-events.ts';
import type { Role } from '../../shared/auth/caller.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import type { Clock } from '../../shared/platform/services.ts';
import { testConfig } from './platform.ts';

export const ORIGIN = 'http://localhost';

export interface TestPlatform {
  config: PlatformConfig;
  app: Hono;
  outboxFile: string;
  /** The table-events consumer on this table's stream, polled only when asked. */
  events: StreamPoller;
  /**
   * Waits until the stream consumer has handled every write so far (the candidate index follows
   * profiles and safeguarding facts asynchronously, as in AWS).
   */
  settle: () => Promise<void>;
  /** The notifications consumer on this table's stream (e-mails to the outbox, links to {@link ORIGIN}), polled only when asked. */
  notifications: StreamPoller;
}

export async function testPlatform(options: { clock?: Clock; ownUserPool?: boolean } = {}): Promise<TestPlatform> {
  const config = await testConfig({ ownUserPool: options.ownUserPool ?? true });
  await seedCatalog(config);
  const outboxFile = inject('outboxFile');
  const events = createTableEvents(config, options.clock);
  return {
    config,
    app: await createLocalApp(config, { outboxFile, ...(options.clock && { clock: options.clock }) }),
    outboxFile,
    events,
    settle: () => events.drain(),
    notifications: createNotifications(config, {
      outboxFile,
      origin: ORIGIN,
      ...(options.clock && { clock: options.clock }),
    }),
  };
}

export interface TestAccount {
  email: string;
  password: string;
  userId: string;
  idToken: string;
  accessToken: string;
}

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`;

/** A confirmed account in a group, signed in through Cognito. */
export async function createAccount(
  config: PlatformConfig,
  role: Role,
  email = uniqueEmail(role),
): Promise<TestAccount> {
  const password = 'Test-Passw0rd-2026!';
  const cognito = createCognitoClient(config);
  const userId = await ensureAccount(cognito, config.cognito.userPoolId, { role, email, password });
  const tokens = await new IdentityProvider(cognito, config.cognito.clientId).signIn(email, password);
  return { email, password, userId, idToken: tokens.idToken, accessToken: tokens.accessToken };
}

/** A JSON API call with a Bearer token. */
export function api(app: Hono, method: string, path: string, token?: string, body?: unknown): Promise<Response> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  return Promise.resolve(
    app.request(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }),
  );
}

/** A form post as a same-origin browser sends it. */
export function postForm(
  app: Hono,
  path: string,
  fields: Record<string, string | string[]>,
  cookie?: string,
  /** What the runtime puts on `c.env`, e.g. a client address of its own (`{ incoming: { socket: { remoteAddress } } }`). */
  env?: object,
): Promise<Response> {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
  }
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN };
  if (cookie) headers.cookie = cookie;
  return Promise.resolve(app.request(path, { method: 'POST', headers, body }, env));
}

/** The `name=value` part of a Set-Cookie header, for sending it back. */
export function cookieFrom(response: Response, name: string): string | undefined {
  const header = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return header?.split(';')[0];
}
