import { beforeAll, describe, expect, it } from 'vitest';
import { api, createAccount, type TestAccount, type TestPlatform, testPlatform, uniqueEmail } from '../support/app.ts';
import { profileInput } from '../support/fixtures.ts';
import { readOutbox } from '../support/platform.ts';

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;
const NOW = new Date('2026-11-24T10:00:00Z');
const OWN_PASSWORD = 'Eigenes-Passwort-2026!';

describe('admin: staff and initiatives; initiatives check matches', () => {
  let platform: TestPlatform;
  let admin: TestAccount;

  /** An invited staff member's first sign-in: temporary password from the outbox, then their own. */
  const firstSignIn = async (email: string) => {
    const invitation = readOutbox(platform.outboxFile).findLast(
      (entry) => entry.to === email && entry.kind === 'AdminCreateUser',
    );
    expect(invitation?.code).toBeTruthy();
    const challenge = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
      email,
      password: invitation?.code,
    });
    expect(challenge.status).toBe(403);
    const body = await json(challenge);
    expect(body.error.code).toBe('NEW_PASSWORD_REQUIRED');
    const tokens = await api(platform.app, 'POST', '/api/auth/new-password', undefined, {
      email,
      session: body.error.details.session,
      password: OWN_PASSWORD,
    });
    expect(tokens.status).toBe(200);
    return (await json(tokens)) as { idToken: string; accessToken: string };
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW, ownUserPool: true });
    admin = await createAccount(platform.config, 'admin');
  });

  it('only admins reach the admin API', async () => {
    const manager = await createAccount(platform.config, 'manager');
    expect((await api(platform.app, 'GET', '/api/admin/staff', manager.accessToken)).status).toBe(403);
    expect(
      (await api(platform.app, 'POST', '/api/admin/initiatives', manager.accessToken, { name: 'Initiative X' })).status,
    ).toBe(403);
    expect((await api(platform.app, 'GET', '/api/admin/staff')).status).toBe(401);
  });

  it('runs the whole flow: invite staff, link an initiative, a volunteer accepts, the initiative sees and reviews the match', async () => {
    // Staff accounts are invited by the admin; a manager needs quarters.
    const managerEmail = uniqueEmail('manager');
    const noQuarters = await api(platform.app, 'POST', '/api/admin/staff', admin.accessToken, {
      email: managerEmail,
      role: 'manager',
    });
    expect(noQuarters.status).toBe(400);
    const invited = await api(platform.app, 'POST', '/api/admin/staff', admin.accessToken, {
      email: managerEmail,
      role: 'manager',
      quarters: ['nordstadt'],
    });
    expect(invited.status).toBe(201);
    const manager = await firstSignIn(managerEmail);

    const initiative = await json(
      await api(platform.app, 'POST', '/api/admin/initiatives', admin.accessToken, {
        name: 'Flüchtlingshilfe Nordstadt e.V.',
      }),
    );
    const other = await json(
      await api(platform.app, 'POST', '/api/admin/initiatives', admin.accessToken, { name: 'Andere Initiative' }),
    );
    // Registering the same name again (a retry) returns the same initiative.
    const again = await json(
      await api(platform.app, 'POST', '/api/admin/initiatives', admin.accessToken, {
        name: 'flüchtlingshilfe nordstadt e.V. ',
      }),
    );
    expect(again.initiativeId).toBe(initiative.initiativeId);
    const memberEmail = uniqueEmail('member');
    expect(
      (
        await api(platform.app, 'POST', '/api/admin/staff', admin.accessToken, {
          email: memberEmail,
          role: 'initiative',
          initiativeId: initiative.initiativeId,
        })
      ).status,
    ).toBe(201);
    const member = await firstSignIn(memberEmail);
    const outsiderEmail = uniqueEmail('outsider');
    await api(platform.app, 'POST', '/api/admin/staff', admin.accessToken, {
      email: outsiderEmail,
      role: 'initiative',
      initiativeId: other.initiativeId,
    });
    const outsider = await firstSignIn(outsiderEmail);

    const staff = await json(await api(platform.app, 'GET', '/api/admin/staff', admin.accessToken));
    expect(staff.staff.find((s: Json) => s.email === managerEmail)).toMatchObject({
      role: 'manager',
      assignment: { quarters: ['nordstadt'] },
    });

    // The manager posts a need; the admin links the initiative.
    const need = await json(
      await api(platform.app, 'POST', '/api/needs', manager.accessToken, {
        title: 'Hausaufgabenhilfe',
        description: '',
        quarterId: 'nordstadt',
        venueId: 'alte-feuerwache',
        schedule: { kind: 'once', date: '2026-12-02', start: '15:00', end: '17:00' },
        places: 2,
        requiredSkills: [],
        niceToHaveSkills: [],
        languages: ['ar'],
        involvesMinors: false,
      }),
    );
    await api(platform.app, 'POST', `/api/needs/${need.needId}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    const link = `/api/admin/initiatives/${initiative.initiativeId}/needs/${need.needId}`;
    expect((await api(platform.app, 'PUT', link, admin.accessToken)).status).toBe(204);
    expect((await api(platform.app, 'PUT', link, admin.accessToken)).status).toBe(204);

    // A volunteer is invited and accepts.
    const volunteer = await createAccount(platform.config, 'volunteer');
    await api(
      platform.app,
      'PUT',
      '/api/volunteers/me',
      volunteer.idToken,
      profileInput({
        firstName: 'Amina',
        lastName: 'Haddad',
        phone: '+49 202 555',
        languages: [{ code: 'ar', level: 'native' }],
        skills: [],
        weeklySlots: [{ weekday: 'wed', start: '14:00', end: '18:00' }],
        maxHoursPerMonth: 10,
      }),
    );
    expect(
      (
        await api(platform.app, 'POST', `/api/needs/${need.needId}/invitations`, manager.accessToken, {
          volunteerIds: [volunteer.userId],
        })
      ).status,
    ).toBe(200);
    expect((await api(platform.app, 'POST', `/api/needs/${need.needId}/me/accept`, volunteer.idToken)).status).toBe(
      200,
    );

    // The initiative sees the need and, of the match, only first name and languages.
    const view = await json(await api(platform.app, 'GET', '/api/initiative/needs', member.accessToken));
    expect(view.needs).toHaveLength(1);
    expect(view.needs[0]).toMatchObject({ needId: need.needId, places: 2, acceptedCount: 1 });
    expect(view.needs[0].matches).toEqual([
      { volunteerId: volunteer.userId, firstName: 'Amina', languages: [{ code: 'ar', level: 'native' }] },
    ]);
    expect(JSON.stringify(view)).not.toMatch(/Haddad|\+49 202|@example\.org/);
    expect((await json(await api(platform.app, 'GET', '/api/initiative/needs', outsider.accessToken))).needs).toEqual(
      [],
    );

    // Members of other initiatives cannot review; a concern needs a reason.
    const review = `/api/initiative/needs/${need.needId}/matches/${volunteer.userId}/review`;
    expect((await api(platform.app, 'PUT', review, outsider.accessToken, { status: 'confirmed' })).status).toBe(403);
    const noReason = await api(platform.app, 'PUT', review, member.accessToken, { status: 'concern' });
    expect((await json(noReason)).error.issues.map((i: Json) => i.path)).toEqual(['reason']);
    const concern = await api(platform.app, 'PUT', review, member.accessToken, {
      status: 'concern',
      reason: 'Bitte Zeiten mit der Schule abstimmen',
    });
    expect(concern.status).toBe(200);
    expect((await api(platform.app, 'PUT', review, member.accessToken, { status: 'confirmed' })).status).toBe(200);

    // The manager sees the review on the need and every step in its history.
    const detail = await json(await api(platform.app, 'GET', `/api/needs/${need.needId}`, manager.accessToken));
    expect(detail.matches[0].review).toMatchObject({ status: 'confirmed' });
    expect(detail.events.map((e: Json) => e.action).sort()).toEqual(
      ['accept', 'invite', 'review_concern', 'review_confirmed'].sort(),
    );
    expect(detail.events.find((e: Json) => e.action === 'review_concern').reason).toBe(
      'Bitte Zeiten mit der Schule abstimmen',
    );
    // Initiatives read no profiles.
    expect((await api(platform.app, 'GET', `/api/volunteers/${volunteer.userId}`, member.accessToken)).status).toBe(
      403,
    );
  });
});
