/**
 * One representative request per route of every HTTP function, in an order that makes each one do
 * its real work (a need exists before it is published, a match before it is reviewed): pages with
 * a session cookie from the sign-in page, API calls with a Bearer token from the sign-in API, form
 * posts as browsers send them. Each step names the app route it stands for (as registered in the
 * function's Hono app), so the test can tell when a route has none.
 */
import {
  ACCOUNT_EXISTS_WINDOW_SECONDS,
  accountExistsKey,
} from '../../../shared/notifications/account-exists-notice.ts';
import { addDays } from '../../../shared/time/calendar.ts';
import { CONSENT } from '../../../shared/volunteers/consent.ts';
import { profileInput } from '../../support/fixtures.ts';
import { customMessageEvent, type HttpRequest, postConfirmationEvent, streamEvent } from './events.ts';

type Json = any;

/** What earlier steps learnt (tokens, cookies, ids), read by later ones. */
export interface World {
  /** Access tokens by account label. */
  tokens: Record<string, string>;
  /** `qh_session=…` by account label. */
  cookies: Record<string, string>;
  ids: Record<string, string>;
  versions: Record<string, number>;
  /** Demo account ids by e-mail. */
  accounts: Record<string, string>;
  dates: { firstTuesday: string; lastTuesday: string; inspected: string; issued: string };
  /** Fixed confirmation code of the test's cognito-local (env CODE). */
  code: string;
  /** The bundles' clock when the scenario began (lambda-runner.mjs advances it from there). */
  began: Date;
}

export interface HttpResult {
  statusCode: number;
  headers?: Record<string, string>;
  cookies?: string[];
  body?: string;
  isBase64Encoded?: boolean;
}

/** Direct access to the local engines (not through the proxy), for building non-HTTP events. */
export interface LocalAccess {
  region: string;
  userPoolId: string;
  clientId: string;
  tableName: string;
  tableStreamArn: string;
  /** The user name (sub) Cognito gave an e-mail address. */
  username(email: string): Promise<string>;
  /** The item with this key, in DynamoDB's attribute-value form (as stream records carry it). */
  rawItem(pk: string, sk: string): Promise<Record<string, unknown>>;
  /** A need's history items (`EVENT#…`), in DynamoDB's attribute-value form. */
  needEvents(needId: string): Promise<Record<string, Json>[]>;
  /** A person's one-click unsubscribe token, created as the notifier creates it (not through the proxy). */
  unsubscribeToken(userId: string): Promise<string>;
}

/** A non-HTTP invocation: a stream batch, a Cognito trigger. */
export interface EventStep {
  kind: 'event';
  functionName: string;
  /** What it stands for, in messages. */
  name: string;
  event: (world: World, local: LocalAccess) => Promise<unknown>;
  /** A problem with the result, or undefined when it is as it should be. */
  verify?: (result: Json) => string | undefined;
  /** A problem with what the invocation left in the table, or undefined (runs after `verify`). */
  check?: (world: World, local: LocalAccess) => Promise<string | undefined>;
}

export type Step = HttpStep | EventStep;

export interface HttpStep {
  kind?: 'http';
  /** The function API Gateway must route this to. */
  functionName: string;
  /** The app route it represents: `METHOD /path/:param` as in the Hono app, or `$default`. */
  route: string;
  request: (world: World) => HttpRequest;
  /** The status it must answer (so the step really exercised the route, not an early rejection). */
  status: number;
  /** Learns from the answer (ids, tokens, cookies). */
  after?: (result: HttpResult, world: World) => void;
  /** Sets up what the request needs and no route of ours makes (runs before `request`). */
  prepare?: (world: World, local: LocalAccess) => Promise<void>;
}

export const PASSWORD = 'Iam-Test-Passw0rd!';
export const NEW_PASSWORD = 'Iam-Test-Passw0rd-2!';
export const MANAGER = 'nora.manager@example.org';
export const INITIATIVE = 'ida.initiative@example.org';
export const ADMIN = 'anton.admin@example.org';
export const AMINA = 'amina.volunteer@example.org';
export const CHADI = 'chadi.volunteer@example.org';
export const BASEL = 'basel.volunteer@example.org';
/** The seeded demo volunteers (infra/local/seed.ts). */
export const VOLUNTEERS = ['amina', 'basel', 'chadi', 'darya', 'emre'].map((name) => `${name}.volunteer@example.org`);
/** Signs up through the API and keeps a profile through it (deleted at the end). */
export const NEW_API_VOLUNTEER = 'iam-api-volunteer@example.org';
/** Signs up through the pages. */
export const NEW_PAGE_VOLUNTEER = 'iam-page-volunteer@example.org';

