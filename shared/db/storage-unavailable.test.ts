import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  TransactionCanceledException,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceUnavailableError, VersionConflictError } from '../errors/index.ts';
import { transactionCancellation } from './conditional.ts';
import {
  installStorageErrorTranslation,
  STORAGE_RETRY_AFTER_SECONDS,
  storageUnavailable,
} from './storage-unavailable.ts';

/**
 * The translation on a real SDK client talking HTTP to a loopback server that answers as a
 * failing DynamoDB would (status, x-amzn-errortype, JSON body), or refuses, or never answers.
 */
type Reply = { status: number; type?: string; body?: Record<string, unknown> } | 'silence';
let reply: Reply = { status: 200, body: {} };
let requests = 0;
let server: http.Server;
let endpoint: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++;
    req.resume();
    if (reply === 'silence') return; // a stalled engine: the connection stays open, no answer
    const { status, type, body } = reply;
    res.writeHead(status, {
      'content-type': 'application/x-amz-json-1.0',
      ...(type && { 'x-amzn-errortype': type }),
    });
    res.end(JSON.stringify(type ? { __type: `com.amazonaws.dynamodb.v20120810#${type}`, ...body } : body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function client(options: { endpoint?: string; maxAttempts?: number; requestTimeout?: number } = {}) {
  const raw = new DynamoDBClient({
    endpoint: options.endpoint ?? endpoint,
    region: 'eu-central-1',
    credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
    maxAttempts: options.maxAttempts ?? 1,
    requestHandler: {
      connectionTimeout: 500,
      requestTimeout: options.requestTimeout ?? 2000,
      throwOnRequestTimeout: true,
    },
  });
  installStorageErrorTranslation(raw);
  return DynamoDBDocumentClient.from(raw);
}

async function failure(send: Promise<unknown>): Promise<unknown> {
  try {
    await send;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

const get = (db: DynamoDBDocumentClient) => db.send(new GetCommand({ TableName: 'T', Key: { PK: 'a', SK: 'b' } }));
const transact = (db: DynamoDBDocumentClient) =>
  db.send(new TransactWriteCommand({ TransactItems: [{ Put: { TableName: 'T', Item: { PK: 'a', SK: 'b' } } }] }));

describe('storage errors that mean "unavailable"', () => {
  it('a refused connection, after every retry, is a 503 with the retry hint', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const db = client({ endpoint: `http://127.0.0.1:${port}`, maxAttempts: 3 });
    const error = await failure(get(db));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as ServiceUnavailableError).retryAfterSeconds).toBe(STORAGE_RETRY_AFTER_SECONDS);
    const cause = (error as Error).cause as { code?: string; $metadata?: { attempts?: number } };
    expect(cause.code).toBe('ECONNREFUSED');
    // The middleware sits outside the retries: it saw the last error, after all three attempts.
    expect(cause.$metadata?.attempts).toBe(3);
  });

  it('a server that never answers is a timeout, not a hang', async () => {
    reply = 'silence';
    requests = 0;
    const error = await failure(get(client({ requestTimeout: 200, maxAttempts: 2 })));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(((error as Error).cause as Error).name).toBe('TimeoutError');
    expect(requests).toBe(2);
  });

  it.each([
    [500, 'InternalServerError'],
    [503, 'ServiceUnavailable'],
    [400, 'ProvisionedThroughputExceededException'],
    [400, 'RequestLimitExceeded'],
    [400, 'ThrottlingException'],
    [502, undefined],
  ])('%i %s is a 503, after the retries', async (status, type) => {
    reply = { status, ...(type && { type }), body: { message: 'busy' } };
    requests = 0;
    const error = await failure(get(client({ maxAttempts: 2 })));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(requests).toBe(2);
  });

  it('a transaction cancelled only by throttling is a 503', async () => {
    reply = {
      status: 400,
      type: 'TransactionCanceledException',
      body: { message: 'cancelled', CancellationReasons: [{ Code: 'None' }, { Code: 'ThrottlingError' }] },
    };
    expect(await failure(transact(client()))).toBeInstanceOf(ServiceUnavailableError);
  });
});

describe('storage errors left to the repositories', () => {
  it('a failed condition passes through as the SDK error', async () => {
    reply = {
      status: 400,
      type: 'ConditionalCheckFailedException',
      body: { message: 'The conditional request failed' },
    };
    const error = await failure(get(client({ maxAttempts: 3 })));
    expect(error).toBeInstanceOf(ConditionalCheckFailedException);
  });

  it('a transaction cancelled by a condition passes through with its reasons', async () => {
    reply = {
      status: 400,
      type: 'TransactionCanceledException',
      body: {
        message: 'cancelled',
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'ThrottlingError' }],
      },
    };
    const error = await failure(transact(client()));
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect((error as TransactionCanceledException).CancellationReasons?.[0]?.Code).toBe('ConditionalCheckFailed');
  });

  it('a transaction conflict (AWS only) is a 503 that keeps the cancellation as its cause', async () => {
    reply = {
      status: 400,
      type: 'TransactionCanceledException',
      body: { message: 'cancelled', CancellationReasons: [{ Code: 'TransactionConflict' }, { Code: 'None' }] },
    };
    const error = await failure(transact(client()));
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect((error as Error).cause).toBeInstanceOf(TransactionCanceledException);
    // A repository that re-reads on a collision still sees it.
    expect(transactionCancellation(error)).toEqual({ failed: -1, collided: true });
  });

  it('a conflict beside a failed condition stays the condition failure', async () => {
    reply = {
      status: 400,
      type: 'TransactionCanceledException',
      body: {
        message: 'cancelled',
        CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'TransactionConflict' }],
      },
    };
    const error = await failure(transact(client()));
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(transactionCancellation(error)).toEqual({ failed: 0, collided: true });
  });

  it('a validation error passes through', async () => {
    reply = { status: 400, type: 'ValidationException', body: { message: 'bad key' } };
    const error = await failure(get(client()));
    expect((error as Error).name).toBe('ValidationException');
    expect(error).not.toBeInstanceOf(ServiceUnavailableError);
  });

  it('domain errors and plain bugs are not storage failures', () => {
    expect(storageUnavailable(new VersionConflictError('VolunteerProfile', 2))).toBeUndefined();
    expect(storageUnavailable(new TypeError('x is undefined'))).toBeUndefined();
    expect(storageUnavailable('socket hang up')).toBeUndefined();
  });

  it('a reset socket is recognised through the error cause as well', () => {
    const reset = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    expect(storageUnavailable(new Error('send failed', { cause: reset }))).toBeInstanceOf(ServiceUnavailableError);
  });
});
