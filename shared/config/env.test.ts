import { describe, expect, it } from 'vitest';
import { configFromEnv } from './env.ts';

const env = { TABLE_NAME: 't', USER_POOL_ID: 'eu-central-1_x', USER_POOL_CLIENT_ID: 'c' };

describe('configFromEnv', () => {
  it('never shows the developers’ query cost in a deployed function, whatever its environment says', () => {
    expect(configFromEnv(env).showQueryCost).toBe(false);
    expect(configFromEnv({ ...env, SHOW_QUERY_COST: 'true' }).showQueryCost).toBe(false);
  });
});
