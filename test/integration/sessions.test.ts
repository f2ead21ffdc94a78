/** Server-side sessions against DynamoDB Local: one person's sessions can be found and ended together. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Caller } from '../../shared/auth/caller.ts';
import { SessionRepository } from '../../shared/auth/session-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { testConfig } from '../support/platform.ts';

const NOW = new Date('2026-11-02T09:00:00Z');
const caller = (userId: string): Caller => ({ userId, roles: ['volunteer'] });

describe('session repository', () => {
  let sessions: SessionRepository;
  beforeAll(async () => {
    const config = await testConfig({ tablePrefix: 'sessions' });
    sessions = new SessionRepository(createDocumentClient(config), config.tableName);
  });

  it('ends every session of one person and no one else’s', async () => {
    const mine = await Promise.all([1, 2, 3].map(() => sessions.create(caller('ada'), NOW, 3600)));
    const other = await sessions.create(caller('bob'), NOW, 3600);
    expect(await sessions.deleteAllOf('ada')).toBe(3);
    for (const token of mine) expect(await sessions.get(token, NOW)).toBeUndefined();
    expect((await sessions.get(other, NOW))?.caller.userId).toBe('bob');
    expect(await sessions.deleteAllOf('ada')).toBe(0);
  });

  it('signs out one session and leaves no pointer behind', async () => {
    const first = await sessions.create(caller('cy'), NOW, 3600);
    const second = await sessions.create(caller('cy'), NOW, 3600);
    await sessions.delete(first);
    await sessions.delete(first);
    expect(await sessions.get(first, NOW)).toBeUndefined();
    expect((await sessions.get(second, NOW))?.caller.userId).toBe('cy');
    expect(await sessions.deleteAllOf('cy')).toBe(1);
  });
});
