import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceUnavailableError } from '../errors/index.ts';
import { LOCAL_STORAGE_CALL_LIMITS, storageClientConfig } from './client.ts';
import { installStorageErrorTranslation } from './storage-unavailable.ts';

/** A loopback "DynamoDB Local" that answers every call with the same error. */
let answer = { status: 503, type: 'ServiceUnavailable' };
let requests = 0;
let server: http.Server;
let endpoint: string;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests++;
    req.resume();
    res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': answer.type });
    res.end(JSON.stringify({ __type: `com.amazonaws.dynamodb.v20120810#${answer.type}`, message: 'no' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

function localClient() {
  const raw = new DynamoDBClient(storageClientConfig({ region: 'eu-central-1', dynamoEndpoint: endpoint }));
  installStorageErrorTranslation(raw);
  return DynamoDBDocumentClient.from(raw);
}

const gets = (db: DynamoDBDocumentClient, count: number) =>
  Promise.allSettled(
    Array.from({ length: count }, (_, i) => db.send(new GetCommand({ TableName: 'T', Key: { PK: `p${i}`, SK: 's' } }))),
  );

describe('the local storage client’s retries', () => {
  it('retries every call of a burst that failed at once (no client-wide quota), then reports 503', async () => {
    // 40 calls in flight when the engine stalls: the SDK’s quota (500 tokens, 14 a retry) let only 35 retry.
    answer = { status: 503, type: 'ServiceUnavailable' };
    requests = 0;
    const results = await gets(localClient(), 40);
    expect(requests).toBe(40 * LOCAL_STORAGE_CALL_LIMITS.maxAttempts);
    for (const result of results) {
      expect(result.status).toBe('rejected');
      expect((result as PromiseRejectedResult).reason).toBeInstanceOf(ServiceUnavailableError);
    }
  });

  it('does not retry an error that is not transient', async () => {
    answer = { status: 400, type: 'ValidationException' };
    requests = 0;
    const [result] = await gets(localClient(), 1);
    expect(requests).toBe(1);
    expect((result as PromiseRejectedResult).reason).toMatchObject({ name: 'ValidationException' });
  });
});
