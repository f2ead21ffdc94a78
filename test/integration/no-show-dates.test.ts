import { beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { MatchRepository } from '../../shared/matches/match-repository.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { needInput, profileInput } from '../support/fixtures.ts';

/** A fixed clock the test moves by hand. Tuesday 1 December 2026, 08:00 in Berlin. */
let now = new Date('2026-12-01T07:00:00Z');

type Json = Record<string, any>;
const json = async (response: Response) => (await response.json()) as Json;

/** Each button the page renders: the form's action, with its hidden date if any. */
const buttons = (page: string) =>
  [
    ...page.matchAll(
      /<form method="post" action="([^"]+)"[^>]*>(?:<input type="hidden" name="date" value="([^"]+)")?/g,
    ),
  ].map((m) => (m[2] ? `${m[1]}?date=${m[2]}` : m[1]));

describe('a no-show per date, through the API and the need page (DynamoDB Local)', () => {
  let platform: TestPlatform;
  let manager: TestAccount;
  let amina: TestAccount;
  let needId: string;
  /** A one-off need Amina also helps with: 8 December, 17:00–18:00 (right after the series' date). */
  let oneOffId: string;
  let matches: MatchRepository;

  /** A page, signed in afresh (a session lapses while the clock moves on by days). */
  const page = async (account: TestAccount, path: string) => {
    const signIn = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    const cookie = cookieFrom(signIn, 'qh_session') as string;
    const response = await platform.app.request(path, { headers: { cookie } });
    expect(response.status).toBe(200);
    return { html: await response.text(), cookie };
  };

  const mark = (action: string, date?: string, need = needId) =>
    api(
      platform.app,
      'POST',
      `/api/needs/${need}/matches/${amina.userId}/${action}${date ? `?date=${date}` : ''}`,
      manager.accessToken,
    );

  /** A published need Amina is invited to and accepts. */
  const acceptedNeed = async (overrides: Record<string, unknown>) => {
    const created = await api(platform.app, 'POST', '/api/needs', manager.accessToken, needInput(overrides));
    const id = (await json(created)).needId as string;
    const published = await api(platform.app, 'POST', `/api/needs/${id}/status`, manager.accessToken, {
      action: 'publish',
      version: 1,
    });
    expect(published.status).toBe(200);
    const invited = await api(platform.app, 'POST', `/api/needs/${id}/invitations`, manager.accessToken, {
      volunteerIds: [amina.userId],
    });
    expect(invited.status).toBe(200);
    expect((await api(platform.app, 'POST', `/api/needs/${id}/me/accept`, amina.idToken)).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => now });
    const db = createDocumentClient(platform.config);
    matches = new MatchRepository(db, platform.config.tableName);
    manager = await createAccount(platform.config, 'manager');
    await new StaffRepository(db, platform.config.tableName).put({ userId: manager.userId, quarters: ['nordstadt'] });
    amina = await createAccount(platform.config, 'volunteer');
    const saved = await api(
      platform.app,
      'PUT',
      '/api/volunteers/me',
      amina.idToken,
      profileInput({ firstName: 'Amina' }),
    );
    expect(saved.status).toBe(201);
    await platform.settle();
    // Homework help on Tuesdays 15:00–17:00 Berlin, 1 to 22 December; Amina accepts before the first.
    needId = await acceptedNeed({ places: 1, schedule: { ...needInput().schedule, lastDate: '2026-12-22' } });
  });

  it('refuses a date before its end, a date that is not one of the need, a series without a date, a date on `complete`', async () => {
    // Prepare: 8 December, 16:30 in Berlin: the second date is still on.
    now = new Date('2026-12-08T15:30:00Z');
    // Act
    const during = await mark('no_show', '2026-12-08');
    const wednesday = await mark('no_show', '2026-12-09');
    const noDate = await mark('no_show');
    const badDate = await mark('no_show', '2026-02-30');
    const completeOneDate = await mark('complete', '2026-12-01');
    // Assess
    expect(during.status).toBe(409);
    expect((await json(during)).error.code).toBe('INVALID_TRANSITION');
    expect(wednesday.status).toBe(400);
    expect((await json(wednesday)).error.issues).toEqual([
      expect.objectContaining({ path: 'query.date', code: 'not_an_occurrence' }),
    ]);
    expect(noDate.status).toBe(400);
    expect((await json(noDate)).error.issues).toEqual([
      expect.objectContaining({ path: 'query.date', code: 'required' }),
    ]);
    expect(badDate.status).toBe(400);
    expect((await json(badDate)).error.issues[0].path).toBe('query.date');
    // `complete` concerns the whole match: it takes no date (else one date would pass for the last).
    expect(completeOneDate.status).toBe(400);
    expect((await json(completeOneDate)).error.issues).toEqual([
      expect.objectContaining({ path: 'query.date', code: 'not_allowed' }),
    ]);
  });

  it('marks one date as no-show: the match, the ledger and the history; the hours of the other dates count', async () => {
    // Prepare: the next morning.
    now = new Date('2026-12-09T09:00:00Z');
    // Act
    const marked = await mark('no_show', '2026-12-08');
    const again = await mark('no_show', '2026-12-08');
    // Assess: the match stays accepted with the date marked; a repeat changes nothing.
    expect(marked.status).toBe(200);
    const match = await json(marked);
    expect(match).toMatchObject({ status: 'accepted', noShows: ['2026-12-08'] });
    expect(again.status).toBe(200);
    expect((await json(again)).version).toBe(match.version);
    const ledger = await matches.ledger(amina.userId);
    expect(ledger.commitments).toEqual([expect.objectContaining({ needId, noShows: ['2026-12-08'] })]);
    const view = await json(await api(platform.app, 'GET', `/api/needs/${needId}`, manager.accessToken));
    expect(view.events.filter((e: Json) => e.action === 'no_show')).toEqual([
      expect.objectContaining({ from: 'accepted', to: 'accepted', date: '2026-12-08', by: manager.userId }),
    ]);
    // Her dashboard: 1 December done (2 h); with 15 and 22 December 6 of her 20 hours counted.
    const { html: dashboard } = await page(amina, '/dashboard');
    expect(dashboard).toContain('2 Std. geleistet; mit Ihren Zusagen 6 von höchstens 20 Std. im Monat.');
    expect(dashboard).toContain('Geleistet: 2 Std.');
    expect(dashboard).toContain('Nicht erschienen: 08.12.2026');
  });

  it('offers the manager "came after all" for the marked date, and nothing for a date whose window is over', async () => {
    // Prepare: 9 December; the window of 1 December closed on the 8th at 17:00.
    now = new Date('2026-12-09T09:00:00Z');
    const base = `/manage/needs/${needId}/matches/${amina.userId}`;
    // Act
    const { html, cookie } = await page(manager, `/manage/needs/${needId}`);
    const undone = await postForm(platform.app, `${base}/came`, { date: '2026-12-08' }, cookie);
    const after = await page(manager, `/manage/needs/${needId}`);
    // Assess
    expect(buttons(html)).toContain(`${base}/came?date=2026-12-08`);
    expect(buttons(html).filter((b) => b?.includes('date=2026-12-01'))).toEqual([]);
    expect(html).toMatch(/data-date="2026-12-01">01\.12\.2026:\s*<span class="badge state-completed">erledigt/);
    expect(undone.status).toBe(303);
    expect(buttons(after.html)).toContain(`${base}/no_show?date=2026-12-08`);
    expect((await matches.get(needId, amina.userId))?.noShows).toBeUndefined();
  });

  it("takes a one-off need's only date when none is named (the API's no_show as before)", async () => {
    // Prepare: the one-off need is accepted before its date; on 9 December it is over.
    now = new Date('2026-12-01T07:00:00Z');
    oneOffId = await acceptedNeed({
      title: 'Lesepate',
      schedule: { kind: 'once', date: '2026-12-08', start: '17:00', end: '18:00' },
    });
    now = new Date('2026-12-09T09:00:00Z');
    // Act
    const marked = await mark('no_show', undefined, oneOffId);
    const undone = await mark('came', undefined, oneOffId);
    // Assess
    expect(marked.status).toBe(200);
    expect(await json(marked)).toMatchObject({ status: 'accepted', noShows: ['2026-12-08'] });
    expect(undone.status).toBe(200);
    expect((await json(undone)).noShows).toBeUndefined();
  });

  it('refuses marking or undoing once the window after the date is over', async () => {
    // Prepare: 15 December 17:00 Berlin, seven days after the end of 8 December.
    now = new Date('2026-12-15T16:00:00Z');
    // Act
    const late = await mark('no_show', '2026-12-08');
    const { html } = await page(manager, `/manage/needs/${needId}`);
    // Assess
    expect(late.status).toBe(409);
    expect((await json(late)).error.code).toBe('NO_SHOW_WINDOW_OVER');
    expect(buttons(html).filter((b) => b?.includes('date=2026-12-08'))).toEqual([]);
    // 15 December itself has just ended: its window opens.
    expect(buttons(html)).toContain(`/manage/needs/${needId}/matches/${amina.userId}/no_show?date=2026-12-15`);
  });
});
