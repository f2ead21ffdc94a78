import { describe, expect, it } from 'vitest';
import { createDocumentClient } from './client.ts';
import { primeStorage, runsInLambda } from './prime.ts';

describe('primeStorage', () => {
  it('is for Lambda only: its runtime sets AWS_LAMBDA_INITIALIZATION_TYPE', () => {
    expect(runsInLambda({ AWS_LAMBDA_INITIALIZATION_TYPE: 'on-demand' })).toBe(true);
    expect(runsInLambda({ AWS_LAMBDA_INITIALIZATION_TYPE: 'provisioned-concurrency' })).toBe(true);
    expect(runsInLambda({ AWS_LAMBDA_FUNCTION_NAME: 'needs' })).toBe(false);
    expect(runsInLambda({})).toBe(false);
  });

  it('never fails the init: storage that refuses the connection leaves it to the first request', async () => {
    // A closed loopback port refuses at once; the prime must resolve, not throw.
    const db = createDocumentClient({
      region: 'eu-central-1',
      dynamoEndpoint: 'http://127.0.0.1:9',
    } as Parameters<typeof createDocumentClient>[0]);
    await expect(primeStorage(db, 'quartiershilfe')).resolves.toBeUndefined();
  });
});
