/**
 * A loopback HTTP proxy in front of DynamoDB Local that can make a fault happen at an exact point
 * of a flow: at the n-th call of an operation (e.g. the TransactWriteItems of a profile save) it
 * runs `fault` (the test kills DynamoDB Local there) either before forwarding the call — nothing
 * is written — or after DynamoDB Local has answered it — written, but the answer is lost. Either
 * way the caller's connection is then reset, as a crashed server's would be.
 *
 * Otherwise it forwards every call unchanged; while the upstream is down it resets the caller's
 * connection (what a client sees when a server dies behind a load balancer).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type FaultPoint = 'before-forwarding' | 'after-answer';

/** What happened at the fault: the status DynamoDB Local had answered (after-answer only). */
export interface FaultOutcome {
  answered?: number;
}

interface Armed {
  operation: string;
  skip: number;
  containing?: string | undefined;
  point: FaultPoint;
  fault: () => Promise<void>;
  done: (outcome: FaultOutcome, error?: unknown) => void;
}

export interface FaultProxy {
  endpoint: string;
  /** Operations seen (the part of X-Amz-Target after the dot), in order. */
  operations: string[];
  /**
   * Runs `fault` at the (skip+1)-th call of `operation` from now on. The promise resolves once the
   * fault has run, so a test can be sure where the flow was cut.
   */
  arm(
    operation: string,
    point: FaultPoint,
    fault: () => Promise<void>,
    options?: {
      skip?: number;
      /** Count only calls whose request body contains this text (e.g. an item type). */
      containing?: string;
    },
  ): Promise<FaultOutcome>;
  close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function forward(
  upstream: URL,
  req: http.IncomingMessage,
  res: http.ServerResponse | undefined,
  body: Buffer,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: upstream.host },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 502, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    request.on('error', reject);
    // A caller that gives up (its request timeout) takes the upstream call with it.
    res?.once('close', () => request.destroy());
    request.end(body);
  });
}

export async function startFaultProxy(upstreamEndpoint: string): Promise<FaultProxy> {
  const upstream = new URL(upstreamEndpoint);
  const operations: string[] = [];
  let armed: Armed | undefined;

  const server = http.createServer(async (req, res) => {
    const reset = () => req.socket.destroy();
    try {
      const body = await readBody(req);
      const operation = String(req.headers['x-amz-target'] ?? '').split('.')[1] ?? '';
      operations.push(operation);
      const trap =
        armed?.operation === operation && (armed.containing === undefined || body.includes(armed.containing))
          ? armed
          : undefined;
      if (trap && trap.skip > 0) trap.skip--;
      else if (trap) {
        armed = undefined;
        const outcome: FaultOutcome = {};
        try {
          if (trap.point === 'after-answer') {
            // Not tied to the caller's connection: the write completes even if the caller gave up.
            outcome.answered = (await forward(upstream, req, undefined, body)).status;
          }
          await trap.fault();
          trap.done(outcome);
        } catch (error) {
          trap.done(outcome, error);
        }
        reset();
        return;
      }
      const answer = await forward(upstream, req, res, body);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    } catch {
      reset();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    endpoint: `http://127.0.0.1:${port}`,
    operations,
    arm(operation, point, fault, options = {}) {
      return new Promise<FaultOutcome>((resolve, reject) => {
        armed = {
          operation,
          point,
          fault,
          skip: options.skip ?? 0,
          containing: options.containing,
          done: (outcome, error) => (error === undefined ? resolve(outcome) : reject(error)),
        };
      });
    },
    async close() {
      armed = undefined;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
