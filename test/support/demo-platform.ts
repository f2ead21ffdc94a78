/**
 * `npm start`'s platform for an integration test: the demo data seeded into a fresh table, the
 * local app, the notifier on the table's stream writing to an outbox file of its own, all on the
 * test's clock. For tests that play a scenario as the demo accounts would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNotifications } from '../../infra/local/notifications.ts';
import { type OutboxEntry, readOutbox } from '../../infra/local/outbox.ts';
import { DEMO_ACCOUNTS, seedDemo } from '../../infra/local/seed.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import { createStatistics } from '../../infra/local/statistics.ts';
import type { StreamPoller } from '../../infra/local/stream-poller.ts';
import { createTableEvents } from '../../infra/local/table-events.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { cookieFrom, ORIGIN, postForm } from './app.ts';
import { testConfig } from './platform.ts';

export type Json = Record<string, any>;

export const AMINA = 'amina.volunteer@example.org';
export const CHADI = 'chadi.volunteer@example.org';
export const NORA = 'nora.manager@example.org';

export const demoPassword = (email: string) => DEMO_ACCOUNTS.find((account) => account.email === email)?.password ?? '';

export interface DemoPlatform {
  config: PlatformConfig;
  app: Awaited<ReturnType<typeof createLocalApp>>;
  notifications: StreamPoller;
  outboxFile: string;
  /** A demo account's access token (signed in once, then kept). */
  token(email: string): Promise<string>;
  /** The answer's JSON when its status is `status` (200), else an error with the answer's text. */
  ok(response: Response | Promise<Response>, status?: number): Promise<Json>;
  /** The notifier's e-mails so far, oldest first (account e-mails left out). */
  mails(): Promise<OutboxEntry[]>;
  sent(kind: string, to?: string): Promise<OutboxEntry[]>;
  /** A demo account's session cookie (`qh_session=…`) from the sign-in form. */
  signIn(email: string): Promise<string>;
  /** Removes the outbox's folder. */
  close(): void;
}

/**
 * With `history` as `npm start` seeds it: last quarter's work too (infra/local/seed-history.ts), counted by the
 * statistics consumer before this returns (later writes are not counted: no statistics consumer keeps polling).
 */
export async function demoPlatform(
  name: string,
  clock: () => Date,
  options: { history?: boolean } = {},
): Promise<DemoPlatform> {
  const config = await testConfig();
  const dir = mkdtempSync(join(tmpdir(), `qh-${name}-`));
  const outboxFile = join(dir, 'outbox.jsonl');
  await seedDemo(config, clock(), { history: options.history ?? false });
  await createTableEvents(config, clock).drain();
  if (options.history) await createStatistics(config, clock).drain();
  const app = await createLocalApp(config, { outboxFile, clock });
  const notifications = createNotifications(config, { outboxFile, origin: ORIGIN, clock });
  const tokens = new Map<string, string>();
  const mails = async () =>
    (await readOutbox(outboxFile)).filter((entry) => entry.raw && entry.kind !== 'AccountExists').reverse();
  return {
    config,
    app,
    notifications,
    outboxFile,
    async token(email) {
      if (!tokens.has(email)) {
        const identity = new IdentityProvider(createCognitoClient(config), config.cognito.clientId);
        tokens.set(email, (await identity.signIn(email, demoPassword(email))).accessToken);
      }
      return tokens.get(email) as string;
    },
    async ok(response, status = 200) {
      const answer = await response;
      if (answer.status !== status) throw new Error(`${answer.status} ${await answer.text()}`);
      return answer.status === 204 ? {} : ((await answer.json()) as Json);
    },
    mails,
    async sent(kind, to) {
      return (await mails()).filter((entry) => entry.kind === kind && (to === undefined || entry.to === to));
    },
    async signIn(email) {
      return cookieFrom(await postForm(app, '/signin', { email, password: demoPassword(email) }), 'qh_session') ?? '';
    },
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
