/**
 * The route × role matrix: every route the functions register (JSON API routes from their
 * contracts, pages from each app's own route list), called without a session, as each role, and
 * where the route has an object, on the caller's own object, another person's and another
 * quarter's. The expected outcomes are the one table below; a route without a row, or a row for a
 * route that no longer exists, fails the suite.
 *
 * Expected outcomes:
 * - `ok`: admitted (2xx; a page's 303 to anywhere but the sign-in; 409 when the object's state
 *   forbids the step — authorisation passed, the request was understood);
 * - `public`: the same answer for everyone, signed in or not, never 401/403;
 * - `401`: API without credentials; `signin`: a page without a session (303 to /signin);
 * - `403`: the wrong role, and also another person's or another quarter's object (an object the
 *   caller may not touch is forbidden, not hidden: 404 is for ids that do not exist);
 * - `404`: the route's own object does not exist for this caller (e.g. "my profile" of staff);
 * - `400`: only where a page's form names a quarter the manager does not manage (the form offers
 *   only theirs): a field error, nothing written.
 * Routes about the caller themselves (`/me`) answer every signed-in role about themselves: no
 * boundary to cross. Whatever the cell, a 5xx fails it.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_ROUTES } from '../../functions/docs/openapi.ts';
import { createFunctionApps } from '../../infra/local/function-apps.ts';
import type { Role } from '../../shared/auth/caller.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { discoverHttpFunctions } from '../../shared/gateway/http-functions.ts';
import { honoPath } from '../../shared/http/api-route.ts';
import { createServices } from '../../shared/platform/services.ts';
import { CONSENT } from '../../shared/volunteers/consent.ts';
import {
  api,
  cookieFrom,
  createAccount,
  ORIGIN,
  postForm,
  type TestAccount,
  type TestPlatform,
  testPlatform,
  uniqueEmail,
} from '../support/app.ts';
import { profileInput } from '../support/fixtures.ts';

const NOW = new Date('2026-11-24T10:00:00Z');
const PASSWORD = 'Test-Passw0rd-2026!';
const ROLES: Role[] = ['volunteer', 'manager', 'initiative', 'admin'];

type Variant = 'default' | 'own' | 'other' | 'otherQuarter';
type Cell = 'anon' | Role | Exclude<Variant, 'default'>;
type Outcome = 'ok' | 'public' | 'signin' | 400 | 401 | 403 | 404;

/** The accounts of the matrix; roles act as the account of their name unless a row names a stand-in. */
type Name =
  | Role
  | 'otherVolunteer'
  | 'otherQuarterVolunteer'
  | 'spareVolunteer'
  | 'spareVolunteer2'
  | 'erasedByPage'
  | 'erasedByApi'
  | 'roleTarget'
  | 'outsider';

interface Person extends TestAccount {
  cookie: string;
}

interface World {
  people: Record<Name, Person>;
  /** Published, in Nordstadt (the manager's quarter), linked to the initiative; the volunteer's accepted match. */
  needId: string;
  /** Published, in Ostersbaum (not the manager's quarter, not linked); the other-quarter volunteer's accepted match. */
  otherNeedId: string;
  initiativeId: string;
  /** The outsider's one-click unsubscribe token (as the notifier creates it). */
  unsubscribeToken: string;
}

interface Call {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  json?: unknown;
  form?: Record<string, string | string[]>;
  /** A file as the body itself (the import's API). */
  csv?: string;
  /** A multipart form with files (the import's page). */
  multipart?: Record<string, string | File>;
}

interface Row {
  /** `METHOD /path` as the app registers it (Hono syntax). */
  route: string;
  call: (w: World, variant: Variant) => Call | Promise<Call>;
  expect: Partial<Record<Cell, Outcome>>;
  /** Who acts in the own / other / otherQuarter cells. */
  objectActor?: Role;
  /** Accounts standing in for a role, where the request destroys what later rows need. */
  stand?: Partial<Record<Role, Name>>;
  /** The request ends the session it carries: use a fresh one. */
  freshSession?: boolean;
}

const publicRow = (route: string, call: Row['call']): Row => ({
  route,
  call,
  expect: { anon: 'public', volunteer: 'public', manager: 'public', initiative: 'public', admin: 'public' },
});
/** Pages and API routes of one role (the others: 403). */
const onlyFor = (allowed: Role[], anon: 401 | 'signin'): Row['expect'] => ({
  anon,
  ...Object.fromEntries(ROLES.map((role) => [role, allowed.includes(role) ? 'ok' : 403])),
});
const get = (path: string): Call => ({ method: 'GET', path });
/** A public step refused with the same 401 for everyone, signed in or not. */
const REFUSED_ALIKE: Row['expect'] = { anon: 401, volunteer: 401, manager: 401, initiative: 401, admin: 401 };

const need = (quarterId = 'nordstadt') => ({
  title: 'Hausaufgabenhilfe',
  description: 'Grundschulkinder, dienstags',
  quarterId,
  venueId: quarterId === 'nordstadt' ? 'alte-feuerwache' : VENUE_OSTERSBAUM,
  schedule: {
    kind: 'weekly',
    weekday: 'tue',
    start: '15:00',
    end: '17:00',
    firstDate: '2026-12-01',
    lastDate: '2027-02-23',
  },
  places: 3,
  requiredSkills: ['homework-help'],
  niceToHaveSkills: [],
  languages: ['ar'],
  involvesMinors: false,
});
const VENUE_OSTERSBAUM = 'nachbarschaftsheim';
/** A needs' sheet of one row in the matrix manager's quarter. */
const NEEDS_CSV =
  'Titel;Quartier;Ort;Datum;Beginn;Ende;Plätze\nLesepaten;Nordstadt;Alte Feuerwache;2026-12-03;15:00;16:00;1\n';
/** A date of both needs of the matrix, ahead of its clock: what cover routes are about. */
const COVER_DATE = '2026-12-08';

const needForm = (quarterId = 'nordstadt'): Record<string, string | string[]> => ({
  version: '',
  title: 'Hausaufgabenhilfe',
  description: 'Grundschulkinder, dienstags',
  quarterId,
  venueId: quarterId === 'nordstadt' ? 'alte-feuerwache' : VENUE_OSTERSBAUM,
  scheduleKind: 'weekly',
  onceDate: '',
  onceStart: '',
  onceEnd: '',
  weekday: 'tue',
  weeklyStart: '15:00',
  weeklyEnd: '17:00',
  firstDate: '2026-12-01',
  lastDate: '2027-02-23',
  places: '3',
  requiredSkills: ['homework-help'],
  niceToHaveSkills: [],
  languages: ['ar'],
});

