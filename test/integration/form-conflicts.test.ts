/**
 * Two tabs of one versioned form: tab A saves, then tab B. B must see what A stored beside its own
 * typing, nothing may change in storage, and no page may hand B's stale typing a fresh version:
 * re-posting any page exactly as rendered conflicts again. Only B's deliberate choice saves.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../shared/auth/staff-repository.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import {
  api,
  cookieFrom,
  createAccount,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
} from '../support/app.ts';
import { needInput } from '../support/fixtures.ts';
import { formFields } from '../support/html-form.ts';

const NOW = new Date('2026-11-24T10:00:00Z');

type Json = Record<string, any>;

/** Text without tags and with collapsed spaces, for reading the page like a person. */
const text = (page: string) =>
  page
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

/** The cells of the conflict panel: field → [stored now, your entry]. */
function conflictTable(html: string): Record<string, [string, string]> {
  const panel = html.slice(html.indexOf('id="conflict"'), html.indexOf('</section>', html.indexOf('id="conflict"')));
  const rows: Record<string, [string, string]> = {};
  for (const [, label, stored, typed] of panel.matchAll(
    /<th scope="row">([^<]*)<\/th><td class="pre conflict-stored">([^<]*)<\/td><td class="pre conflict-typed">([^<]*)<\/td>/g,
  )) {
    rows[label as string] = [stored as string, typed as string];
  }
  return rows;
}

