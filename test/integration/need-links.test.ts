/**
 * A need edit writes what the manager edits, not the initiatives an admin linked in the meantime:
 * the service reads the need and then writes it, and a link can land between the two.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocumentClient } from '../../shared/db/client.ts';
import { NeedRepository } from '../../shared/needs/need-repository.ts';
import { createServices } from '../../shared/platform/services.ts';
import { api, createAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { needInput } from '../support/fixtures.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

describe('need edits and initiative links', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
  });

  it('keeps a link made between reading the need and writing the edit', async () => {
    const manager = await createAccount(platform.config, 'manager');
    const services = createServices(platform.config, () => NOW);
    await services.staff.put({ userId: manager.userId, quarters: ['nordstadt'] });
    const created = await api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput());
    expect(created.status).toBe(201);
    const { needId } = (await created.json()) as { needId: string };

    const needs = new NeedRepository(createDocumentClient(platform.config), platform.config.tableName);
    const read = await needs.get(needId);
    if (!read) throw new Error('no need');
    // Between the read and the write, an admin links an initiative.
    const initiative = await services.initiativeRepository.create('Flüchtlingshilfe Nordstadt e.V.', NOW);
    expect(await services.initiativeRepository.link(initiative.initiativeId, needId, NOW)).toBe(true);

    await needs.replace({ ...read, title: 'Hausaufgabenhilfe (neu)', places: 3, version: read.version + 1 }, read);
    expect(await needs.get(needId)).toMatchObject({
      title: 'Hausaufgabenhilfe (neu)',
      places: 3,
      version: read.version + 1,
      initiativeIds: [initiative.initiativeId],
    });
  });

  it('still refuses an edit based on an older version', async () => {
    const manager = await createAccount(platform.config, 'manager');
    await createServices(platform.config, () => NOW).staff.put({ userId: manager.userId, quarters: ['nordstadt'] });
    const created = await api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput());
    const { needId } = (await created.json()) as { needId: string };
    const needs = new NeedRepository(createDocumentClient(platform.config), platform.config.tableName);
    const read = await needs.get(needId);
    if (!read) throw new Error('no need');
    await needs.replace({ ...read, title: 'A', version: read.version + 1 }, read);
    await expect(needs.replace({ ...read, title: 'B', version: read.version + 1 }, read)).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    expect((await needs.get(needId))?.title).toBe('A');
  });
});
