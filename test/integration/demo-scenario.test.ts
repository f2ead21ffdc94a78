import { beforeAll, describe, expect, it } from 'vitest';
import { createNotifications } from '../../infra/local/notifications.ts';
import { DEMO_ACCOUNTS, DEMO_INITIATIVE, seedDemo } from '../../infra/local/seed.ts';
import { createLocalApp } from '../../infra/local/server.ts';
import { createTableEvents } from '../../infra/local/table-events.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { api, ORIGIN, type TestPlatform } from '../support/app.ts';
import { testConfig } from '../support/platform.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const NOW = new Date('2026-11-24T10:00:00Z');

/**
 * The "done when" on the demo data: a manager of Nordstadt posts a weekly need for an
 * Arabic-speaking homework helper for children, sees ranked candidates with reasons (none
 * without a valid safeguarding check), invites two, one accepts, the need shows one of two
 * places filled, and the linked initiative sees and confirms that match.
 */
describe('the demo scenario on seeded data', () => {
  let platform: TestPlatform;
  const token = async (email: string) => {
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
    const identity = new IdentityProvider(createCognitoClient(platform.config), platform.config.cognito.clientId);
    return (await identity.signIn(email, account?.password ?? '')).accessToken;
  };

  beforeAll(async () => {
    const config = await testConfig();
    // Seeding twice must change nothing (npm start seeds on every start).
    await seedDemo(config, NOW);
    await seedDemo(config, NOW);
    const events = createTableEvents(config, () => NOW);
    // The candidate index follows the seeded profiles and checks through the table's stream.
    await events.drain();
    platform = {
      config,
      outboxFile: '',
      app: await createLocalApp(config, { outboxFile: '/dev/null', clock: () => NOW }),
      events,
      settle: () => events.drain(),
      notifications: createNotifications(config, { outboxFile: '/dev/null', origin: ORIGIN, clock: () => NOW }),
    };
  });

  it('gives Chadi English e-mails and Amina the default (seeded twice: one save)', async () => {
    const chadi = await json(
      await api(platform.app, 'GET', '/api/me/notification-settings', await token('chadi.volunteer@example.org')),
    );
    expect(chadi).toMatchObject({ language: 'en', optOut: [], version: 1 });
    const amina = await json(
      await api(platform.app, 'GET', '/api/me/notification-settings', await token('amina.volunteer@example.org')),
    );
    expect(amina).toMatchObject({ optOut: [], version: 0 });
    expect(amina.language).toBeUndefined();
  });

  it('plays through across roles', async () => {
    const manager = await token('nora.manager@example.org');
    const admin = await token('anton.admin@example.org');
    const need = await json(
      await api(platform.app, 'POST', '/api/needs', manager, {
        title: 'Hausaufgabenhilfe auf Arabisch',
        description: 'Grundschulkinder, dienstags',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: {
          kind: 'weekly',
          weekday: 'tue',
          start: '15:00',
          end: '17:00',
          firstDate: '2026-12-01',
          lastDate: '2027-03-30',
        },
        places: 2,
        requiredSkills: ['homework-help'],
        niceToHaveSkills: ['maths-tutoring'],
        languages: ['ar'],
        involvesMinors: true,
      }),
    );
    await api(platform.app, 'POST', `/api/needs/${need.needId}/status`, manager, { action: 'publish', version: 1 });

    const list = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}/candidates`, manager));
    expect(list.proposals.map((p: Json) => p.firstName)).toEqual(['Chadi', 'Amina']);
    const reasons = Object.fromEntries(
      list.excluded.map((e: Json) => [e.firstName, e.violations.map((v: Json) => v.code)]),
    );
    // Basel (no safeguarding check) and Emre (no homework help) are not even read: the candidate
    // index of a need with minors holds only volunteers with a check that can count, per skill.
    expect(reasons).toEqual({ Darya: ['no_common_language'] });
    expect(list.cost.candidatesRead).toBe(3);

    const invited = await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager, { top: 2 });
    expect((await json(invited)).matches).toHaveLength(2);
    expect(
      (
        await api(
          platform.app,
          'POST',
          `/api/needs/${need.needId}/me/accept`,
          await token('amina.volunteer@example.org'),
        )
      ).status,
    ).toBe(200);
    const filled = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager));
    expect(filled).toMatchObject({ acceptedCount: 1, places: 2, status: 'open' });

    const initiatives = await json(await api(platform.app, 'GET', '/api/admin/initiatives', admin));
    const initiative = initiatives.initiatives.find((i: Json) => i.name === DEMO_INITIATIVE);
    expect(initiatives.initiatives.filter((i: Json) => i.name === DEMO_INITIATIVE)).toHaveLength(1);
    expect(
      (await api(platform.app, 'PUT', `/api/admin/initiatives/${initiative.initiativeId}/needs/${need.needId}`, admin))
        .status,
    ).toBe(204);

    const member = await token('ida.initiative@example.org');
    const view = await json(await api(platform.app, 'GET', '/api/initiative/needs', member));
    const match = view.needs[0].matches[0];
    expect(match.firstName).toBe('Amina');
    const confirmed = await api(
      platform.app,
      'PUT',
      `/api/initiative/needs/${need.needId}/matches/${match.volunteerId}/review`,
      member,
      { status: 'confirmed' },
    );
    expect(confirmed.status).toBe(200);
    const after = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager));
    expect(after.matches.find((m: Json) => m.volunteerId === match.volunteerId).review.status).toBe('confirmed');
  });
});