describe('two tabs of a versioned form', () => {
  let platform: TestPlatform;

  const signIn = async (account: TestAccount) => {
    const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
    expect(response.status).toBe(303);
    return cookieFrom(response, 'qh_session') as string;
  };
  const page = async (path: string, cookie: string, extraCookie = '') => {
    const response = await platform.app.request(path, { headers: { cookie: `${cookie}${extraCookie}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW });
  });

  describe('the profile form', () => {
    let account: TestAccount;
    let cookie: string;
    const stored = async () =>
      (await (await api(platform.app, 'GET', '/api/volunteers/me', account.idToken)).json()) as Json;

    beforeAll(async () => {
      account = await createAccount(platform.config, 'volunteer');
      cookie = await signIn(account);
      const created = await api(platform.app, 'PUT', '/api/volunteers/me', account.idToken, {
        firstName: 'Jonas',
        lastName: 'Becker',
        languages: [{ code: 'de', level: 'native' }],
        skills: ['homework-help'],
        quarters: ['ostersbaum'],
        weeklySlots: [{ weekday: 'wed', start: '16:00', end: '18:30' }],
        availableFrom: '2026-12-01',
        blackouts: [],
        maxHoursPerMonth: 10,
        consent: { version: CONSENT.version, accepted: true },
      });
      expect(created.status).toBe(201);
    });

    it('shows tab B the stored values beside its typing, changes nothing, and never pairs the typing with the new version', async () => {
      // Two tabs read the form at version 1.
      const tabA = formFields(await page('/profile/edit', cookie), '/profile/edit');
      const tabB = formFields(await page('/profile/edit', cookie), '/profile/edit');
      expect([tabA.version, tabB.version]).toEqual(['1', '1']);

      // Tab A raises the hours and adds a phone number.
      const savedA = await postForm(
        platform.app,
        '/profile/edit',
        { ...tabA, action: 'save', maxHoursPerMonth: '20', phone: '+49 202 123456' },
        cookie,
      );
      expect(savedA.status).toBe(303);
      expect(await stored()).toMatchObject({ version: 2, maxHoursPerMonth: 20, phone: '+49 202 123456' });

      // Tab B, still on version 1, changes the first name.
      const conflict = await postForm(
        platform.app,
        '/profile/edit',
        { ...tabB, action: 'save', firstName: 'Jonathan' },
        cookie,
      );
      expect(conflict.status).toBe(409);
      const html = await conflict.text();
      const shown = formFields(html, '/profile/edit');
      // B's typing is kept, with the version it was based on, not the fresh one.
      expect(shown).toMatchObject({ firstName: 'Jonathan', maxHoursPerMonth: '10', phone: '', version: '1' });
      expect(shown.seenVersion).toBe('2');
      // What A stored, beside what B typed; fields nobody changed differently are not listed.
      expect(text(html)).toContain('Inzwischen an anderer Stelle geändert');
      expect(conflictTable(html)).toEqual({
        Vorname: ['Jonas', 'Jonathan'],
        'Telefon (freiwillig)': ['+49 202 123456', '–'],
        'Höchstens Stunden pro Monat': ['20', '10'],
      });
      expect(html).toContain('value="overwrite"');
      expect(html).toContain('href="/profile/edit"');
      expect(await stored()).toMatchObject({ version: 2, firstName: 'Jonas', maxHoursPerMonth: 20 });

      // Re-posting the conflict page as rendered (Enter, or the ordinary save button) conflicts again.
      for (const action of [undefined, 'save']) {
        const again = await postForm(platform.app, '/profile/edit', { ...shown, ...(action && { action }) }, cookie);
        expect(again.status).toBe(409);
      }
      // So does any other path that re-renders the typing ("more rows").
      const more = await postForm(platform.app, '/profile/edit', { ...shown, action: 'more-slots' }, cookie);
      expect(more.status).toBe(200);
      const moreFields = formFields(await more.text(), '/profile/edit');
      expect(moreFields).toMatchObject({ firstName: 'Jonathan', version: '1' });
      expect((await postForm(platform.app, '/profile/edit', { ...moreFields, action: 'save' }, cookie)).status).toBe(
        409,
      );
      expect(await stored()).toMatchObject({
        version: 2,
        firstName: 'Jonas',
        maxHoursPerMonth: 20,
        phone: '+49 202 123456',
      });

      // The panel in English.
      const english = await postForm(
        platform.app,
        '/profile/edit',
        { ...tabB, action: 'save', firstName: 'Jonathan' },
        `${cookie}; qh_lang=en`,
      );
      expect(english.status).toBe(409);
      const englishHtml = await english.text();
      expect(text(englishHtml)).toContain('Changed elsewhere in the meantime');
      expect(conflictTable(englishHtml)['First name']).toEqual(['Jonas', 'Jonathan']);
    });

    it('keeps B’s typing when B deliberately keeps it, and only over the version B has seen', async () => {
      const current = await stored();
      const tabB = {
        ...formFields(await page('/profile/edit', cookie), '/profile/edit'),
        version: String(current.version - 1),
      };
      const conflict = await postForm(
        platform.app,
        '/profile/edit',
        { ...tabB, firstName: 'Jonathan', action: 'save' },
        cookie,
      );
      expect(conflict.status).toBe(409);
      const shown = formFields(await conflict.text(), '/profile/edit');
      expect(shown.seenVersion).toBe(String(current.version));

      // Someone saves again before B decides: B's "keep mine" names a version that is no longer stored.
      const tabC = formFields(await page('/profile/edit', cookie), '/profile/edit');
      expect(
        (await postForm(platform.app, '/profile/edit', { ...tabC, action: 'save', lastName: 'Becker-Ohm' }, cookie))
          .status,
      ).toBe(303);
      const tooLate = await postForm(platform.app, '/profile/edit', { ...shown, action: 'overwrite' }, cookie);
      expect(tooLate.status).toBe(409);
      const fresh = formFields(await tooLate.text(), '/profile/edit');
      expect(fresh).toMatchObject({ firstName: 'Jonathan', lastName: 'Becker', version: tabB.version });
      expect(fresh.seenVersion).toBe(String(current.version + 1));
      expect(await stored()).toMatchObject({ firstName: 'Jonas', lastName: 'Becker-Ohm' });

      // Now B keeps its entries, having seen the current version: exactly B's form is stored.
      const kept = await postForm(platform.app, '/profile/edit', { ...fresh, action: 'overwrite' }, cookie);
      expect(kept.status).toBe(303);
      expect(await stored()).toMatchObject({
        version: current.version + 2,
        firstName: 'Jonathan',
        lastName: 'Becker',
        maxHoursPerMonth: Number(fresh.maxHoursPerMonth),
      });
    });

    it('takes the stored version when B chooses it: the form loads what is stored, with its version', async () => {
      const current = await stored();
      const loaded = formFields(await page('/profile/edit', cookie), '/profile/edit');
      expect(loaded).toMatchObject({ version: String(current.version), firstName: current.firstName });
      expect(loaded.seenVersion).toBeUndefined();
    });
  });

  describe('the need form and the need page buttons', () => {
    let manager: TestAccount;
    let cookie: string;
    let needId: string;
    const stored = async () =>
      (await (await api(platform.app, 'GET', `/api/needs/${needId}`, manager.accessToken)).json()) as Json;

    beforeAll(async () => {
      manager = await createAccount(platform.config, 'manager');
      await new StaffRepository(createDocumentClient(platform.config), platform.config.tableName).put({
        userId: manager.userId,
        quarters: ['nordstadt'],
      });
      cookie = await signIn(manager);
      const created = await api(
        platform.app,
        'POST',
        '/api/needs',
        manager.accessToken,
        needInput({ involvesMinors: true }),
      );
      expect(created.status).toBe(201);
      needId = ((await created.json()) as Json).needId;
    });

    it('shows tab B what tab A stored beside its typing, changes nothing, and saves B only by choice', async () => {
      const edit = `/manage/needs/${needId}/edit`;
      const tabA = formFields(await page(edit, cookie), edit);
      const tabB = formFields(await page(edit, cookie), edit);
      expect([tabA.version, tabB.version]).toEqual(['1', '1']);

      const savedA = await postForm(
        platform.app,
        edit,
        { ...tabA, action: 'save', places: '3', languages: ['ar', 'fa'] },
        cookie,
      );
      expect(savedA.status).toBe(303);
      expect(await stored()).toMatchObject({ version: 2, places: 3, languages: ['ar', 'fa'] });

      const conflict = await postForm(
        platform.app,
        edit,
        { ...tabB, action: 'save', title: 'Hausaufgabenhilfe Arabisch' },
        cookie,
      );
      expect(conflict.status).toBe(409);
      const html = await conflict.text();
      const shown = formFields(html, edit);
      expect(shown).toMatchObject({ title: 'Hausaufgabenhilfe Arabisch', places: '2', languages: 'ar', version: '1' });
      expect(shown.seenVersion).toBe('2');
      expect(conflictTable(html)).toEqual({
        Titel: ['Hausaufgabenhilfe', 'Hausaufgabenhilfe Arabisch'],
        'Anzahl Personen': ['3', '2'],
        Sprachen: ['Arabisch, Persisch (Farsi)', 'Arabisch'],
      });
      expect(await stored()).toMatchObject({ version: 2, title: 'Hausaufgabenhilfe', places: 3 });

      // Re-posting the conflict page as rendered conflicts again and changes nothing.
      for (const action of [undefined, 'save']) {
        expect((await postForm(platform.app, edit, { ...shown, ...(action && { action }) }, cookie)).status).toBe(409);
      }
      expect(await stored()).toMatchObject({ version: 2, title: 'Hausaufgabenhilfe', places: 3 });

      // B keeps its entries deliberately, over the version it was shown.
      const kept = await postForm(platform.app, edit, { ...shown, action: 'overwrite' }, cookie);
      expect(kept.status).toBe(303);
      expect(await stored()).toMatchObject({
        version: 3,
        title: 'Hausaufgabenhilfe Arabisch',
        places: 2,
        languages: ['ar'],
      });
      // "Take the stored version" is the edit page: the stored values with their version.
      expect(formFields(await page(edit, cookie), edit)).toMatchObject({
        version: '3',
        title: 'Hausaufgabenhilfe Arabisch',
      });
    });

    it('answers a stale publish button with the page as stored now, and publishes when pressed again', async () => {
      const detail = `/manage/needs/${needId}`;
      const status = `/manage/needs/${needId}/status`;
      const tabB = formFields(await page(detail, cookie), status);
      expect(tabB).toEqual({ action: 'publish', version: '3' });
      const edit = `/manage/needs/${needId}/edit`;
      const tabA = formFields(await page(edit, cookie), edit);
      expect((await postForm(platform.app, edit, { ...tabA, action: 'save', title: 'Lernhilfe' }, cookie)).status).toBe(
        303,
      );

      const stale = await postForm(platform.app, status, tabB, cookie);
      expect(stale.status).toBe(409);
      const html = await stale.text();
      // The page shows what is stored now, and its buttons carry the version that goes with it.
      expect(text(html)).toContain('Lernhilfe');
      expect(formFields(html, status)).toEqual({ action: 'publish', version: '4' });
      expect(await stored()).toMatchObject({ status: 'draft', title: 'Lernhilfe' });
      const published = await postForm(platform.app, status, formFields(html, status), cookie);
      expect(published.status).toBe(303);
      expect(await stored()).toMatchObject({ status: 'open', version: 5 });
    });
  });
});
