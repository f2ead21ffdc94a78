/**
 * Property-based fuzzing of every route contract (functions/<fn>/contract.ts) through the whole
 * local platform: arbitrary and mutated bodies, path parameters, query strings and content types,
 * sent by a caller of a role the route admits. Whatever comes in, the answer is never a 5xx, and
 * never a 2xx for input the route's own schemas reject.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ROLES, type Role } from '../../shared/auth/caller.ts';
import type { ApiRoute } from '../../shared/http/api-route.ts';
import { MAX_BODY_BYTES } from '../../shared/http/base-app.ts';
import { createAccount, type TestPlatform, testPlatform } from '../support/app.ts';
import { ALL_ROUTES, label } from '../support/contract-requests.ts';
import { anyJson, bodyValues } from '../support/json-schema-arbitrary.ts';

/** Fixed, so a failure is reproduced by running the test again; modest, so it stays quick. */
const SEED = 20_261_124;
const RUNS_PER_ROUTE = 20;

interface FuzzInput {
  /** Each path parameter: the value, and whether it is sent percent-encoded (else raw). */
  params: Record<string, { value: string; encoded: boolean }>;
  query: [string, string][];
  contentType: string | undefined;
  /** The body text exactly as sent; undefined: no body. */
  body: string | undefined;
}

const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const HOSTILE_SEGMENTS = [
  '',
  '.',
  '..',
  '%',
  '%00',
  '%zz',
  '%2F',
  '%2e%2e',
  'a%0Ab',
  '~',
  '*',
  '\u0000',
  'x'.repeat(300),
];

/** Bodies: fitting and mutated ones from the schema, any JSON, malformed or huge text, none. */
function bodies(route: ApiRoute): fc.Arbitrary<string | undefined> {
  const values = route.body ? bodyValues(route.body) : anyJson;
  return fc.oneof(
    { weight: 8, arbitrary: values.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.constantFrom('{', '{"a":', '[1,', 'nul', '"\\u12"', '\u0000', '{"a":1}{', '') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constant(JSON.stringify({ filler: 'x'.repeat(MAX_BODY_BYTES) })) },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
}

const contentTypes = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      undefined,
    ),
  },
);

function inputs(route: ApiRoute): fc.Arbitrary<FuzzInput> {
  const names = [...route.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] as string);
  const segment = fc.oneof(
    fc.record({ value: text, encoded: fc.constant(true) }),
    fc.record({ value: fc.uuid(), encoded: fc.constant(true) }),
    fc.record({ value: fc.stringMatching(/^[A-Za-z0-9-]{1,64}$/), encoded: fc.constant(true) }),
    fc.record({ value: fc.constantFrom(...HOSTILE_SEGMENTS), encoded: fc.boolean() }),
  );
  return fc.record({
    params: fc
      .tuple(...names.map(() => segment))
      .map((values) => Object.fromEntries(names.map((n, i) => [n, values[i]]))),
    query: fc.uniqueArray(
      fc.tuple(
        text.filter((key) => key !== ''),
        text,
      ),
      {
        maxLength: 3,
        selector: ([key]) => key,
      },
    ),
    contentType: contentTypes,
    body: route.method === 'get' ? fc.constant(undefined) : bodies(route),
  }) as fc.Arbitrary<FuzzInput>;
}

/** Whether the route's own schemas accept this input, judged as the route reads it. */
function schemaAccepts(route: ApiRoute, input: FuzzInput): boolean {
  const params = Object.fromEntries(Object.entries(input.params).map(([name, { value }]) => [name, value]));
  if (route.params && !z.safeParse(route.params, params).success) return false;
  if (route.query && !z.safeParse(route.query, Object.fromEntries(input.query)).success) return false;
  if (!route.body) return true;
  if (!/^application\/json\b/i.test(input.contentType ?? '') || input.body === undefined) return false;
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.body);
  } catch {
    return false;
  }
  return z.safeParse(route.body, parsed).success;
}

function requestFor(route: ApiRoute, input: FuzzInput, authorization: string | undefined): Request {
  const path = route.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const param = input.params[name] as FuzzInput['params'][string];
    return param.encoded ? encodeURIComponent(param.value) : param.value;
  });
  const query = input.query.length > 0 ? `?${new URLSearchParams(input.query)}` : '';
  const headers: Record<string, string> = {};
  if (authorization) headers.authorization = authorization;
  if (input.contentType) headers['content-type'] = input.contentType;
  return new Request(`http://localhost${path}${query}`, {
    method: route.method.toUpperCase(),
    headers,
    body: input.body,
  });
}

/** A route whose raw parameters do not survive the URL unchanged cannot be judged by the schema. */
const judgeable = (input: FuzzInput) =>
  Object.values(input.params).every(({ value, encoded }) => encoded && value !== '' && value !== '.' && value !== '..');

describe('fuzzing every route contract', () => {
  let platform: TestPlatform;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    platform = await testPlatform({ ownUserPool: true });
    const accounts = await Promise.all(ROLES.map((role) => createAccount(platform.config, role)));
    ROLES.forEach((role, index) => {
      tokens[role] = accounts[index]?.idToken as string;
    });
  });

  for (const route of ALL_ROUTES) {
    it(`${label(route)}: never a 5xx, never a 2xx for input its schemas reject`, async () => {
      const role = route.roles?.[0];
      const authorization = route.security === 'signed-in' && role ? `Bearer ${tokens[role]}` : undefined;
      await fc.assert(
        fc.asyncProperty(inputs(route), async (input) => {
          const response = await platform.app.request(requestFor(route, input, authorization));
          await response.body?.cancel();
          const where = `${label(route)} → ${response.status}`;
          expect(response.status, where).toBeLessThan(500);
          if (response.status < 300 && judgeable(input)) expect(schemaAccepts(route, input), where).toBe(true);
        }),
        { seed: SEED, numRuns: RUNS_PER_ROUTE, endOnFailure: true },
      );
    });
  }
});