const bearer = (world: World, who: string) => ({ authorization: `Bearer ${world.tokens[who]}` });
const cookie = (world: World, who: string) => [world.cookies[who] as string];
const json = (result: HttpResult): Json =>
  JSON.parse(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64').toString('utf8') : (result.body ?? ''));
const sessionCookie = (result: HttpResult): string => {
  const value = result.cookies?.find((c) => c.startsWith('qh_session='))?.split(';')[0];
  if (!value) throw new Error('no session cookie in the answer');
  return value;
};

const needBody = (world: World, title: string) => ({
  title,
  description: 'Grundschulkinder, dienstags',
  quarterId: 'nordstadt',
  venueId: 'alte-feuerwache',
  schedule: {
    kind: 'weekly',
    weekday: 'tue',
    start: '15:00',
    end: '17:00',
    firstDate: world.dates.firstTuesday,
    lastDate: world.dates.lastTuesday,
  },
  places: 2,
  requiredSkills: ['homework-help'],
  niceToHaveSkills: ['maths-tutoring'],
  languages: ['ar'],
  involvesMinors: true,
});

const needForm = (world: World, title: string, version?: number) => ({
  ...(version !== undefined && { version: String(version) }),
  title,
  description: 'Lesen üben',
  quarterId: 'nordstadt',
  venueId: 'alte-feuerwache',
  scheduleKind: 'weekly',
  weekday: 'tue',
  weeklyStart: '15:00',
  weeklyEnd: '17:00',
  firstDate: world.dates.firstTuesday,
  lastDate: world.dates.lastTuesday,
  places: '2',
  requiredSkills: ['homework-help'],
});

const profileBody = profileInput({ firstName: 'Iam', lastName: 'Tester' });

const signInForm = (email: string, password: string): HttpRequest => ({
  method: 'POST',
  url: '/signin',
  form: { email, password, next: '' },
});

const remember = (label: string) => (result: HttpResult, world: World) => {
  world.cookies[label] = sessionCookie(result);
};

const apiSignIn = (label: string, email: string, password: string): HttpStep => ({
  functionName: 'accounts',
  route: 'POST /api/auth/signin',
  request: () => ({ method: 'POST', url: '/api/auth/signin', json: { email, password } }),
  status: 200,
  after: (result, world) => {
    // ID tokens: they carry the e-mail address (a new profile needs it); the JWT authorizer takes them too.
    world.tokens[label] = json(result).idToken;
    if (label === 'apiVolunteer') world.ids.refreshToken = json(result).refreshToken;
  },
});

/** Signs everyone in the later steps need: pages through the form, the API through /api/auth/signin. */
const SIGN_IN: HttpStep[] = [
  ...[MANAGER, INITIATIVE, ADMIN, AMINA, CHADI].map(
    (email): HttpStep => ({
      functionName: 'accounts',
      route: 'POST /signin',
      request: () => signInForm(email, email === ADMIN ? 'Demo-Admin-2026!' : demoPassword(email)),
      status: 303,
      after: remember(email),
    }),
  ),
  ...[MANAGER, INITIATIVE, ADMIN, AMINA, CHADI].map((email) =>
    apiSignIn(email, email, email === ADMIN ? 'Demo-Admin-2026!' : demoPassword(email)),
  ),
];

function demoPassword(email: string): string {
  if (email === MANAGER) return 'Demo-Manager-2026!';
  if (email === INITIATIVE) return 'Demo-Initiative-2026!';
  return 'Demo-Volunteer-2026!';
}

/** What Cognito invokes once a sign-up is confirmed (the test's cognito-local has no triggers wired). */
function confirmedTrigger(email: string): EventStep {
  return {
    kind: 'event',
    functionName: 'cognito-post-confirmation',
    name: 'PostConfirmation_ConfirmSignUp',
    event: async (_world, local) => postConfirmationEvent({ ...local, username: await local.username(email), email }),
    verify: (result) =>
      result?.triggerSource === 'PostConfirmation_ConfirmSignUp' ? undefined : 'did not return the event',
  };
}

/**
 * What Cognito invokes before it mails a sign-up's code: the bundle reads its Arabic texts from the
 * message files beside it, and needs no AWS call at all.
 */
function codeMailTrigger(email: string): EventStep {
  return {
    kind: 'event',
    functionName: 'cognito-custom-message',
    name: 'CustomMessage_SignUp',
    event: async (_world, local) =>
      customMessageEvent({ ...local, username: await local.username(email), email, locale: 'ar' }),
    verify: (result) => {
      const message: unknown = result?.response?.emailMessage;
      if (typeof message !== 'string') return 'wrote no e-mail';
      if (!message.includes('{####}')) return "lost Cognito's code placeholder";
      if (!message.includes('<div lang="ar" dir="rtl">')) return 'did not write Arabic';
      return result?.response?.emailSubject === 'Quartiershilfe: رمز التأكيد الخاص بكم' ? undefined : 'wrong subject';
    },
  };
}

const ACCOUNTS: Step[] = [
  {
    functionName: 'accounts',
    route: 'GET /',
    request: (w) => ({ method: 'GET', url: '/', cookies: cookie(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'GET /assets/app.css',
    request: () => ({ method: 'GET', url: '/assets/app.css' }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'GET /assets/print.css',
    request: () => ({ method: 'GET', url: '/assets/print.css' }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'GET /lang/:lang',
    request: (w) => ({ method: 'GET', url: '/lang/en?next=%2Fprofile', cookies: cookie(w, AMINA) }),
    status: 303,
  },
  {
    functionName: 'accounts',
    route: '$default',
    request: (w) => ({ method: 'GET', url: '/no/such/page', cookies: cookie(w, AMINA) }),
    status: 404,
  },
  { functionName: 'accounts', route: 'GET /signup', request: () => ({ method: 'GET', url: '/signup' }), status: 200 },
  {
    functionName: 'accounts',
    route: 'POST /signup',
    request: () => ({ method: 'POST', url: '/signup', form: { email: NEW_PAGE_VOLUNTEER, password: PASSWORD } }),
    status: 303,
  },
  {
    functionName: 'accounts',
    route: 'GET /confirm',
    request: () => ({ method: 'GET', url: `/confirm?email=${encodeURIComponent(NEW_PAGE_VOLUNTEER)}` }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /confirm/resend',
    request: () => ({ method: 'POST', url: '/confirm/resend', form: { email: NEW_PAGE_VOLUNTEER, code: '' } }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /confirm',
    request: (w) => ({ method: 'POST', url: '/confirm', form: { email: NEW_PAGE_VOLUNTEER, code: w.code } }),
    status: 303,
  },
  codeMailTrigger(NEW_PAGE_VOLUNTEER),
  confirmedTrigger(NEW_PAGE_VOLUNTEER),
  {
    functionName: 'accounts',
    route: 'GET /signin',
    request: () => ({ method: 'GET', url: '/signin?confirmed=1' }),
    status: 200,
  },
  {
    ...SIGN_IN[0],
    request: () => signInForm(NEW_PAGE_VOLUNTEER, PASSWORD),
    after: remember('pageVolunteer'),
  } as HttpStep,
  {
    functionName: 'accounts',
    route: 'POST /signin/new-password',
    // An invited staff member's first sign-in; the session Cognito gave is long gone.
    request: () => ({
      method: 'POST',
      url: '/signin/new-password',
      form: { email: 'iam-invited@example.org', session: 'expired-session', password: NEW_PASSWORD, next: '' },
    }),
    status: 401,
  },
  {
    functionName: 'accounts',
    route: 'GET /password/forgot',
    request: () => ({ method: 'GET', url: '/password/forgot' }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /password/forgot',
    request: () => ({ method: 'POST', url: '/password/forgot', form: { email: NEW_PAGE_VOLUNTEER } }),
    status: 303,
  },
  {
    functionName: 'accounts',
    route: 'GET /password/reset',
    request: () => ({ method: 'GET', url: `/password/reset?email=${encodeURIComponent(NEW_PAGE_VOLUNTEER)}` }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /password/reset',
    request: (w) => ({
      method: 'POST',
      url: '/password/reset',
      form: { email: NEW_PAGE_VOLUNTEER, code: w.code, password: NEW_PASSWORD },
    }),
    status: 303,
  },
  {
    ...SIGN_IN[0],
    request: () => signInForm(NEW_PAGE_VOLUNTEER, NEW_PASSWORD),
    after: remember('pageVolunteer'),
  } as HttpStep,
  {
    functionName: 'accounts',
    route: 'POST /api/auth/signup',
    request: () => ({
      method: 'POST',
      url: '/api/auth/signup',
      json: { email: NEW_API_VOLUNTEER, password: PASSWORD },
    }),
    status: 202,
  },
  {
    functionName: 'accounts',
    route: 'POST /api/auth/confirm/resend',
    request: () => ({ method: 'POST', url: '/api/auth/confirm/resend', json: { email: NEW_API_VOLUNTEER } }),
    status: 202,
  },
  {
    functionName: 'accounts',
    route: 'POST /api/auth/confirm',
    request: (w) => ({ method: 'POST', url: '/api/auth/confirm', json: { email: NEW_API_VOLUNTEER, code: w.code } }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /api/auth/password/forgot',
    request: () => ({ method: 'POST', url: '/api/auth/password/forgot', json: { email: NEW_API_VOLUNTEER } }),
    status: 202,
  },
  {
    functionName: 'accounts',
    route: 'POST /api/auth/password/reset',
    request: (w) => ({
      method: 'POST',
      url: '/api/auth/password/reset',
      json: { email: NEW_API_VOLUNTEER, code: w.code, password: NEW_PASSWORD },
    }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /api/auth/new-password',
    request: () => ({
      method: 'POST',
      url: '/api/auth/new-password',
      json: { email: 'iam-invited@example.org', session: 'expired-session', password: NEW_PASSWORD },
    }),
    status: 401,
  },
];

/**
 * A sign-up with an address that has an account: the accounts function only records the notice
 * (a conditional PutItem, no SES); the notifier reads it from the stream, looks up the owner's
 * language (AdminGetUser), sends the mail once (delivery record, SES) and removes the address.
 */
async function accountExistsNotice(world: World, local: LocalAccess): Promise<Record<string, Json> | undefined> {
  // The sign-up's window on the bundles' clock: one of the first hour's from the scenario's start.
  for (let window = 0; window <= 3600 / ACCOUNT_EXISTS_WINDOW_SECONDS; window++) {
    const key = accountExistsKey(
      BASEL,
      new Date(world.began.getTime() + window * ACCOUNT_EXISTS_WINDOW_SECONDS * 1000),
    );
    const item = await local.rawItem(key.PK as string, key.SK as string).catch(() => undefined);
    if (item) return item as Record<string, Json>;
  }
  return undefined;
}
const ACCOUNT_EXISTS: Step[] = [
  {
    functionName: 'accounts',
    route: 'POST /api/auth/signup',
    request: () => ({ method: 'POST', url: '/api/auth/signup', json: { email: BASEL, password: PASSWORD } }),
    status: 202,
  },
  {
    kind: 'event',
    functionName: 'notifications',
    name: "stream record: an account-exists notice (a sign-up with a demo volunteer's address)",
    event: async (world, local) => {
      const item = await accountExistsNotice(world, local);
      if (!item) throw new Error('the sign-up recorded no account-exists notice');
      return streamEvent(local.tableStreamArn, [
        { eventName: 'INSERT', keys: { PK: item.PK, SK: item.SK }, newImage: item },
      ]);
    },
    verify: (result) => (result?.batchItemFailures?.length === 0 ? undefined : `failed: ${JSON.stringify(result)}`),
    check: async (world, local) => {
      const item = await accountExistsNotice(world, local);
      if (!item) return 'the notice is gone';
      if (item.email) return 'the notice still holds the address';
      const delivery = await local
        .rawItem(`DELIVERY#${item.PK.S}#${item.SK.S}#owner`, 'DELIVERY')
        .catch(() => undefined);
      return (delivery as Json)?.status?.S === 'sent' ? undefined : 'no mail was sent to the owner';
    },
  },
];

/**
 * E-mail preferences (page and API) and the one-click unsubscribe, posted as a mail provider does:
 * from its own servers, with no Origin of ours and no session.
 */
const unsubscribeUrl = (w: World) => `/unsubscribe?token=${w.ids.unsubscribeToken}&kind=invitationExpiring`;
const NOTIFICATION_SETTINGS: Step[] = [
  {
    functionName: 'accounts',
    route: 'GET /settings/notifications',
    request: (w) => ({ method: 'GET', url: '/settings/notifications', cookies: cookie(w, CHADI) }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /settings/notifications',
    request: (w) => ({
      method: 'POST',
      url: '/settings/notifications',
      cookies: cookie(w, MANAGER),
      form: { version: '0', language: 'de', receive: ['offerReceived', 'needShortOfPeople'] },
    }),
    status: 303,
  },
  {
    functionName: 'accounts',
    route: 'GET /api/me/notification-settings',
    request: (w) => ({ method: 'GET', url: '/api/me/notification-settings', headers: bearer(w, CHADI) }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'PUT /api/me/notification-settings',
    request: (w) => ({
      method: 'PUT',
      url: '/api/me/notification-settings',
      headers: bearer(w, AMINA),
      json: { language: 'de', optOut: [], version: 0 },
    }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'GET /unsubscribe',
    prepare: async (w, local) => {
      w.ids.unsubscribeToken = await local.unsubscribeToken(w.accounts[AMINA] as string);
    },
    request: (w) => ({ method: 'GET', url: unsubscribeUrl(w) }),
    status: 200,
  },
  {
    functionName: 'accounts',
    route: 'POST /unsubscribe',
    request: (w) => ({
      method: 'POST',
      url: unsubscribeUrl(w),
      headers: { origin: 'https://mail.example.net' },
      form: { 'List-Unsubscribe': 'One-Click' },
    }),
    status: 200,
  },
];

/** The API-signed-up volunteer joins the group (the trigger), signs in, keeps a profile, leaves. */
const NEW_VOLUNTEER: Step[] = [
  confirmedTrigger(NEW_API_VOLUNTEER),
  apiSignIn('apiVolunteer', NEW_API_VOLUNTEER, NEW_PASSWORD),
  {
    functionName: 'volunteers',
    route: 'PUT /api/volunteers/me',
    request: (w) => ({
      method: 'PUT',
      url: '/api/volunteers/me',
      headers: bearer(w, 'apiVolunteer'),
      json: profileBody,
    }),
    status: 201,
    after: (result, world) => {
      world.ids.apiVolunteer = json(result).volunteerId;
    },
  },
  {
    functionName: 'volunteers',
    route: 'GET /api/volunteers/me',
    request: (w) => ({ method: 'GET', url: '/api/volunteers/me', headers: bearer(w, 'apiVolunteer') }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'POST /api/volunteers/me/pause',
    request: (w) => ({ method: 'POST', url: '/api/volunteers/me/pause', headers: bearer(w, 'apiVolunteer') }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'POST /api/volunteers/me/resume',
    request: (w) => ({ method: 'POST', url: '/api/volunteers/me/resume', headers: bearer(w, 'apiVolunteer') }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'GET /api/volunteers/me/safeguarding',
    request: (w) => ({ method: 'GET', url: '/api/volunteers/me/safeguarding', headers: bearer(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'GET /api/consent',
    request: () => ({ method: 'GET', url: '/api/consent' }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'GET /api/volunteers/:volunteerId',
    request: (w) => ({ method: 'GET', url: `/api/volunteers/${w.accounts[AMINA]}`, headers: bearer(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'GET /api/volunteers',
    request: (w) => ({ method: 'GET', url: '/api/volunteers?language=ar', headers: bearer(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'PUT /api/volunteers/:volunteerId/safeguarding',
    request: (w) => ({
      method: 'PUT',
      url: `/api/volunteers/${w.accounts[BASEL]}/safeguarding`,
      headers: bearer(w, MANAGER),
      json: { inspectedOn: w.dates.inspected, issuedOn: w.dates.issued, relevantConviction: false },
    }),
    status: 200,
  },
  {
    kind: 'event',
    functionName: 'table-events',
    name: 'stream batch: the demo profiles and a new one',
    event: async (world, local) => {
      const records = [];
      const volunteers = [world.ids.apiVolunteer, ...VOLUNTEERS.map((email) => world.accounts[email])];
      for (const id of volunteers) {
        const item = await local.rawItem(`VOLUNTEER#${id}`, 'PROFILE');
        records.push({ eventName: 'INSERT' as const, keys: { PK: item.PK, SK: item.SK }, newImage: item });
      }
      return streamEvent(local.tableStreamArn, records);
    },
    verify: (result) => (result?.batchItemFailures?.length === 0 ? undefined : `failed: ${JSON.stringify(result)}`),
  },
  {
    functionName: 'volunteers',
    route: 'GET /profile',
    request: (w) => ({ method: 'GET', url: '/profile', cookies: cookie(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'GET /profile/edit',
    request: (w) => ({ method: 'GET', url: '/profile/edit', cookies: cookie(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'POST /profile/edit',
    request: (w) => ({
      method: 'POST',
      url: '/profile/edit',
      cookies: cookie(w, 'pageVolunteer'),
      form: {
        firstName: 'Page',
        lastName: 'Volunteer',
        lang_de: 'C1',
        skills: ['homework-help'],
        quarters: ['nordstadt'],
        slotRows: '1',
        slot0_weekday: 'tue',
        slot0_start: '14:00',
        slot0_end: '18:00',
        availableFrom: '2026-11-01',
        maxHoursPerMonth: '10',
        consent: 'on',
      },
    }),
    status: 303,
  },
  {
    functionName: 'volunteers',
    route: 'POST /profile/pause',
    request: (w) => ({ method: 'POST', url: '/profile/pause', cookies: cookie(w, 'pageVolunteer'), form: {} }),
    status: 303,
  },
  {
    functionName: 'volunteers',
    route: 'POST /profile/resume',
    request: (w) => ({ method: 'POST', url: '/profile/resume', cookies: cookie(w, 'pageVolunteer'), form: {} }),
    status: 303,
  },
];

/** A manager posts a need, volunteers answer, admin links it to an initiative, the initiative reviews. */
const NEEDS: Step[] = [
  {
    functionName: 'needs',
    route: 'POST /api/needs',
    request: (w) => ({
      method: 'POST',
      url: '/api/needs',
      headers: bearer(w, MANAGER),
      json: needBody(w, 'Hausaufgabenhilfe'),
    }),
    status: 201,
    after: (result, world) => {
      world.ids.need = json(result).needId;
      world.versions.need = json(result).version;
    },
  },
  {
    functionName: 'needs',
    route: 'GET /api/needs',
    request: (w) => ({ method: 'GET', url: '/api/needs?quarterId=nordstadt', headers: bearer(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'PUT /api/needs/:needId',
    request: (w) => ({
      method: 'PUT',
      url: `/api/needs/${w.ids.need}`,
      headers: bearer(w, MANAGER),
      // Automatic cover on: the notifier's and the notice job's sweeps run under their roles too.
      json: {
        ...needBody(w, 'Hausaufgabenhilfe auf Arabisch'),
        autoCover: { mode: 'one' },
        version: w.versions.need,
      },
    }),
    status: 200,
    after: (result, world) => {
      world.versions.need = json(result).version;
    },
  },
  {
    functionName: 'needs',
    route: 'POST /api/needs/:needId/status',
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/status`,
      headers: bearer(w, MANAGER),
      json: { action: 'publish', version: w.versions.need },
    }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'GET /api/needs/:needId/candidates',
    request: (w) => ({ method: 'GET', url: `/api/needs/${w.ids.need}/candidates`, headers: bearer(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /api/needs/:needId/invitations',
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/invitations`,
      headers: bearer(w, MANAGER),
      json: { volunteerIds: [w.accounts[AMINA], w.accounts[CHADI]] },
    }),
    status: 200,
  },
  {
    functionName: 'dashboard',
    route: 'POST /api/needs/:needId/me/:action',
    request: (w) => ({ method: 'POST', url: `/api/needs/${w.ids.need}/me/accept`, headers: bearer(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'dashboard',
    route: 'POST /api/needs/:needId/absences',
    // Amina cannot come on the third date: the match, her ledger, the need's roster, that date's reminder, the history.
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/absences`,
      headers: bearer(w, AMINA),
      json: { date: addDays(w.dates.firstTuesday, 14) },
    }),
    status: 200,
  },
  {
    functionName: 'quarter-data',
    route: 'GET /api/statistics',
    request: (w) => ({
      method: 'GET',
      url: `/api/statistics?quarter=nordstadt&from=${w.dates.issued.slice(0, 7)}&to=${w.dates.lastTuesday.slice(0, 7)}`,
      headers: bearer(w, MANAGER),
    }),
    status: 200,
  },
  {
    functionName: 'quarter-data',
    route: 'GET /manage/statistics',
    request: (w) => ({
      method: 'GET',
      url: `/manage/statistics?quarter=nordstadt&from=${w.dates.issued.slice(0, 7)}&to=${w.dates.lastTuesday.slice(0, 7)}`,
      cookies: cookie(w, MANAGER),
    }),
    status: 200,
  },
  {
    functionName: 'quarter-data',
    route: 'GET /admin/statistics',
    request: (w) => ({
      method: 'GET',
      url: `/admin/statistics?quarter=ostersbaum&quarter=nordstadt&from=${w.dates.issued.slice(0, 7)}&to=${w.dates.lastTuesday.slice(0, 7)}`,
      cookies: cookie(w, ADMIN),
    }),
    status: 200,
  },
  {
    functionName: 'dashboard',
    route: 'GET /api/matches/me',
    request: (w) => ({ method: 'GET', url: '/api/matches/me', headers: bearer(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /api/needs/:needId/matches/:volunteerId/:action',
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/matches/${w.accounts[CHADI]}/cancel`,
      headers: bearer(w, MANAGER),
    }),
    status: 200,
  },
  {
    kind: 'event',
    functionName: 'notifications',
    name: 'stream batch: the invitations, an acceptance, a cancellation, a withdrawal and a reminder',
    event: async (world, local) => {
      const items = await local.needEvents(world.ids.need ?? '');
      const accepted = items.find((item) => item.action?.S === 'accept');
      const records = items
        // The acceptance reaches the managers (optional: it makes their unsubscribe token); a
        // withdrawal crafted from it reaches them always.
        .flatMap((item) =>
          item.action?.S === 'accept'
            ? [
                item,
                {
                  ...item,
                  SK: { S: `${item.SK.S}-withdraw` },
                  action: { S: 'withdraw' },
                  from: { S: 'accepted' },
                  to: { S: 'withdrawn' },
                },
              ]
            : [item],
        )
        .map((item) => ({ eventName: 'INSERT' as const, keys: { PK: item.PK, SK: item.SK }, newImage: item }));
      if (accepted) {
        // A fired reminder (the notice job's write): the notifier reads the match and the need to check it still holds.
        const notice = {
          PK: { S: `NOTICE#reminder#${world.ids.need}#${accepted.volunteerId?.S}#2026-12-01` },
          SK: { S: 'NOTICE' },
          type: { S: 'Notice' },
          kind: { S: 'reminder' },
          needId: { S: world.ids.need ?? '' },
          volunteerId: accepted.volunteerId,
          date: { S: '2026-12-01' },
          firedAt: { S: '2026-11-30T14:00:00.000Z' },
        };
        records.push({ eventName: 'INSERT' as const, keys: { PK: notice.PK, SK: notice.SK }, newImage: notice });
      }
      return streamEvent(local.tableStreamArn, records);
    },
    verify: (result) => (result?.batchItemFailures?.length === 0 ? undefined : `failed: ${JSON.stringify(result)}`),
  },
  {
    kind: 'event',
    functionName: 'statistics',
    name: 'stream batch: the need, a profile, a check and the ledgers of those who accepted it',
    event: async (world, local) => {
      // The ledgers of those who accepted (a ledger exists from a first acceptance on).
      const accepted = (await local.needEvents(world.ids.need ?? ''))
        .filter((item) => item.action?.S === 'accept')
        .map((item) => item.volunteerId?.S as string);
      if (accepted.length === 0) throw new Error('no acceptance of the need to count');
      const sources: [string, string][] = [
        [`NEED#${world.ids.need}`, 'NEED'],
        [`VOLUNTEER#${world.accounts[BASEL]}`, 'PROFILE'],
        [`VOLUNTEER#${world.accounts[BASEL]}`, 'SAFEGUARDING'],
        ...[...new Set(accepted)].map((id): [string, string] => [`VOLUNTEER#${id}`, 'LEDGER']),
      ];
      const records = [];
      for (const [pk, sk] of sources) {
        const item = await local.rawItem(pk, sk);
        records.push({ eventName: 'MODIFY' as const, keys: { PK: item.PK, SK: item.SK }, newImage: item });
      }
      return streamEvent(local.tableStreamArn, records);
    },
    verify: (result) => (result?.batchItemFailures?.length === 0 ? undefined : `failed: ${JSON.stringify(result)}`),
  },
  // Cover for one date: Chadi's series place was cancelled, so the first date has a place open.
  {
    functionName: 'needs',
    route: 'GET /api/needs/:needId/dates/:date/candidates',
    request: (w) => ({
      method: 'GET',
      url: `/api/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/candidates`,
      headers: bearer(w, MANAGER),
    }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /api/needs/:needId/dates/:date/invitations',
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/invitations`,
      headers: bearer(w, MANAGER),
      json: { volunteerIds: [w.accounts[CHADI]] },
    }),
    status: 200,
  },
  {
    functionName: 'dashboard',
    route: 'POST /api/needs/:needId/dates/:date/me/:action',
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/me/accept`,
      headers: bearer(w, CHADI),
    }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /api/needs/:needId/dates/:date/matches/:volunteerId/:action',
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/matches/${w.accounts[CHADI]}/cancel`,
      headers: bearer(w, MANAGER),
    }),
    status: 200,
  },
  // Cover pages, on the API's need (its first date still has a place open), before Chadi takes
  // another Tuesday: he is asked again, accepts on his dashboard, the manager cancels it; then the
  // best proposal is asked.
  {
    functionName: 'needs',
    route: 'GET /manage/needs/:needId/dates/:date',
    request: (w) => ({
      method: 'GET',
      url: `/manage/needs/${w.ids.need}/dates/${w.dates.firstTuesday}`,
      cookies: cookie(w, MANAGER),
    }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/dates/:date/invite',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/invite`,
      cookies: cookie(w, MANAGER),
      form: { volunteerIds: [w.accounts[CHADI] as string] },
    }),
    status: 303,
  },
  {
    functionName: 'dashboard',
    route: 'POST /dashboard/needs/:needId/dates/:date/:action',
    request: (w) => ({
      method: 'POST',
      url: `/dashboard/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/accept`,
      cookies: cookie(w, CHADI),
      form: {},
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/dates/:date/matches/:volunteerId/:action',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/matches/${w.accounts[CHADI]}/cancel`,
      cookies: cookie(w, MANAGER),
      form: {},
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/dates/:date/invite-top',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.need}/dates/${w.dates.firstTuesday}/invite-top`,
      cookies: cookie(w, MANAGER),
      form: { top: '1' },
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'POST /api/needs/:needId/messages',
    request: (w) => ({
      method: 'POST',
      url: `/api/needs/${w.ids.need}/messages`,
      headers: { ...bearer(w, MANAGER), 'idempotency-key': 'iam-scenario-message-1' },
      json: { text: 'Bitte bringt Stifte mit.', audience: 'invitedAndAccepted' },
    }),
    status: 201,
  },
  {
    functionName: 'needs',
    route: 'GET /api/needs/:needId',
    request: (w) => ({ method: 'GET', url: `/api/needs/${w.ids.need}`, headers: bearer(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'GET /manage',
    request: (w) => ({ method: 'GET', url: '/manage', cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'GET /manage/volunteers',
    request: (w) => ({ method: 'GET', url: '/manage/volunteers?language=ar', cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'GET /manage/volunteers/:volunteerId',
    request: (w) => ({ method: 'GET', url: `/manage/volunteers/${w.accounts[BASEL]}`, cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/volunteers/:volunteerId/safeguarding',
    request: (w) => ({
      method: 'POST',
      url: `/manage/volunteers/${w.accounts[BASEL]}/safeguarding`,
      cookies: cookie(w, MANAGER),
      form: { inspectedOn: w.dates.inspected, issuedOn: w.dates.issued, relevantConviction: 'no' },
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'GET /manage/week',
    request: (w) => ({ method: 'GET', url: '/manage/week', cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'GET /manage/needs/new',
    request: (w) => ({ method: 'GET', url: '/manage/needs/new', cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/new',
    request: (w) => ({
      method: 'POST',
      url: '/manage/needs/new',
      cookies: cookie(w, MANAGER),
      form: needForm(w, 'Lesepaten'),
    }),
    status: 303,
    after: (result, world) => {
      world.ids.pageNeed = /\/manage\/needs\/([0-9a-f-]{36})/.exec(result.headers?.location ?? '')?.[1] ?? '';
    },
  },
  {
    functionName: 'needs',
    route: 'GET /manage/needs/:needId/edit',
    request: (w) => ({ method: 'GET', url: `/manage/needs/${w.ids.pageNeed}/edit`, cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/edit',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.pageNeed}/edit`,
      cookies: cookie(w, MANAGER),
      form: needForm(w, 'Lesepaten am Dienstag', 1),
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'GET /manage/needs/:needId',
    request: (w) => ({ method: 'GET', url: `/manage/needs/${w.ids.pageNeed}`, cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/status',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.pageNeed}/status`,
      cookies: cookie(w, MANAGER),
      form: { action: 'publish', version: '2' },
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/invite',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.pageNeed}/invite`,
      cookies: cookie(w, MANAGER),
      form: { volunteerIds: [w.accounts[CHADI] as string] },
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/invite-top',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.pageNeed}/invite-top`,
      cookies: cookie(w, MANAGER),
      form: { top: '1' },
    }),
    status: 303,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/messages',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.pageNeed}/messages`,
      cookies: cookie(w, MANAGER),
      form: { text: 'Treffpunkt ist der Eingang.', audience: 'accepted', requestKey: 'iam-scenario-page-message' },
    }),
    status: 303,
  },
  {
    functionName: 'dashboard',
    route: 'GET /dashboard',
    request: (w) => ({ method: 'GET', url: '/dashboard', cookies: cookie(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'dashboard',
    route: 'GET /dashboard/needs/:needId',
    // The need's page for a volunteer: her matches (GSI1), the need, the quarter's managers (GSI1)
    // and their e-mail addresses (the user pool).
    request: (w) => ({ method: 'GET', url: `/dashboard/needs/${w.ids.pageNeed}`, cookies: cookie(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'dashboard',
    route: 'POST /dashboard/needs/:needId/:action',
    request: (w) => ({
      method: 'POST',
      url: `/dashboard/needs/${w.ids.pageNeed}/accept`,
      cookies: cookie(w, CHADI),
      form: {},
    }),
    status: 303,
  },
  {
    functionName: 'dashboard',
    route: 'POST /dashboard/needs/:needId/absences',
    // The confirmed form: Chadi cannot come on the fourth date.
    request: (w) => ({
      method: 'POST',
      url: `/dashboard/needs/${w.ids.pageNeed}/absences`,
      cookies: cookie(w, CHADI),
      form: { date: addDays(w.dates.firstTuesday, 21), confirm: '1' },
    }),
    status: 303,
  },
  // Calendar feeds: the URL by API, the feed by it (no sign-in), renew, and the pages' buttons.
  {
    functionName: 'needs',
    route: 'GET /api/calendar/feed',
    request: (w) => ({ method: 'GET', url: '/api/calendar/feed', headers: bearer(w, AMINA) }),
    status: 200,
    after: (result, world) => {
      world.ids.feedPath = new URL(json(result).url).pathname;
    },
  },
  {
    functionName: 'calendar',
    route: 'GET /calendar/:file',
    request: (w) => ({ method: 'GET', url: w.ids.feedPath as string }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /api/calendar/feed/renew',
    request: (w) => ({ method: 'POST', url: '/api/calendar/feed/renew', headers: bearer(w, AMINA) }),
    status: 200,
  },
  {
    functionName: 'needs',
    route: 'POST /manage/calendar',
    request: (w) => ({
      method: 'POST',
      url: '/manage/calendar',
      cookies: cookie(w, MANAGER),
      form: { action: 'create' },
    }),
    status: 303,
  },
  {
    functionName: 'volunteers',
    route: 'POST /profile/calendar',
    request: (w) => ({
      method: 'POST',
      url: '/profile/calendar',
      cookies: cookie(w, AMINA),
      form: { action: 'renew' },
    }),
    status: 303,
  },
  // Spreadsheet exports: needs, their matches and the volunteers' profiles by key, an audit entry each.
  {
    functionName: 'quarter-data',
    route: 'GET /api/exports/:file',
    request: (w) => ({
      method: 'GET',
      url: `/api/exports/matches.xlsx?quarter=nordstadt&from=${w.dates.firstTuesday}&to=${w.dates.lastTuesday}`,
      headers: bearer(w, MANAGER),
    }),
    status: 200,
  },
  {
    functionName: 'quarter-data',
    route: 'GET /manage/export/:file',
    request: (w) => ({
      method: 'GET',
      url: `/manage/export/hours.csv?from=${w.dates.firstTuesday}&to=${w.dates.lastTuesday}`,
      cookies: cookie(w, MANAGER),
    }),
    status: 200,
  },
  // Imports: the dry run stages the rows, the confirm queues them, the import job writes them
  // (volunteers: their accounts in the user pool first, silently, the invitation after); the
  // pages do the same with a form.
  {
    functionName: 'quarter-data',
    route: 'POST /api/imports/:kind',
    request: (w) => ({
      method: 'POST',
      url: '/api/imports/volunteers',
      headers: bearer(w, MANAGER),
      raw: { contentType: 'text/csv', body: IMPORTED_VOLUNTEER_CSV },
    }),
    status: 200,
    after: (result, w) => {
      w.ids.volunteerImport = JSON.parse(result.body ?? '{}').importId;
    },
  },
  {
    functionName: 'quarter-data',
    route: 'POST /api/imports/:importId/confirm',
    request: (w) => ({
      method: 'POST',
      url: `/api/imports/${w.ids.volunteerImport}/confirm`,
      headers: bearer(w, MANAGER),
    }),
    status: 202,
  },
  {
    functionName: 'quarter-data',
    route: 'GET /manage/import',
    request: (w) => ({ method: 'GET', url: '/manage/import', cookies: cookie(w, MANAGER) }),
    status: 200,
  },
  {
    functionName: 'quarter-data',
    route: 'POST /manage/import',
    request: (w) => ({
      method: 'POST',
      url: '/manage/import',
      cookies: cookie(w, MANAGER),
      raw: {
        contentType: `multipart/form-data; boundary=${BOUNDARY}`,
        body: multipart({ kind: 'needs' }, { name: 'file', fileName: 'needs.csv', body: IMPORTED_NEED_CSV }),
      },
    }),
    status: 200,
    after: (result, w) => {
      w.ids.needImport = /\/manage\/import\/([0-9a-f-]{36})\/confirm/.exec(result.body ?? '')?.[1] ?? '';
    },
  },
  {
    functionName: 'quarter-data',
    route: 'POST /manage/import/:importId/confirm',
    request: (w) => ({
      method: 'POST',
      url: `/manage/import/${w.ids.needImport}/confirm`,
      cookies: cookie(w, MANAGER),
      form: {},
    }),
    status: 303,
  },
  // The import job: the stream records of both confirms (one a batch in AWS; the consumer takes
  // several alike). It creates the volunteer's account, writes the rows and sends the invitation.
  {
    kind: 'event',
    functionName: 'imports',
    name: 'stream records: a volunteers and a needs import turning queued',
    event: async (world, local) => {
      const records = [];
      for (const importId of [world.ids.volunteerImport, world.ids.needImport]) {
        const item = await local.rawItem(`IMPORT#${importId}`, 'IMPORT');
        if ((item.state as { S?: string } | undefined)?.S !== 'queued')
          throw new Error(`import ${importId} is not queued`);
        records.push({ eventName: 'MODIFY' as const, keys: { PK: item.PK, SK: item.SK }, newImage: item });
      }
      return streamEvent(local.tableStreamArn, records);
    },
    verify: (result) => (result?.batchItemFailures?.length === 0 ? undefined : `failed: ${JSON.stringify(result)}`),
  },
  {
    functionName: 'quarter-data',
    route: 'GET /api/imports/:importId',
    request: (w) => ({ method: 'GET', url: `/api/imports/${w.ids.volunteerImport}`, headers: bearer(w, MANAGER) }),
    status: 200,
    after: (result) => {
      const status = JSON.parse(result.body ?? '{}');
      if (status.state !== 'done' || status.written !== 1 || status.invited !== 1)
        throw new Error(`the import job did not write and invite: ${result.body}`);
    },
  },
  {
    functionName: 'quarter-data',
    route: 'GET /manage/import/:importId',
    request: (w) => ({ method: 'GET', url: `/manage/import/${w.ids.needImport}`, cookies: cookie(w, MANAGER) }),
    status: 200,
  },
];

const IMPORTED_VOLUNTEER_CSV =
  'Vorname;Nachname;E-Mail;Sprachen;Quartiere;Einwilligung am\nLina;Berger;lina.berger.import@example.org;Deutsch (Muttersprache);Nordstadt;01.10.2026\n';
const IMPORTED_NEED_CSV =
  'Titel;Quartier;Ort;Datum;Beginn;Ende;Plätze\nLesepaten (Import);Nordstadt;Alte Feuerwache;2027-01-12;15:00;16:00;1\n';
const BOUNDARY = 'scenario-boundary-7f3a';
/** A multipart/form-data body as a browser sends a form with a file. */
function multipart(fields: Record<string, string>, file: { name: string; fileName: string; body: string }): string {
  const part = (headers: string, body: string) => `--${BOUNDARY}\r\n${headers}\r\n\r\n${body}\r\n`;
  return (
    Object.entries(fields)
      .map(([name, value]) => part(`Content-Disposition: form-data; name="${name}"`, value))
      .join('') +
    part(
      `Content-Disposition: form-data; name="${file.name}"; filename="${file.fileName}"\r\nContent-Type: text/csv`,
      file.body,
    ) +
    `--${BOUNDARY}--\r\n`
  );
}

const ADMIN_STEPS: Step[] = [
  {
    functionName: 'staff',
    route: 'GET /api/admin/staff',
    request: (w) => ({ method: 'GET', url: '/api/admin/staff', headers: bearer(w, ADMIN) }),
    status: 200,
  },
  {
    functionName: 'staff',
    route: 'POST /api/admin/staff',
    request: (w) => ({
      method: 'POST',
      url: '/api/admin/staff',
      headers: bearer(w, ADMIN),
      json: { email: 'iam-manager@example.org', role: 'manager', quarters: ['nordstadt'] },
    }),
    status: 201,
    after: (result, world) => {
      world.ids.newManager = json(result).userId;
    },
  },
  {
    functionName: 'staff',
    route: 'PUT /api/admin/staff/:userId',
    request: (w) => ({
      method: 'PUT',
      url: `/api/admin/staff/${w.ids.newManager}`,
      headers: bearer(w, ADMIN),
      json: { role: 'manager', quarters: ['nordstadt', 'ostersbaum'] },
    }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'GET /api/admin/initiatives',
    request: (w) => ({ method: 'GET', url: '/api/admin/initiatives', headers: bearer(w, ADMIN) }),
    status: 200,
    after: (result, world) => {
      world.ids.initiative = json(result).initiatives[0].initiativeId;
    },
  },
  {
    functionName: 'admin',
    route: 'POST /api/admin/initiatives',
    request: (w) => ({
      method: 'POST',
      url: '/api/admin/initiatives',
      headers: bearer(w, ADMIN),
      json: { name: 'Nachbarschaftstreff Ostersbaum' },
    }),
    status: 201,
    after: (result, world) => {
      world.ids.otherInitiative = json(result).initiativeId;
    },
  },
  {
    functionName: 'admin',
    route: 'PUT /api/admin/initiatives/:initiativeId/needs/:needId',
    request: (w) => ({
      method: 'PUT',
      url: `/api/admin/initiatives/${w.ids.initiative}/needs/${w.ids.need}`,
      headers: bearer(w, ADMIN),
    }),
    status: 204,
  },
  {
    functionName: 'staff',
    route: 'GET /admin',
    request: (w) => ({ method: 'GET', url: '/admin', cookies: cookie(w, ADMIN) }),
    status: 200,
  },
  {
    functionName: 'staff',
    route: 'POST /admin/staff',
    request: (w) => ({
      method: 'POST',
      url: '/admin/staff',
      cookies: cookie(w, ADMIN),
      form: { email: 'iam-initiative@example.org', role: 'initiative', initiativeId: w.ids.initiative as string },
    }),
    status: 303,
  },
  {
    functionName: 'staff',
    route: 'POST /admin/staff/:userId/quarters',
    request: (w) => ({
      method: 'POST',
      url: `/admin/staff/${w.ids.newManager}/quarters`,
      cookies: cookie(w, ADMIN),
      form: { quarters: ['nordstadt'] },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/initiatives',
    request: (w) => ({
      method: 'POST',
      url: '/admin/initiatives',
      cookies: cookie(w, ADMIN),
      form: { name: 'Café Heckinghausen' },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/initiatives/:initiativeId/links',
    request: (w) => ({
      method: 'POST',
      url: `/admin/initiatives/${w.ids.initiative}/links`,
      cookies: cookie(w, ADMIN),
      form: { needId: w.ids.pageNeed as string },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'GET /admin/safeguarding',
    request: (w) => ({ method: 'GET', url: '/admin/safeguarding', cookies: cookie(w, ADMIN) }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/safeguarding',
    request: (w) => ({
      method: 'POST',
      url: '/admin/safeguarding',
      cookies: cookie(w, ADMIN),
      form: {
        volunteerId: w.accounts[CHADI] as string,
        inspectedOn: w.dates.inspected,
        issuedOn: w.dates.issued,
        relevantConviction: 'no',
      },
    }),
    status: 303,
  },
  {
    functionName: 'staff',
    route: 'PUT /api/admin/staff/:userId/role',
    request: (w) => ({
      method: 'PUT',
      url: `/api/admin/staff/${w.ids.newManager}/role`,
      headers: bearer(w, ADMIN),
      json: { role: 'initiative' },
    }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'GET /api/admin/audit',
    request: (w) => ({
      method: 'GET',
      url: `/api/admin/audit?subjectId=${w.accounts[CHADI]}`,
      headers: bearer(w, ADMIN),
    }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'GET /admin/audit',
    request: (w) => ({ method: 'GET', url: `/admin/audit?actorId=${w.accounts[MANAGER]}`, cookies: cookie(w, ADMIN) }),
    status: 200,
  },
  // Issue 11: staff accounts, initiatives and the catalogue.
  {
    functionName: 'staff',
    route: 'PUT /api/admin/staff/:userId/active',
    request: (w) => ({
      method: 'PUT',
      url: `/api/admin/staff/${w.ids.newManager}/active`,
      headers: bearer(w, ADMIN),
      json: { active: false },
    }),
    status: 200,
  },
  {
    functionName: 'staff',
    route: 'POST /admin/staff/:userId/active',
    request: (w) => ({
      method: 'POST',
      url: `/admin/staff/${w.ids.newManager}/active`,
      cookies: cookie(w, ADMIN),
      form: { active: 'true' },
    }),
    status: 303,
  },
  {
    functionName: 'staff',
    route: 'POST /admin/staff/:userId/role',
    request: (w) => ({
      method: 'POST',
      url: `/admin/staff/${w.ids.newManager}/role`,
      cookies: cookie(w, ADMIN),
      form: { [`role_${w.ids.newManager}`]: 'manager' },
    }),
    status: 303,
  },
  {
    functionName: 'staff',
    route: 'POST /api/admin/staff/:userId/invitation',
    request: (w) => ({
      method: 'POST',
      url: `/api/admin/staff/${w.ids.newManager}/invitation`,
      headers: bearer(w, ADMIN),
    }),
    status: 204,
  },
  {
    functionName: 'staff',
    route: 'POST /admin/staff/:userId/invitation',
    request: (w) => ({
      method: 'POST',
      url: `/admin/staff/${w.ids.newManager}/invitation`,
      cookies: cookie(w, ADMIN),
      form: {},
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'PUT /api/admin/initiatives/:initiativeId/needs/:needId',
    request: (w) => ({
      method: 'PUT',
      url: `/api/admin/initiatives/${w.ids.otherInitiative}/needs/${w.ids.need}`,
      headers: bearer(w, ADMIN),
    }),
    status: 204,
  },
  {
    functionName: 'admin',
    route: 'DELETE /api/admin/initiatives/:initiativeId/needs/:needId',
    request: (w) => ({
      method: 'DELETE',
      url: `/api/admin/initiatives/${w.ids.otherInitiative}/needs/${w.ids.need}`,
      headers: bearer(w, ADMIN),
    }),
    status: 204,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/initiatives/:initiativeId/links/:needId/delete',
    request: (w) => ({
      method: 'POST',
      url: `/admin/initiatives/${w.ids.otherInitiative}/links/${w.ids.need}/delete`,
      cookies: cookie(w, ADMIN),
      form: {},
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'GET /admin/initiatives',
    request: (w) => ({ method: 'GET', url: '/admin/initiatives', cookies: cookie(w, ADMIN) }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'PUT /api/admin/initiatives/:initiativeId',
    request: (w) => ({
      method: 'PUT',
      url: `/api/admin/initiatives/${w.ids.otherInitiative}`,
      headers: bearer(w, ADMIN),
      json: { name: 'Nachbarschaftstreff Ostersbaum e.V.', active: true, version: 1 },
    }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/initiatives/:initiativeId',
    request: (w) => ({
      method: 'POST',
      url: `/admin/initiatives/${w.ids.otherInitiative}`,
      cookies: cookie(w, ADMIN),
      form: { version: '2', [`name_${w.ids.otherInitiative}`]: 'Nachbarschaftstreff Ostersbaum e.V.', action: 'save' },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'GET /api/admin/catalog',
    request: (w) => ({ method: 'GET', url: '/api/admin/catalog', headers: bearer(w, ADMIN) }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'POST /api/admin/quarters',
    request: (w) => ({
      method: 'POST',
      url: '/api/admin/quarters',
      headers: bearer(w, ADMIN),
      json: { name: 'Langerfeld', district: 'Langerfeld-Beyenburg', programme: 'soziale-stadt' },
    }),
    status: 201,
  },
  {
    functionName: 'admin',
    route: 'PUT /api/admin/quarters/:quarterId',
    request: (w) => ({
      method: 'PUT',
      url: '/api/admin/quarters/langerfeld',
      headers: bearer(w, ADMIN),
      json: {
        name: 'Langerfeld-Mitte',
        district: 'Langerfeld-Beyenburg',
        programme: 'soziale-stadt',
        retired: false,
        version: 1,
      },
    }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'POST /api/admin/venues',
    request: (w) => ({
      method: 'POST',
      url: '/api/admin/venues',
      headers: bearer(w, ADMIN),
      json: {
        quarterId: 'ostersbaum',
        name: 'Stadtteiltreff Ostersbaum',
        address: { street: 'Ostersbaumer Straße 12', postcode: '42107', city: 'Wuppertal' },
      },
    }),
    status: 201,
  },
  {
    functionName: 'admin',
    route: 'PUT /api/admin/venues/:venueId',
    request: (w) => ({
      method: 'PUT',
      url: '/api/admin/venues/stadtteiltreff-ostersbaum',
      headers: bearer(w, ADMIN),
      json: {
        name: 'Stadtteiltreff Ostersbaum',
        address: { street: 'Ostersbaumer Straße 14', postcode: '42107', city: 'Wuppertal' },
        retired: false,
        version: 1,
      },
    }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'POST /api/admin/skills',
    request: (w) => ({
      method: 'POST',
      url: '/api/admin/skills',
      headers: bearer(w, ADMIN),
      json: { de: 'Nähen', en: 'Sewing' },
    }),
    status: 201,
  },
  {
    functionName: 'admin',
    route: 'PUT /api/admin/skills/:skillId',
    request: (w) => ({
      method: 'PUT',
      url: '/api/admin/skills/sewing',
      headers: bearer(w, ADMIN),
      json: { de: 'Nähen und Flicken', en: 'Sewing', retired: false, version: 1 },
    }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'GET /admin/catalog',
    request: (w) => ({ method: 'GET', url: '/admin/catalog', cookies: cookie(w, ADMIN) }),
    status: 200,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/catalog/quarters',
    request: (w) => ({
      method: 'POST',
      url: '/admin/catalog/quarters',
      cookies: cookie(w, ADMIN),
      form: {
        'quarter-new.name': 'Vohwinkel',
        'quarter-new.district': 'Vohwinkel',
        'quarter-new.programme': 'soziale-stadt',
      },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/catalog/quarters/:id',
    request: (w) => ({
      method: 'POST',
      url: '/admin/catalog/quarters/vohwinkel',
      cookies: cookie(w, ADMIN),
      form: {
        'quarter-vohwinkel.name': 'Vohwinkel',
        'quarter-vohwinkel.district': 'Vohwinkel',
        'quarter-vohwinkel.programme': 'soziale-stadt',
        'quarter-vohwinkel.retired': 'true',
        'quarter-vohwinkel.version': '1',
        action: 'save',
      },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/catalog/venues',
    request: (w) => ({
      method: 'POST',
      url: '/admin/catalog/venues',
      cookies: cookie(w, ADMIN),
      form: {
        'venue-new.quarterId': 'hoehe',
        'venue-new.name': 'Jugendtreff Höhe',
        'venue-new.street': 'Höhe 40',
        'venue-new.postcode': '42107',
        'venue-new.city': 'Wuppertal',
      },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/catalog/venues/:id',
    request: (w) => ({
      method: 'POST',
      url: '/admin/catalog/venues/jugendtreff-hoehe',
      cookies: cookie(w, ADMIN),
      form: {
        'venue-jugendtreff-hoehe.name': 'Jugendtreff Höhe',
        'venue-jugendtreff-hoehe.street': 'Höhe 42',
        'venue-jugendtreff-hoehe.postcode': '42107',
        'venue-jugendtreff-hoehe.city': 'Wuppertal',
        'venue-jugendtreff-hoehe.version': '1',
        action: 'save',
      },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/catalog/skills',
    request: (w) => ({
      method: 'POST',
      url: '/admin/catalog/skills',
      cookies: cookie(w, ADMIN),
      form: { 'skill-new.de': 'Schach', 'skill-new.en': 'Chess' },
    }),
    status: 303,
  },
  {
    functionName: 'admin',
    route: 'POST /admin/catalog/skills/:id',
    request: (w) => ({
      method: 'POST',
      url: '/admin/catalog/skills/chess',
      cookies: cookie(w, ADMIN),
      form: {
        'skill-chess.de': 'Schach',
        'skill-chess.en': 'Chess',
        'skill-chess.retired': 'true',
        'skill-chess.version': '1',
        action: 'save',
      },
    }),
    status: 303,
  },
];

const INITIATIVE_STEPS: Step[] = [
  {
    functionName: 'initiatives',
    route: 'GET /api/initiative/needs',
    request: (w) => ({ method: 'GET', url: '/api/initiative/needs', headers: bearer(w, INITIATIVE) }),
    status: 200,
  },
  {
    functionName: 'initiatives',
    route: 'PUT /api/initiative/needs/:needId/matches/:volunteerId/review',
    request: (w) => ({
      method: 'PUT',
      url: `/api/initiative/needs/${w.ids.need}/matches/${w.accounts[AMINA]}/review`,
      headers: bearer(w, INITIATIVE),
      json: { status: 'confirmed' },
    }),
    status: 200,
  },
  {
    functionName: 'initiatives',
    route: 'GET /initiative',
    request: (w) => ({ method: 'GET', url: '/initiative', cookies: cookie(w, INITIATIVE) }),
    status: 200,
  },
  {
    functionName: 'initiatives',
    route: 'POST /initiative/needs/:needId/matches/:volunteerId/review',
    request: (w) => ({
      method: 'POST',
      url: `/initiative/needs/${w.ids.pageNeed}/matches/${w.accounts[CHADI]}/review`,
      cookies: cookie(w, INITIATIVE),
      form: { status: 'concern', reason: 'Bitte Termin klären' },
    }),
    status: 303,
  },
];

/** Public reference data and the API description, asked for by a signed-in browser. */
const PUBLIC: Step[] = [
  ...['/api/quarters', '/api/skills', '/api/languages'].map(
    (url): Step => ({
      functionName: 'catalog',
      route: `GET ${url}`,
      request: (w) => ({ method: 'GET', url, cookies: cookie(w, AMINA) }),
      status: 200,
    }),
  ),
  {
    functionName: 'docs',
    route: 'GET /api/openapi.json',
    request: (w) => ({ method: 'GET', url: '/api/openapi.json', cookies: cookie(w, AMINA) }),
    status: 200,
  },
];

/** Leaving: sign-outs and deletions last. */
const LEAVING: Step[] = [
  {
    functionName: 'needs',
    route: 'POST /manage/needs/:needId/matches/:volunteerId/:action',
    request: (w) => ({
      method: 'POST',
      url: `/manage/needs/${w.ids.pageNeed}/matches/${w.accounts[CHADI]}/cancel`,
      cookies: cookie(w, MANAGER),
      form: {},
    }),
    status: 303,
  },
  {
    functionName: 'accounts',
    route: 'POST /api/auth/signout',
    request: (w) => ({ method: 'POST', url: '/api/auth/signout', json: { refreshToken: w.ids.refreshToken } }),
    status: 204,
  },
  {
    functionName: 'privacy',
    route: 'GET /api/volunteers/me/export',
    request: (w) => ({ method: 'GET', url: '/api/volunteers/me/export', headers: bearer(w, 'apiVolunteer') }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'PUT /api/volunteers/me/consent',
    request: (w) => ({
      method: 'PUT',
      url: '/api/volunteers/me/consent',
      headers: bearer(w, 'apiVolunteer'),
      json: { version: CONSENT.version, accepted: true },
    }),
    status: 200,
  },
  {
    functionName: 'privacy',
    route: 'GET /profile/export',
    request: (w) => ({ method: 'GET', url: '/profile/export', cookies: cookie(w, 'pageVolunteer') }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'GET /profile/consent',
    request: (w) => ({ method: 'GET', url: '/profile/consent', cookies: cookie(w, 'pageVolunteer') }),
    status: 200,
  },
  {
    functionName: 'volunteers',
    route: 'POST /profile/consent',
    request: (w) => ({
      method: 'POST',
      url: '/profile/consent',
      cookies: cookie(w, 'pageVolunteer'),
      form: { version: CONSENT.version, accepted: 'yes' },
    }),
    status: 303,
  },
  {
    functionName: 'privacy',
    route: 'GET /profile/account/delete',
    request: (w) => ({ method: 'GET', url: '/profile/account/delete', cookies: cookie(w, 'pageVolunteer') }),
    status: 200,
  },
  {
    kind: 'event',
    functionName: 'inactive-accounts',
    name: 'daily run (EventBridge Scheduler)',
    event: async (_world, local) => ({
      version: '0',
      id: 'iam-scenario',
      'detail-type': 'Scheduled Event',
      source: 'aws.scheduler',
      account: '111122223333',
      time: new Date().toISOString(),
      region: local.region,
      resources: [],
      detail: {},
    }),
    verify: (result) => (Array.isArray(result?.failed) && result.failed.length === 0 ? undefined : 'the run failed'),
  },
  {
    kind: 'event',
    functionName: 'notification-schedule',
    name: 'notice run (EventBridge Scheduler, every 15 minutes)',
    // After the needs steps: a published need and an acceptance have put due items (all still ahead).
    event: async (_world, local) => ({
      version: '0',
      id: 'iam-scenario-notices',
      'detail-type': 'Scheduled Event',
      source: 'aws.scheduler',
      account: '111122223333',
      time: new Date().toISOString(),
      region: local.region,
      resources: [],
      detail: {},
    }),
    verify: (result) =>
      typeof result?.itemsRead === 'number' && result.cursorMoved === true
        ? result?.cover?.needs >= 1 && result.cover.failed === 0
          ? undefined
          : `the cover sweep did not run or failed: ${JSON.stringify(result?.cover)}`
        : 'the run did not finish',
  },
  {
    functionName: 'volunteers',
    route: 'DELETE /api/volunteers/me',
    request: (w) => ({ method: 'DELETE', url: '/api/volunteers/me', headers: bearer(w, 'apiVolunteer') }),
    status: 204,
  },
  {
    functionName: 'volunteers',
    route: 'POST /profile/delete',
    request: (w) => ({ method: 'POST', url: '/profile/delete', cookies: cookie(w, 'pageVolunteer'), form: {} }),
    status: 303,
  },
  {
    functionName: 'privacy',
    route: 'POST /profile/account/delete',
    request: (w) => ({ method: 'POST', url: '/profile/account/delete', cookies: cookie(w, 'pageVolunteer'), form: {} }),
    status: 303,
  },
  {
    functionName: 'privacy',
    route: 'GET /profile/account/deleted',
    request: () => ({ method: 'GET', url: '/profile/account/deleted' }),
    status: 200,
  },
  {
    functionName: 'privacy',
    route: 'DELETE /api/volunteers/me/account',
    request: (w) => ({ method: 'DELETE', url: '/api/volunteers/me/account', headers: bearer(w, 'apiVolunteer') }),
    status: 204,
  },
  {
    functionName: 'accounts',
    route: 'POST /signout',
    request: (w) => ({ method: 'POST', url: '/signout', cookies: cookie(w, AMINA), form: {} }),
    status: 303,
  },
];

export const STEPS: Step[] = [
  ...SIGN_IN,
  ...ACCOUNTS,
  ...ACCOUNT_EXISTS,
  ...NOTIFICATION_SETTINGS,
  ...NEW_VOLUNTEER,
  ...NEEDS,
  ...ADMIN_STEPS,
  ...INITIATIVE_STEPS,
  ...PUBLIC,
  ...LEAVING,
];
