/**
 * The real platform app served over HTTP on 127.0.0.1, for the browser to talk to.
 */
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createLocalApp } from '../../../infra/local/server.ts';
import { createTableEvents } from '../../../infra/local/table-events.ts';
import type { PlatformConfig } from '../../../shared/config/env.ts';

type Fetch = (request: Request) => Response | Promise<Response>;

export interface RunningServer {
  /** `http://127.0.0.1:<port>` (never `localhost`, which may resolve to ::1 first). */
  baseUrl: string;
  port: number;
  /** Stops listening and drops open (keep-alive) connections; resolves when the port is free again. */
  close(): Promise<void>;
}

/**
 * Serves `app` on 127.0.0.1. Without `port` the system picks a free one (no race between choosing and binding);
 * pass the port of a closed server to come back on the same origin, so the browser's cookies still apply.
 */
export function startServer(app: { fetch: Fetch }, options: { port?: number } = {}): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: options.port ?? 0 }, (info: AddressInfo) => {
      server.off('error', reject);
      const baseUrl = `http://127.0.0.1:${info.port}`;
      let closed: Promise<void> | undefined;
      resolve({
        baseUrl,
        port: info.port,
        close: () => {
          closed ??= new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            // Chromium keeps connections alive; without this close() would wait for them to time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          });
          return closed;
        },
      });
    });
    server.once('error', reject);
  });
}

/** The platform's "now" in the browser tests: a fixed instant, never the machine's clock. */
export const E2E_NOW = new Date('2026-11-24T10:00:00Z');

export interface RunningPlatform extends RunningServer {
  /** Waits until the table's stream consumer has caught up with every write so far. */
  settle(): Promise<void>;
}

/**
 * A new instance of the whole platform app (as `npm start` builds it: fresh services, caches and clients, and the
 * table's stream consumer polling) on the given table and user pool, served on 127.0.0.1. Two calls with the same
 * config behave like a restarted server process: whatever survives lives in DynamoDB Local and cognito-local.
 */
export async function startPlatformServer(
  platform: { config: PlatformConfig; outboxFile: string },
  options: { port?: number } = {},
): Promise<RunningPlatform> {
  const app = await createLocalApp(platform.config, { outboxFile: platform.outboxFile, clock: () => E2E_NOW });
  const events = createTableEvents(platform.config, () => E2E_NOW);
  events.start(100);
  const server = await startServer(app, options);
  return {
    ...server,
    settle: () => events.drain(),
    close: async () => {
      await server.close();
      await events.stop();
    },
  };
}