const safeguardingInput = { inspectedOn: '2026-11-10', issuedOn: '2026-10-20', relevantConviction: false };

/** The volunteer a variant is about: the volunteer's own, another person's, another quarter's. */
const volunteerOf = (w: World, variant: Variant) =>
  variant === 'other'
    ? w.people.otherVolunteer.userId
    : variant === 'otherQuarter'
      ? w.people.otherQuarterVolunteer.userId
      : w.people.volunteer.userId;
/** The need and its match a variant is about. */
const matchOf = (w: World, variant: Variant) =>
  variant === 'otherQuarter' || variant === 'other'
    ? { needId: w.otherNeedId, volunteerId: w.people.otherQuarterVolunteer.userId }
    : { needId: w.needId, volunteerId: w.people.volunteer.userId };
const needOf = (w: World, variant: Variant) => (variant === 'otherQuarter' ? w.otherNeedId : w.needId);

// biome-ignore format: one row per line reads as a table
const MATRIX: Row[] = [
  // accounts: public pages and the sign-in itself
  publicRow('GET /', () => get('/')),
  publicRow('GET /assets/app.css', () => get('/assets/app.css')),
  publicRow('GET /assets/print.css', () => get('/assets/print.css')),
  publicRow('GET /lang/:lang', () => get('/lang/en?next=%2Fprofile')),
  publicRow('GET /signup', () => get('/signup')),
  publicRow('POST /signup', () => ({ method: 'POST', path: '/signup', form: { email: uniqueEmail('matrix'), password: PASSWORD } })),
  publicRow('GET /confirm', () => get('/confirm')),
  // Code and mail routes: each cell names another address, so the per-account throttle (a few
  // wrong codes or mails per address) answers no cell for another; the answers are alike anyway.
  publicRow('POST /confirm', () => ({ method: 'POST', path: '/confirm', form: { email: uniqueEmail('unconfirmed'), code: '000000' } })),
  publicRow('POST /confirm/resend', () => ({ method: 'POST', path: '/confirm/resend', form: { email: uniqueEmail('unconfirmed'), code: '' } })),
  publicRow('GET /signin', () => get('/signin')),
  { ...publicRow('POST /signin', (w) => ({ method: 'POST', path: '/signin', form: { email: w.people.outsider.email, password: PASSWORD } })), freshSession: true },
  // cognito-local does not check the challenge's session: this signs in (and ends the session it carries).
  // A challenge this app never issued is refused alike for everyone (401 INVALID_SESSION): only
  // the invited account's own first sign-in can complete one (test/integration/new-password-challenge.test.ts).
  { route: 'POST /signin/new-password', call: () => ({ method: 'POST', path: '/signin/new-password', form: { email: uniqueEmail('invited'), session: 'no-such-challenge', password: PASSWORD } }), expect: REFUSED_ALIKE, freshSession: true },
  { ...publicRow('POST /signout', () => ({ method: 'POST', path: '/signout', form: {} })), freshSession: true },
  publicRow('GET /password/forgot', () => get('/password/forgot')),
  publicRow('POST /password/forgot', () => ({ method: 'POST', path: '/password/forgot', form: { email: uniqueEmail('forgot') } })),
  publicRow('GET /password/reset', () => get('/password/reset')),
  publicRow('POST /password/reset', () => ({ method: 'POST', path: '/password/reset', form: { email: uniqueEmail('reset'), code: '000000', password: PASSWORD } })),
  publicRow('POST /api/auth/signup', () => ({ method: 'POST', path: '/api/auth/signup', json: { email: uniqueEmail('matrix'), password: PASSWORD } })),
  publicRow('POST /api/auth/confirm', () => ({ method: 'POST', path: '/api/auth/confirm', json: { email: uniqueEmail('unconfirmed'), code: '000000' } })),
  publicRow('POST /api/auth/confirm/resend', () => ({ method: 'POST', path: '/api/auth/confirm/resend', json: { email: uniqueEmail('unconfirmed') } })),
  publicRow('POST /api/auth/signin', (w) => ({ method: 'POST', path: '/api/auth/signin', json: { email: w.people.outsider.email, password: PASSWORD } })),
  { route: 'POST /api/auth/new-password', call: () => ({ method: 'POST', path: '/api/auth/new-password', json: { email: uniqueEmail('invited'), session: 'no-such-challenge', password: PASSWORD } }), expect: REFUSED_ALIKE },
  publicRow('POST /api/auth/signout', async (w) => ({ method: 'POST', path: '/api/auth/signout', json: { refreshToken: await refreshTokenOf(w.people.outsider) } })),
  publicRow('POST /api/auth/password/forgot', () => ({ method: 'POST', path: '/api/auth/password/forgot', json: { email: uniqueEmail('forgot') } })),
  publicRow('POST /api/auth/password/reset', () => ({ method: 'POST', path: '/api/auth/password/reset', json: { email: uniqueEmail('reset'), code: '000000', password: PASSWORD } })),

  // accounts: e-mail preferences of every signed-in person (about themselves: no boundary to
  // cross; a second save on version 0 is a 409), and the one-click unsubscribe, whose token is the
  // authority: the same answer signed in or not (idempotent).
  { route: 'GET /settings/notifications', call: () => get('/settings/notifications'), expect: onlyFor(ROLES, 'signin') },
  { route: 'POST /settings/notifications', call: () => ({ method: 'POST', path: '/settings/notifications', form: { version: '0', language: 'en' } }), expect: onlyFor(ROLES, 'signin') },
  { route: 'GET /api/me/notification-settings', call: () => get('/api/me/notification-settings'), expect: onlyFor(ROLES, 401) },
  { route: 'PUT /api/me/notification-settings', call: () => ({ method: 'PUT', path: '/api/me/notification-settings', json: { optOut: [], version: 0 } }), expect: onlyFor(ROLES, 401) },
  publicRow('GET /unsubscribe', (w) => get(`/unsubscribe?token=${w.unsubscribeToken}&kind=invitationExpiring`)),
  publicRow('POST /unsubscribe', (w) => ({ method: 'POST', path: `/unsubscribe?token=${w.unsubscribeToken}&kind=invitationExpiring`, form: { 'List-Unsubscribe': 'One-Click' } })),

  // catalog, docs, consent: public
  publicRow('GET /api/quarters', () => get('/api/quarters')),
  publicRow('GET /api/skills', () => get('/api/skills')),
  publicRow('GET /api/languages', () => get('/api/languages')),
  publicRow('GET /api/openapi.json', () => get('/api/openapi.json')),
  publicRow('GET /api/consent', () => get('/api/consent')),
  // Data-protection self-service (the caller's own data only: no object of anyone else's)
  { route: 'GET /api/volunteers/me/export', call: () => get('/api/volunteers/me/export'), expect: { anon: 401, volunteer: 'ok', manager: 'ok', initiative: 'ok', admin: 'ok' } },
  { route: 'PUT /api/volunteers/me/consent', call: () => ({ method: 'PUT', path: '/api/volunteers/me/consent', json: { version: CONSENT.version, accepted: true } }), expect: onlyFor(['volunteer'], 401) },
  { route: 'GET /profile/export', call: () => get('/profile/export'), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'GET /profile/consent', call: () => get('/profile/consent'), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'POST /profile/consent', call: () => ({ method: 'POST', path: '/profile/consent', form: { version: CONSENT.version, accepted: 'yes' } }), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'GET /profile/account/delete', call: () => get('/profile/account/delete'), expect: onlyFor(['volunteer'], 'signin') },
  publicRow('GET /profile/account/deleted', () => get('/profile/account/deleted')),

  // volunteers: own profile pages and API
  { route: 'GET /profile', call: () => get('/profile'), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'GET /profile/edit', call: () => get('/profile/edit'), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'POST /profile/edit', call: () => ({ method: 'POST', path: '/profile/edit', form: { action: 'more-slots' } }), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'POST /profile/pause', call: () => ({ method: 'POST', path: '/profile/pause', form: {} }), expect: onlyFor(['volunteer'], 'signin'), stand: { volunteer: 'spareVolunteer' } },
  { route: 'POST /profile/resume', call: () => ({ method: 'POST', path: '/profile/resume', form: {} }), expect: onlyFor(['volunteer'], 'signin'), stand: { volunteer: 'spareVolunteer' } },
  { route: 'GET /api/volunteers/me', call: () => get('/api/volunteers/me'), expect: { anon: 401, volunteer: 'ok', manager: 404, initiative: 404, admin: 404 } },
  { route: 'PUT /api/volunteers/me', call: () => ({ method: 'PUT', path: '/api/volunteers/me', json: profileInput({ version: 1 }) }), expect: onlyFor(['volunteer'], 401), stand: { volunteer: 'spareVolunteer' } },
  { route: 'POST /api/volunteers/me/pause', call: () => ({ method: 'POST', path: '/api/volunteers/me/pause' }), expect: { anon: 401, volunteer: 'ok', manager: 404, initiative: 404, admin: 404 }, stand: { volunteer: 'spareVolunteer' } },
  { route: 'POST /api/volunteers/me/resume', call: () => ({ method: 'POST', path: '/api/volunteers/me/resume' }), expect: { anon: 401, volunteer: 'ok', manager: 404, initiative: 404, admin: 404 }, stand: { volunteer: 'spareVolunteer' } },
  { route: 'GET /api/volunteers/me/safeguarding', call: () => get('/api/volunteers/me/safeguarding'), expect: { anon: 401, volunteer: 'ok', manager: 'ok', initiative: 'ok', admin: 'ok' } },
  { route: 'GET /api/volunteers/:volunteerId', call: (w, v) => get(`/api/volunteers/${volunteerOf(w, v)}`), objectActor: 'volunteer',
    expect: { anon: 401, volunteer: 'ok', manager: 'ok', initiative: 403, admin: 'ok', own: 'ok', other: 403 } },
  { route: 'GET /api/volunteers/:volunteerId#quarter', call: (w, v) => get(`/api/volunteers/${volunteerOf(w, v)}`), objectActor: 'manager',
    expect: { anon: 401, volunteer: 'ok', manager: 'ok', initiative: 403, admin: 'ok', otherQuarter: 403 } },
  { route: 'PUT /api/volunteers/:volunteerId/safeguarding', call: (w, v) => ({ method: 'PUT', path: `/api/volunteers/${volunteerOf(w, v)}/safeguarding`, json: safeguardingInput }), objectActor: 'manager',
    expect: { anon: 401, volunteer: 403, manager: 'ok', initiative: 403, admin: 'ok', otherQuarter: 403 } },

  // needs: manager API
  { route: 'POST /api/needs', call: (_w, v) => ({ method: 'POST', path: '/api/needs', json: need(v === 'otherQuarter' ? 'ostersbaum' : 'nordstadt') }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'GET /api/needs', call: () => get('/api/needs'), expect: { anon: 401, volunteer: 'ok', manager: 'ok', initiative: 403, admin: 'ok' } },
  { route: 'GET /api/needs/:needId', call: (w, v) => get(`/api/needs/${needOf(w, v)}`), objectActor: 'manager',
    expect: { anon: 401, volunteer: 'ok', manager: 'ok', initiative: 403, admin: 'ok', otherQuarter: 403 } },
  { route: 'PUT /api/needs/:needId', call: (w, v) => ({ method: 'PUT', path: `/api/needs/${needOf(w, v)}`, json: { ...need(v === 'otherQuarter' ? 'ostersbaum' : 'nordstadt'), version: 1 } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/status', call: (w, v) => ({ method: 'POST', path: `/api/needs/${needOf(w, v)}/status`, json: { action: 'publish', version: 1 } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'GET /api/needs/:needId/candidates', call: (w, v) => get(`/api/needs/${needOf(w, v)}/candidates`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/invitations', call: (w, v) => ({ method: 'POST', path: `/api/needs/${needOf(w, v)}/invitations`, json: { volunteerIds: [w.people.otherVolunteer.userId] } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/matches/:volunteerId/:action', call: (w, v) => { const m = matchOf(w, v); return { method: 'POST', path: `/api/needs/${m.needId}/matches/${m.volunteerId}/complete` }; }, objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/messages', call: (w, v) => ({ method: 'POST', path: `/api/needs/${needOf(w, v)}/messages`, json: { text: 'Bitte an Stifte denken.', audience: 'accepted' } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/me/:action', call: (w) => ({ method: 'POST', path: `/api/needs/${w.needId}/me/accept` }), expect: onlyFor(['volunteer'], 401) },
  { route: 'POST /api/needs/:needId/absences', call: (w) => ({ method: 'POST', path: `/api/needs/${w.needId}/absences`, json: { date: '2027-02-23' } }), expect: onlyFor(['volunteer'], 401) },
  { route: 'GET /api/statistics', call: (_w, v) => get(`/api/statistics?quarter=${v === 'otherQuarter' ? 'ostersbaum' : 'nordstadt'}&from=2026-10&to=2026-11`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'GET /api/matches/me', call: () => get('/api/matches/me'), expect: { anon: 401, volunteer: 'ok', manager: 'ok', initiative: 'ok', admin: 'ok' } },
  // cover for one date of a need (8 December, a date of both needs)
  { route: 'GET /api/needs/:needId/dates/:date/candidates', call: (w, v) => get(`/api/needs/${needOf(w, v)}/dates/${COVER_DATE}/candidates`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/dates/:date/invitations', call: (w, v) => ({ method: 'POST', path: `/api/needs/${needOf(w, v)}/dates/${COVER_DATE}/invitations`, json: { volunteerIds: [w.people.otherVolunteer.userId] } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/dates/:date/matches/:volunteerId/:action', call: (w, v) => { const m = matchOf(w, v); return { method: 'POST', path: `/api/needs/${m.needId}/dates/${COVER_DATE}/matches/${m.volunteerId}/cancel` }; }, objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'POST /api/needs/:needId/dates/:date/me/:action', call: (w) => ({ method: 'POST', path: `/api/needs/${w.needId}/dates/${COVER_DATE}/me/accept` }), expect: onlyFor(['volunteer'], 401) },

  // needs: manager pages and the volunteer dashboard
  { route: 'GET /manage', call: () => get('/manage'), expect: onlyFor(['manager', 'admin'], 'signin') },
  { route: 'GET /manage/needs/new', call: () => get('/manage/needs/new'), expect: onlyFor(['manager', 'admin'], 'signin') },
  { route: 'POST /manage/needs/new', call: (_w, v) => ({ method: 'POST', path: '/manage/needs/new', form: needForm(v === 'otherQuarter' ? 'ostersbaum' : 'nordstadt') }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 400 } },
  { route: 'GET /manage/needs/:needId/edit', call: (w, v) => get(`/manage/needs/${needOf(w, v)}/edit`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/edit', call: (w, v) => ({ method: 'POST', path: `/manage/needs/${needOf(w, v)}/edit`, form: { ...needForm(), version: '1' } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'GET /manage/needs/:needId', call: (w, v) => get(`/manage/needs/${needOf(w, v)}`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/status', call: (w, v) => ({ method: 'POST', path: `/manage/needs/${needOf(w, v)}/status`, form: { action: 'publish', version: '1' } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/invite', call: (w, v) => ({ method: 'POST', path: `/manage/needs/${needOf(w, v)}/invite`, form: { volunteerIds: [w.people.otherVolunteer.userId] } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/invite-top', call: (w, v) => ({ method: 'POST', path: `/manage/needs/${needOf(w, v)}/invite-top`, form: { top: '1' } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/matches/:volunteerId/:action', call: (w, v) => { const m = matchOf(w, v); return { method: 'POST', path: `/manage/needs/${m.needId}/matches/${m.volunteerId}/complete`, form: {} }; }, objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/messages', call: (w, v) => ({ method: 'POST', path: `/manage/needs/${needOf(w, v)}/messages`, form: { text: 'Bitte an Stifte denken.', audience: 'accepted', requestKey: randomUUID() } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'GET /dashboard', call: () => get('/dashboard'), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'GET /dashboard/needs/:needId', call: (w, v) => get(`/dashboard/needs/${needOf(w, v)}`), objectActor: 'volunteer',
    expect: { ...onlyFor(['volunteer'], 'signin'), own: 'ok', otherQuarter: 404 } },
  { route: 'POST /dashboard/needs/:needId/absences', call: (w) => ({ method: 'POST', path: `/dashboard/needs/${w.needId}/absences`, form: { date: '2027-02-16' } }), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'POST /dashboard/needs/:needId/:action', call: (w) => ({ method: 'POST', path: `/dashboard/needs/${w.needId}/accept`, form: {} }), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'POST /dashboard/needs/:needId/dates/:date/:action', call: (w) => ({ method: 'POST', path: `/dashboard/needs/${w.needId}/dates/${COVER_DATE}/accept`, form: {} }), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'GET /manage/needs/:needId/dates/:date', call: (w, v) => get(`/manage/needs/${needOf(w, v)}/dates/${COVER_DATE}`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/dates/:date/invite', call: (w, v) => ({ method: 'POST', path: `/manage/needs/${needOf(w, v)}/dates/${COVER_DATE}/invite`, form: { volunteerIds: [w.people.otherVolunteer.userId] } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/dates/:date/invite-top', call: (w, v) => ({ method: 'POST', path: `/manage/needs/${needOf(w, v)}/dates/${COVER_DATE}/invite-top`, form: { top: '1' } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/needs/:needId/dates/:date/matches/:volunteerId/:action', call: (w, v) => { const m = matchOf(w, v); return { method: 'POST', path: `/manage/needs/${m.needId}/dates/${COVER_DATE}/matches/${m.volunteerId}/cancel`, form: {} }; }, objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },

  // calendar feeds: the feed itself is public (its secret token is the key); URL and renew for the owner
  publicRow('GET /calendar/:file', () => get('/calendar/not-a-feed.ics')),
  { route: 'GET /api/calendar/feed', call: () => get('/api/calendar/feed'), expect: { ...onlyFor(['volunteer', 'manager', 'admin'], 401) } },
  { route: 'POST /api/calendar/feed/renew', call: () => ({ method: 'POST', path: '/api/calendar/feed/renew' }), expect: { ...onlyFor(['volunteer', 'manager', 'admin'], 401) } },
  { route: 'POST /profile/calendar', call: () => ({ method: 'POST', path: '/profile/calendar', form: { action: 'create' } }), expect: onlyFor(['volunteer'], 'signin') },
  { route: 'POST /manage/calendar', call: () => ({ method: 'POST', path: '/manage/calendar', form: { action: 'renew' } }), expect: onlyFor(['manager', 'admin'], 'signin') },

  // admin
  { route: 'GET /api/admin/staff', call: () => get('/api/admin/staff'), expect: onlyFor(['admin'], 401) },
  { route: 'POST /api/admin/staff', call: () => ({ method: 'POST', path: '/api/admin/staff', json: { email: uniqueEmail('invited'), role: 'manager', quarters: ['nordstadt'] } }), expect: onlyFor(['admin'], 401) },
  { route: 'PUT /api/admin/staff/:userId', call: (w) => ({ method: 'PUT', path: `/api/admin/staff/${w.people.manager.userId}`, json: { role: 'manager', quarters: ['nordstadt'] } }), expect: onlyFor(['admin'], 401) },
  { route: 'PUT /api/admin/staff/:userId/role', call: (w) => ({ method: 'PUT', path: `/api/admin/staff/${w.people.roleTarget.userId}/role`, json: { role: 'manager' } }), expect: onlyFor(['admin'], 401) },
  { route: 'GET /api/admin/initiatives', call: () => get('/api/admin/initiatives'), expect: onlyFor(['admin'], 401) },
  { route: 'POST /api/admin/initiatives', call: () => ({ method: 'POST', path: '/api/admin/initiatives', json: { name: `Initiative ${randomUUID().slice(0, 6)}` } }), expect: onlyFor(['admin'], 401) },
  { route: 'PUT /api/admin/initiatives/:initiativeId/needs/:needId', call: (w) => ({ method: 'PUT', path: `/api/admin/initiatives/${w.initiativeId}/needs/${w.needId}` }), expect: onlyFor(['admin'], 401) },
  { route: 'GET /api/admin/audit', call: (w) => get(`/api/admin/audit?subjectId=${w.people.volunteer.userId}`), expect: onlyFor(['admin'], 401) },
  { route: 'GET /admin', call: () => get('/admin'), expect: onlyFor(['admin'], 'signin') },
  { route: 'GET /admin/audit', call: (w) => get(`/admin/audit?subjectId=${w.people.volunteer.userId}`), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/staff', call: () => ({ method: 'POST', path: '/admin/staff', form: { email: uniqueEmail('invited'), role: 'manager', quarters: ['nordstadt'] } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/staff/:userId/quarters', call: (w) => ({ method: 'POST', path: `/admin/staff/${w.people.manager.userId}/quarters`, form: { quarters: ['nordstadt'] } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/initiatives', call: () => ({ method: 'POST', path: '/admin/initiatives', form: { name: `Initiative ${randomUUID().slice(0, 6)}` } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/initiatives/:initiativeId/links', call: (w) => ({ method: 'POST', path: `/admin/initiatives/${w.initiativeId}/links`, form: { needId: w.needId } }), expect: onlyFor(['admin'], 'signin') },
  // admin (issue 11): staff accounts, initiatives, the catalogue. Reactivating, an invitation to an
  // account that has signed in (409), renaming at version 1 (409 when repeated): safe for later rows.
  { route: 'PUT /api/admin/staff/:userId/active', call: (w) => ({ method: 'PUT', path: `/api/admin/staff/${w.people.roleTarget.userId}/active`, json: { active: true } }), expect: onlyFor(['admin'], 401) },
  { route: 'POST /api/admin/staff/:userId/invitation', call: (w) => ({ method: 'POST', path: `/api/admin/staff/${w.people.roleTarget.userId}/invitation` }), expect: onlyFor(['admin'], 401) },
  { route: 'POST /admin/staff/:userId/role', call: (w) => ({ method: 'POST', path: `/admin/staff/${w.people.roleTarget.userId}/role`, form: { [`role_${w.people.roleTarget.userId}`]: 'manager' } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/staff/:userId/active', call: (w) => ({ method: 'POST', path: `/admin/staff/${w.people.roleTarget.userId}/active`, form: { active: 'true' } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/staff/:userId/invitation', call: (w) => ({ method: 'POST', path: `/admin/staff/${w.people.roleTarget.userId}/invitation`, form: {} }), expect: onlyFor(['admin'], 'signin') },
  { route: 'PUT /api/admin/initiatives/:initiativeId', call: (w) => ({ method: 'PUT', path: `/api/admin/initiatives/${w.initiativeId}`, json: { name: 'Matrix e.V.', active: true, version: 1 } }), expect: onlyFor(['admin'], 401) },
  { route: 'DELETE /api/admin/initiatives/:initiativeId/needs/:needId', call: (w) => ({ method: 'DELETE', path: `/api/admin/initiatives/${w.initiativeId}/needs/${w.otherNeedId}` }), expect: onlyFor(['admin'], 401) },
  { route: 'GET /admin/initiatives', call: () => get('/admin/initiatives'), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/initiatives/:initiativeId', call: (w) => ({ method: 'POST', path: `/admin/initiatives/${w.initiativeId}`, form: { version: '2', [`name_${w.initiativeId}`]: 'Matrix e.V.', active: 'true', action: 'save' } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/initiatives/:initiativeId/links/:needId/delete', call: (w) => ({ method: 'POST', path: `/admin/initiatives/${w.initiativeId}/links/${w.otherNeedId}/delete`, form: {} }), expect: onlyFor(['admin'], 'signin') },
  { route: 'GET /api/admin/catalog', call: () => get('/api/admin/catalog'), expect: onlyFor(['admin'], 401) },
  { route: 'POST /api/admin/quarters', call: () => ({ method: 'POST', path: '/api/admin/quarters', json: { name: `Quartier ${randomUUID().slice(0, 6)}`, district: 'Elberfeld', programme: 'soziale-stadt' } }), expect: onlyFor(['admin'], 401) },
  { route: 'PUT /api/admin/quarters/:quarterId', call: () => ({ method: 'PUT', path: '/api/admin/quarters/hoehe', json: { name: 'Höhe', district: 'Elberfeld', programme: 'integration-nrw', retired: false, version: 1 } }), expect: onlyFor(['admin'], 401) },
  { route: 'POST /api/admin/venues', call: () => ({ method: 'POST', path: '/api/admin/venues', json: { quarterId: 'ostersbaum', name: `Treff ${randomUUID().slice(0, 6)}`, address: { street: 'Gathe 10', postcode: '42107', city: 'Wuppertal' } } }), expect: onlyFor(['admin'], 401) },
  { route: 'PUT /api/admin/venues/:venueId', call: () => ({ method: 'PUT', path: '/api/admin/venues/ot-hoehe', json: { name: 'Offene Tür (OT) Höhe', address: { street: 'Höhe 37', postcode: '42107', city: 'Wuppertal' }, retired: false, version: 1 } }), expect: onlyFor(['admin'], 401) },
  { route: 'POST /api/admin/skills', call: () => ({ method: 'POST', path: '/api/admin/skills', json: { de: `Fähigkeit ${randomUUID().slice(0, 6)}`, en: `Skill ${randomUUID().slice(0, 6)}` } }), expect: onlyFor(['admin'], 401) },
  { route: 'PUT /api/admin/skills/:skillId', call: () => ({ method: 'PUT', path: '/api/admin/skills/music', json: { de: 'Musik', en: 'Music', retired: false, version: 1 } }), expect: onlyFor(['admin'], 401) },
  { route: 'GET /admin/catalog', call: () => get('/admin/catalog'), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/catalog/quarters', call: () => ({ method: 'POST', path: '/admin/catalog/quarters', form: { 'quarter-new.name': `Quartier ${randomUUID().slice(0, 6)}`, 'quarter-new.district': 'Elberfeld', 'quarter-new.programme': 'soziale-stadt' } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/catalog/quarters/:id', call: () => ({ method: 'POST', path: '/admin/catalog/quarters/heckinghausen', form: { 'quarter-heckinghausen.name': 'Heckinghausen', 'quarter-heckinghausen.district': 'Heckinghausen', 'quarter-heckinghausen.programme': 'soziale-stadt', 'quarter-heckinghausen.version': '1', action: 'save' } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/catalog/venues', call: () => ({ method: 'POST', path: '/admin/catalog/venues', form: { 'venue-new.quarterId': 'hoehe', 'venue-new.name': `Treff ${randomUUID().slice(0, 6)}`, 'venue-new.street': 'Höhe 40', 'venue-new.postcode': '42107', 'venue-new.city': 'Wuppertal' } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/catalog/venues/:id', call: () => ({ method: 'POST', path: '/admin/catalog/venues/spielmobil-heckinghausen', form: { 'venue-spielmobil-heckinghausen.name': 'Spielmobil (Halt Heckinghausen)', 'venue-spielmobil-heckinghausen.street': 'Heckinghauser Straße 120', 'venue-spielmobil-heckinghausen.postcode': '42289', 'venue-spielmobil-heckinghausen.city': 'Wuppertal', 'venue-spielmobil-heckinghausen.version': '1', action: 'save' } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/catalog/skills', call: () => ({ method: 'POST', path: '/admin/catalog/skills', form: { 'skill-new.de': `Fähigkeit ${randomUUID().slice(0, 6)}`, 'skill-new.en': `Skill ${randomUUID().slice(0, 6)}` } }), expect: onlyFor(['admin'], 'signin') },
  { route: 'POST /admin/catalog/skills/:id', call: () => ({ method: 'POST', path: '/admin/catalog/skills/gardening', form: { 'skill-gardening.de': 'Gärtnern', 'skill-gardening.en': 'Gardening', 'skill-gardening.version': '1', action: 'save' } }), expect: onlyFor(['admin'], 'signin') },
  // managers' desk: find volunteers, a volunteer's page (record a check), the week
  { route: 'GET /api/volunteers', call: (_w, v) => get(v === 'otherQuarter' ? '/api/volunteers?quarter=ostersbaum' : '/api/volunteers'), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  { route: 'GET /manage/volunteers', call: (_w, v) => get(v === 'otherQuarter' ? '/manage/volunteers?quarter=ostersbaum' : '/manage/volunteers?language=ar'), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'GET /manage/volunteers/:volunteerId', call: (w, v) => get(`/manage/volunteers/${volunteerOf(w, v)}`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /manage/volunteers/:volunteerId/safeguarding', call: (w, v) => ({ method: 'POST', path: `/manage/volunteers/${volunteerOf(w, v)}/safeguarding`, form: { inspectedOn: '2026-11-10', issuedOn: '2026-10-20', relevantConviction: 'no' } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'GET /manage/week', call: () => get('/manage/week?from=2026-11-30'), expect: onlyFor(['manager', 'admin'], 'signin') },
  // spreadsheet exports of the manager's quarters (API and the links on /manage)
  { route: 'GET /api/exports/:file', call: (_w, v) => get(`/api/exports/matches.csv?quarter=${v === 'otherQuarter' ? 'ostersbaum' : 'nordstadt'}&from=2026-11-01&to=2026-12-31`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 401), otherQuarter: 403 } },
  // spreadsheet imports: the dry run (file as the body, or the page's multipart form), the confirm
  // and the status (an import of nobody's: 404 for those who may confirm their own)
  { route: 'POST /api/imports/:kind', call: () => ({ method: 'POST', path: '/api/imports/needs', csv: NEEDS_CSV }), expect: onlyFor(['manager', 'admin'], 401) },
  { route: 'POST /api/imports/:importId/confirm', call: () => ({ method: 'POST', path: `/api/imports/${randomUUID()}/confirm` }),
    expect: { anon: 401, volunteer: 403, manager: 404, initiative: 403, admin: 404 } },
  { route: 'GET /api/imports/:importId', call: () => get(`/api/imports/${randomUUID()}`),
    expect: { anon: 401, volunteer: 403, manager: 404, initiative: 403, admin: 404 } },
  { route: 'GET /manage/import', call: () => get('/manage/import'), expect: onlyFor(['manager', 'admin'], 'signin') },
  { route: 'POST /manage/import', call: () => ({ method: 'POST', path: '/manage/import', multipart: { kind: 'needs', file: new File([NEEDS_CSV], 'needs.csv', { type: 'text/csv' }) } }),
    expect: onlyFor(['manager', 'admin'], 'signin') },
  { route: 'POST /manage/import/:importId/confirm', call: () => ({ method: 'POST', path: `/manage/import/${randomUUID()}/confirm`, form: {} }),
    expect: { anon: 'signin', volunteer: 403, manager: 404, initiative: 403, admin: 404 } },
  { route: 'GET /manage/import/:importId', call: () => get(`/manage/import/${randomUUID()}`),
    expect: { anon: 'signin', volunteer: 403, manager: 404, initiative: 403, admin: 404 } },
  { route: 'GET /manage/export/:file', call: (_w, v) => get(`/manage/export/hours.xlsx?quarter=${v === 'otherQuarter' ? 'ostersbaum' : 'nordstadt'}&from=2026-11-01&to=2026-12-31`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'GET /manage/statistics', call: (_w, v) => get(`/manage/statistics?quarter=${v === 'otherQuarter' ? 'ostersbaum' : 'nordstadt'}&from=2026-10&to=2026-11`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'GET /admin/statistics', call: () => get('/admin/statistics?quarter=ostersbaum&from=2026-10&to=2026-11'), expect: onlyFor(['admin'], 'signin') },
  { route: 'GET /admin/safeguarding', call: (w, v) => get(`/admin/safeguarding?volunteerId=${volunteerOf(w, v)}`), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },
  { route: 'POST /admin/safeguarding', call: (w, v) => ({ method: 'POST', path: '/admin/safeguarding', form: { volunteerId: volunteerOf(w, v), inspectedOn: '2026-11-10', issuedOn: '2026-10-20', relevantConviction: 'no' } }), objectActor: 'manager',
    expect: { ...onlyFor(['manager', 'admin'], 'signin'), otherQuarter: 403 } },

  // initiatives
  { route: 'GET /api/initiative/needs', call: () => get('/api/initiative/needs'), expect: onlyFor(['initiative'], 401) },
  { route: 'PUT /api/initiative/needs/:needId/matches/:volunteerId/review', call: (w, v) => { const m = matchOf(w, v); return { method: 'PUT', path: `/api/initiative/needs/${m.needId}/matches/${m.volunteerId}/review`, json: { status: 'confirmed' } }; }, objectActor: 'initiative',
    expect: { ...onlyFor(['initiative'], 401), other: 403 } },
  { route: 'GET /initiative', call: () => get('/initiative'), expect: onlyFor(['initiative'], 'signin') },
  { route: 'POST /initiative/needs/:needId/matches/:volunteerId/review', call: (w, v) => { const m = matchOf(w, v); return { method: 'POST', path: `/initiative/needs/${m.needId}/matches/${m.volunteerId}/review`, form: { status: 'confirmed', reason: '' } }; }, objectActor: 'initiative',
    expect: { ...onlyFor(['initiative'], 'signin'), other: 403 } },

  // Last: these end what earlier rows use.
  { route: 'POST /profile/delete', call: () => ({ method: 'POST', path: '/profile/delete', form: {} }), expect: onlyFor(['volunteer'], 'signin'), stand: { volunteer: 'spareVolunteer2' } },
  { route: 'DELETE /api/volunteers/me', call: () => ({ method: 'DELETE', path: '/api/volunteers/me' }), expect: { anon: 401, volunteer: 'ok', manager: 404, initiative: 404, admin: 404 }, stand: { volunteer: 'spareVolunteer' } },
  // Erasure of the whole account: volunteers erase their own; staff accounts are removed by admins.
  { route: 'POST /profile/account/delete', call: () => ({ method: 'POST', path: '/profile/account/delete', form: {} }), expect: onlyFor(['volunteer'], 'signin'), stand: { volunteer: 'erasedByPage' } },
  { route: 'DELETE /api/volunteers/me/account', call: () => ({ method: 'DELETE', path: '/api/volunteers/me/account' }), expect: onlyFor(['volunteer'], 401), stand: { volunteer: 'erasedByApi' } },
];

/** `METHOD /path` of a row, without the `#variant` suffix some rows add to test a route twice. */
const routeOf = (row: Row) => row.route.split('#')[0] as string;

let platform: TestPlatform;
let world: World;

async function refreshTokenOf(person: Person): Promise<string> {
  const response = await api(platform.app, 'POST', '/api/auth/signin', undefined, {
    email: person.email,
    password: person.password,
  });
  return ((await response.json()) as { refreshToken: string }).refreshToken;
}

async function signIn(account: TestAccount): Promise<string> {
  const response = await postForm(platform.app, '/signin', { email: account.email, password: account.password });
  const cookie = cookieFrom(response, 'qh_session');
  if (!cookie) throw new Error(`sign-in of ${account.email} failed: ${response.status}`);
  return cookie;
}

/** One cell's request, as a browser (pages) or an API client (Bearer) sends it. */
async function request(row: Row, cell: Cell): Promise<Response> {
  const variant: Variant = cell === 'own' || cell === 'other' || cell === 'otherQuarter' ? cell : 'default';
  const role = cell === 'anon' ? undefined : variant === 'default' ? (cell as Role) : row.objectActor;
  if (variant !== 'default' && !role) throw new Error(`${row.route}: ${cell} needs an objectActor`);
  const person = role ? world.people[row.stand?.[role] ?? role] : undefined;
  const call = await row.call(world, variant);
  const headers: Record<string, string> = {};
  let body: string | FormData | undefined;
  if (call.path.startsWith('/api/')) {
    if (person) headers.authorization = `Bearer ${person.idToken}`;
  } else if (person) {
    headers.cookie = row.freshSession ? await signIn(person) : person.cookie;
  }
  if (call.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(call.json);
  } else if (call.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(call.form)) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    }
    body = form.toString();
  } else if (call.csv !== undefined) {
    headers['content-type'] = 'text/csv';
    body = call.csv;
  } else if (call.multipart) {
    const form = new FormData();
    for (const [name, value] of Object.entries(call.multipart)) form.set(name, value);
    body = form;
  }
  if (call.method !== 'GET') headers.origin = ORIGIN;
  // Each request from its own client address: the per-address throttle of sign-in, codes and
  // mail (shared/throttle) must not let one cell's attempts decide another cell's answer.
  requestNo += 1;
  const remoteAddress = `10.9.${Math.floor(requestNo / 256) % 256}.${requestNo % 256}`;
  return platform.app.request(
    call.path,
    { method: call.method, headers, body },
    { incoming: { socket: { remoteAddress } } },
  );
}
let requestNo = 0;

/** What is wrong with a cell's answer, or undefined. */
function mismatch(outcome: Outcome, response: Response, publicStatus: number | undefined): string | undefined {
  const { status } = response;
  const location = response.headers.get('location') ?? '';
  const toSignIn = status === 303 && location.startsWith('/signin');
  if (status >= 500) return `${status} (never 5xx)`;
  switch (outcome) {
    case 'ok':
      return (status >= 200 && status < 300) || (status === 303 && !toSignIn) || status === 409
        ? undefined
        : `${status} ${location}`.trim();
    case 'public':
      return status === 401 || status === 403 || status !== publicStatus
        ? `${status}, anonymous got ${publicStatus}`
        : undefined;
    case 'signin':
      return toSignIn ? undefined : `${status} ${location}`.trim();
    default:
      return status === outcome ? undefined : `${status} ${location}`.trim();
  }
}

/** Runs at most `size` at a time: the machine is small and shared. */
async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(run))));
  return results;
}

describe('route × role matrix', () => {
  beforeAll(async () => {
    platform = await testPlatform({ clock: () => NOW, ownUserPool: true });
    const { app, config } = platform;
    const names: [Name, Role][] = [
      ['volunteer', 'volunteer'],
      ['manager', 'manager'],
      ['initiative', 'initiative'],
      ['admin', 'admin'],
      ['otherVolunteer', 'volunteer'],
      ['otherQuarterVolunteer', 'volunteer'],
      ['spareVolunteer', 'volunteer'],
      ['spareVolunteer2', 'volunteer'],
      ['erasedByPage', 'volunteer'],
      ['erasedByApi', 'volunteer'],
      ['roleTarget', 'manager'],
      ['outsider', 'volunteer'],
    ];
    const accounts = await inBatches(names, 5, async ([, role]) => createAccount(config, role));
    const people = {} as Record<Name, Person>;
    names.forEach(([name], index) => {
      people[name] = { ...(accounts[index] as TestAccount), cookie: '' };
    });
    await inBatches(names, 5, async ([name]) => {
      people[name].cookie = await signIn(people[name]);
    });
    const ok = async (response: Response | Promise<Response>, status = 200) => {
      const answer = await response;
      if (answer.status !== status) throw new Error(`fixture: ${answer.status} ${await answer.text()}`);
      return answer.status === 204 ? {} : ((await answer.json()) as Record<string, any>);
    };
    const as = (name: Name) => people[name].idToken;

    // Profiles: Nordstadt for the volunteer and the other person, Ostersbaum for the other quarter.
    await Promise.all(
      (['volunteer', 'otherVolunteer', 'spareVolunteer', 'spareVolunteer2'] as Name[]).map((name) =>
        ok(api(app, 'PUT', '/api/volunteers/me', as(name), profileInput({ firstName: name })), 201),
      ),
    );
    await ok(
      api(app, 'PUT', '/api/volunteers/me', as('otherQuarterVolunteer'), profileInput({ quarters: ['ostersbaum'] })),
      201,
    );
    // Staff: the manager manages Nordstadt; the initiative member belongs to an initiative.
    await ok(
      api(app, 'PUT', `/api/admin/staff/${people.manager.userId}`, as('admin'), {
        role: 'manager',
        quarters: ['nordstadt'],
      }),
    );
    await ok(
      api(app, 'PUT', `/api/admin/staff/${people.roleTarget.userId}`, as('admin'), {
        role: 'manager',
        quarters: ['ostersbaum'],
      }),
    );
    const initiative = await ok(api(app, 'POST', '/api/admin/initiatives', as('admin'), { name: 'Matrix e.V.' }), 201);
    await ok(
      api(app, 'PUT', `/api/admin/staff/${people.initiative.userId}`, as('admin'), {
        role: 'initiative',
        initiativeId: initiative.initiativeId,
      }),
    );
    await platform.settle();

    // Two published needs, each with an accepted match; the Nordstadt one linked to the initiative.
    const post = async (quarterId: string, volunteer: Name) => {
      const created = await ok(api(app, 'POST', '/api/needs', as('admin'), need(quarterId)), 201);
      await ok(api(app, 'POST', `/api/needs/${created.needId}/status`, as('admin'), { action: 'publish', version: 1 }));
      await ok(
        api(app, 'POST', `/api/needs/${created.needId}/invitations`, as('admin'), {
          volunteerIds: [people[volunteer].userId],
        }),
      );
      await ok(api(app, 'POST', `/api/needs/${created.needId}/me/accept`, as(volunteer)));
      return created.needId as string;
    };
    const needId = await post('nordstadt', 'volunteer');
    const otherNeedId = await post('ostersbaum', 'otherQuarterVolunteer');
    await ok(api(app, 'PUT', `/api/admin/initiatives/${initiative.initiativeId}/needs/${needId}`, as('admin')), 204);

    const unsubscribeToken = await createServices(config, () => NOW).notificationSettings.unsubscribeToken(
      people.outsider.userId,
    );
    world = { people, needId, otherNeedId, initiativeId: initiative.initiativeId, unsubscribeToken };
  });

  it('has exactly one row for every route the functions register, and every API route has its contract', async () => {
    const services = createServices(platform.config, () => NOW);
    const identity = new IdentityProvider(createCognitoClient(platform.config), platform.config.cognito.clientId);
    const functions = await createFunctionApps(services, identity);
    expect(functions.map((fn) => fn.name).sort()).toEqual((await discoverHttpFunctions()).map((fn) => fn.name));
    // Middleware (`ALL`) is no route.
    const registered = functions.flatMap((fn) =>
      fn.app.routes.filter((route) => route.method !== 'ALL').map((route) => `${route.method} ${route.path}`),
    );
    const rows = new Set(MATRIX.map(routeOf));
    expect(
      registered.filter((route) => !rows.has(route)),
      'routes without a row',
    ).toEqual([]);
    expect(
      [...rows].filter((route) => !registered.includes(route)),
      'rows of routes that do not exist',
    ).toEqual([]);
    expect(new Set(MATRIX.map((row) => row.route)).size, 'duplicate rows').toBe(MATRIX.length);

    const contracts = new Map(
      ALL_ROUTES.map((route) => [`${route.method.toUpperCase()} ${honoPath(route.path)}`, route]),
    );
    // The OpenAPI document describes the contracts; it has none itself.
    const withoutContract = ['GET /api/openapi.json'];
    const apiRoutes = registered.filter((route) => route.split(' ')[1]?.startsWith('/api/'));
    for (const route of apiRoutes.filter((route) => !withoutContract.includes(route))) {
      const contract = contracts.get(route);
      expect(contract, `${route} has no contract`).toBeDefined();
      for (const row of MATRIX.filter((r) => routeOf(r) === route)) {
        // A public route answers everyone alike (`public`, or one refusal shared by every cell).
        const alike = ROLES.every((role) => row.expect[role] === row.expect.anon);
        const fits = contract?.security === 'public' ? row.expect.anon === 'public' || alike : row.expect.anon === 401;
        expect(fits, `${route}: anonymous callers of a ${contract?.security} route get ${row.expect.anon}`).toBe(true);
      }
    }
    for (const route of contracts.keys()) expect(registered, `contract ${route} is not registered`).toContain(route);
    for (const row of MATRIX) {
      for (const cell of ['anon', ...ROLES] as const) expect(row.expect[cell], `${row.route}: ${cell}`).toBeDefined();
    }
  });

  for (const row of MATRIX) {
    it(row.route, async () => {
      const cells = Object.entries(row.expect) as [Cell, Outcome][];
      const anonymous = cells.some(([, outcome]) => outcome === 'public')
        ? (await request(row, 'anon')).status
        : undefined;
      const results = await inBatches(cells, 4, async ([cell, outcome]) => {
        const response = await request(row, cell);
        await response.arrayBuffer();
        const problem = mismatch(outcome, response, anonymous);
        return problem && `${cell}: expected ${outcome}, got ${problem}`;
      });
      expect(results.filter(Boolean)).toEqual([]);
    });
  }
});
