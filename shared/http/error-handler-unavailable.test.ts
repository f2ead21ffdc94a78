import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ServiceUnavailableError } from '../errors/index.ts';
import { jsonError } from './error-handler.ts';

/** Unavailable storage is an expected condition: 503 with Retry-After, logged as a warning, not as a failure. */
describe('jsonError for unavailable dependencies', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const appThrowing = (error: unknown) => {
    const app = new Hono();
    app.get('/api/thing', () => {
      throw error;
    });
    app.onError((err, c) => jsonError(c, err));
    return app;
  };

  it('answers 503 with Retry-After and logs one warning line without a stack', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const lines = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8000'), { code: 'ECONNREFUSED' });
    const response = await appThrowing(new ServiceUnavailableError('Storage', 5, { cause })).request('/api/thing');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({
      error: { code: 'SERVICE_UNAVAILABLE', message: 'Storage is not available right now; try again in 5 s' },
    });
    expect(errors).not.toHaveBeenCalled();
    const logged = lines.mock.calls.map(([line]) => JSON.parse(String(line)));
    expect(logged).toEqual([
      expect.objectContaining({
        level: 'warn',
        message: 'dependency unavailable',
        status: 503,
        service: 'Storage',
        cause: 'Error: connect ECONNREFUSED 127.0.0.1:8000',
      }),
    ]);
    expect(JSON.stringify(logged)).not.toContain('at ');
  });

  it('an unexpected error stays a logged 500 without Retry-After', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await appThrowing(new TypeError('x is undefined')).request('/api/thing');
    expect(response.status).toBe(500);
    expect(response.headers.get('retry-after')).toBeNull();
    expect(errors).toHaveBeenCalledOnce();
  });
});
