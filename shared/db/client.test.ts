import { describe, expect, it } from 'vitest';
import { STORAGE_CALL_LIMITS, storageClientConfig } from './client.ts';

describe('storageClientConfig', () => {
  it('leaves the credentials to the SDK in AWS, where they are the function role’s', () => {
    const config = storageClientConfig({ region: 'eu-central-1', dynamoAccessKeyId: 'ignored-in-aws' });
    expect(config).not.toHaveProperty('credentials');
    expect(config).not.toHaveProperty('endpoint');
    expect(config.maxAttempts).toBe(STORAGE_CALL_LIMITS.maxAttempts);
  });

  it('signs local calls with the config’s access key, which picks the database on DynamoDB Local', () => {
    const endpoint = 'http://127.0.0.1:8000';
    expect(storageClientConfig({ region: 'eu-central-1', dynamoEndpoint: endpoint })).toMatchObject({
      endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    expect(
      storageClientConfig({ region: 'eu-central-1', dynamoEndpoint: endpoint, dynamoAccessKeyId: 'test0a1b' }),
    ).toMatchObject({ endpoint, credentials: { accessKeyId: 'test0a1b' } });
  });
});
