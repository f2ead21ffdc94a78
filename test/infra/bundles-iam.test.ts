/**
 * Runs every built bundle as Lambda runs it and checks each DynamoDB and Cognito call against the
 * function's synthesized IAM role (issue 8, defect 1k: locally there is no IAM, so a call a role
 * does not allow only fails in AWS).
 *
 * - The stack is synthesized WITH bundling, once: the bundles tested are CDK's own assets
 *   (`aws:asset:path`), built by the same esbuild call that deploys, and the roles are read from
 *   the same template. (Building the bundles separately would save ~10 s of CDK's sequential
 *   esbuild runs but test a copy of the build, not the build.)
 * - Each function runs in its own child process (test/infra/bundles/lambda-runner.mjs: Node 24,
 *   `index.mjs`'s `handler(event, context)`), with the environment the stack gives it (resolved to
 *   the local table and pool) and the Lambda runtime's own variables.
 * - Its SDK calls and the JWKS go through a recording proxy (test/infra/bundles/recording-proxy.ts)
 *   in front of DynamoDB Local and cognito-local, started here; the proxy authorises each call
 *   against the caller's role statements (explicit Deny first, wildcards, `/index/*`, conditions)
 *   and answers AccessDeniedException as AWS would.
 * - The events are API Gateway HTTP API v2.0 payloads (test/infra/bundles/events.ts) for one
 *   representative request per route (test/infra/bundles/scenario.ts), a stream batch and a
 *   PostConfirmation and CustomMessage trigger. A function folder or route without one fails the test.
 *
 * The bundles read the wall clock (as in Lambda), so the scenario's dates are relative to today.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { GetItemCommand, QueryCommand } from '@aws-sdk/client-dynamodb';
import type { CfnElement } from 'aws-cdk-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetProblems, readBundleBudget } from '../../infra/bundle-budget.ts';
import { wideCharacters } from '../../infra/bundle-source.ts';
import { LAMBDA_NODE_OPTIONS } from '../../infra/constructs/exec-wrapper.ts';
import {
  ensureTable,
  ensureUserPool,
  LOCAL_REGION,
  localCognitoClient,
  localConfig,
  localDynamoClient,
} from '../../infra/local/bootstrap.ts';
import type { EngineHandle } from '../../infra/local/engines/child.ts';
import { startCognitoLocal } from '../../infra/local/engines/cognito.ts';
import { startDynamoDbLocal } from '../../infra/local/engines/dynamodb.ts';
import { loadFunctionAppFactory } from '../../infra/local/function-apps.ts';
import { freePort } from '../../infra/local/ports.ts';
import { ProcessRegistry } from '../../infra/local/process-registry.ts';
import { seedDemo } from '../../infra/local/seed.ts';
import { buildApp, DEFAULT_MAIL_DOMAIN, type QuartiershilfeStack, TABLE_ACCESS } from '../../infra/stack.ts';
import { AccountLocales } from '../../shared/auth/account-locales.ts';
import { createCognitoClient, IdentityProvider } from '../../shared/auth/identity-provider.ts';
import { createDocumentClient } from '../../shared/db/client.ts';
import { DEFAULT_ROUTE } from '../../shared/gateway/gateway-route.ts';
import { discoverHttpFunctions, type HttpFunctionSpec } from '../../shared/gateway/http-functions.ts';
import { NotificationSettingsRepository } from '../../shared/notifications/settings-repository.ts';
import { createServices } from '../../shared/platform/services.ts';
import type { CfnContext } from './bundles/cfn.ts';
import { resolveCfn } from './bundles/cfn.ts';
import { withDirectEsbuild } from './bundles/esbuild-direct.ts';
import { httpApiEvent, selectRoute } from './bundles/events.ts';
import { roleStatements } from './bundles/iam-policy.ts';
import { LambdaHost } from './bundles/lambda-host.ts';
import { type RecordedCall, RecordingProxy } from './bundles/recording-proxy.ts';
import { type HttpResult, type LocalAccess, STEPS, type Step, type World } from './bundles/scenario.ts';

type Json = any;

const ACCOUNT_ID = '111122223333';
const REGION = LOCAL_REGION;
const CODE = '246810';
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

let scratch: string;
let assemblyDir: string | undefined;
const engines: EngineHandle[] = [];
const hosts = new Map<string, LambdaHost>();
/** Function name → the bytes of CDK's own asset (index.mjs), for the budget check. */
const bundleBytes: Record<string, number> = {};
/** Function name → the characters above U+00FF in that asset (infra/bundle-source.ts). */
const bundleWideCharacters: Record<string, string[]> = {};
let registry: ProcessRegistry;
let proxy: RecordingProxy;
let stack: QuartiershilfeStack;
let httpFunctions: HttpFunctionSpec[];
let local: LocalAccess;
let world: World;
/** What the bundles called while they were imported (Lambda's init phase), before any request. */
let initCalls: RecordedCall[];

const logicalId = (element: unknown): string => stack.resolve(stack.getLogicalId(element as CfnElement));

/**
 * The scenario's "now": the bundles run with their clock set to it (lambda-runner.mjs), so the
 * dates below never depend on the day the test runs.
 */
const SCENARIO_NOW = new Date('2026-11-02T09:00:00Z');

/** The scenario's day in Berlin plus `days`, as YYYY-MM-DD. */
function berlinDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(SCENARIO_NOW);
  const date = new Date(`${today}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The first Tuesday at least a week ahead. */
function tuesdayAhead(): string {
  for (let days = 7; ; days++) {
    const day = berlinDay(days);
    if (new Date(`${day}T12:00:00Z`).getUTCDay() === 2) return day;
  }
}

const began = performance.now();
const timing = (what: string) => {
  if (process.env.QH_TIMING)
    console.log(`[bundles-iam] ${what} after ${((performance.now() - began) / 1000).toFixed(1)} s`);
};

beforeAll(async () => {
  if (!process.versions.node.startsWith('24.')) throw new Error('Lambda runs Node 24: run this test on Node 24');
  scratch = mkdtempSync(join(tmpdir(), 'qh-bundles-iam-'));
  registry = new ProcessRegistry(join(REPO_ROOT, '.test-data', 'pids'));
  registry.installExitHooks();
  registry.addScratchDir(scratch);

  const arns = { region: REGION, accountId: ACCOUNT_ID };
  const [dynamoPort, cognitoPort] = await Promise.all([freePort(), freePort()]);
  proxy = new RecordingProxy({
    dynamoEndpoint: `http://127.0.0.1:${dynamoPort}`,
    cognitoEndpoint: `http://127.0.0.1:${cognitoPort}`,
    arns,
  });
  const proxyUrl = await proxy.start();
  // Tokens must name the endpoint the functions know the pool by (COGNITO_ENDPOINT = the proxy).
  const cognitoDir = join(scratch, 'cognito');
  mkdirSync(join(cognitoDir, '.cognito'), { recursive: true });
  writeFileSync(
    join(cognitoDir, '.cognito', 'config.json'),
    JSON.stringify({ TokenConfig: { IssuerDomain: proxyUrl } }),
  );

  const track = (engine: EngineHandle) => {
    engines.push(engine);
    return engine;
  };
  const [synth, dynamo, cognito] = await Promise.all([
    (async () => {
      const { built, assembly } = await withDirectEsbuild(async () => {
        const built = await buildApp({ context: { 'aws:cdk:enable-asset-metadata': true }, nag: false });
        return { built, assembly: built.app.synth() };
      });
      assemblyDir = assembly.directory; // removed in afterAll, even when an engine fails to start
      timing('synth with bundling');
      return { stack: built.stack, assembly };
    })(),
    // Java's start-up shares two busy cores with CDK's esbuild runs: allow for it.
    startDynamoDbLocal({ port: dynamoPort, registry, timeoutMs: 240_000 }).then((engine) => {
      timing('DynamoDB Local ready');
      return track(engine);
    }),
    startCognitoLocal({
      port: cognitoPort,
      dataDir: cognitoDir,
      outboxFile: join(scratch, 'outbox.jsonl'),
      registry,
      env: { CODE },
      timeoutMs: 120_000,
    }).then(track),
  ]);
  stack = synth.stack;
  const template = synth.assembly.getStackByName(stack.stackName).template as Json;
  httpFunctions = await discoverHttpFunctions();

  const tableName = `iam-${Date.now().toString(36)}`;
  await ensureTable(dynamo.endpoint, tableName);
  const pool = await ensureUserPool(cognito.endpoint, join(scratch, 'pool.json'));
  const direct = localConfig({
    tableName,
    dynamoEndpoint: dynamo.endpoint,
    cognitoEndpoint: cognito.endpoint,
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
  });
  await seedDemo(direct, SCENARIO_NOW);
  timing('seeded');

  const tableArn = `arn:aws:dynamodb:${REGION}:${ACCOUNT_ID}:table/${tableName}`;
  const tableStreamArn = `${tableArn}/stream/2026-01-01T00:00:00.000`;
  const context: CfnContext = {
    region: REGION,
    accountId: ACCOUNT_ID,
    resources: {
      [logicalId(stack.table.node.defaultChild)]: {
        ref: tableName,
        attributes: { Arn: tableArn, StreamArn: tableStreamArn },
      },
      [logicalId(stack.identity.userPool.node.defaultChild)]: {
        ref: pool.userPoolId,
        attributes: { Arn: `arn:aws:cognito-idp:${REGION}:${ACCOUNT_ID}:userpool/${pool.userPoolId}` },
      },
      [logicalId(stack.identity.client.node.defaultChild)]: { ref: pool.clientId },
      // PUBLIC_URL (links in e-mails) is built from the API's id: a real-looking one, so links parse.
      [logicalId(stack.httpApi.api.node.defaultChild)]: { ref: 'iamtestapi' },
      // SES: what the mail senders' SendEmail is authorised against (no local counterpart; the proxy answers).
      [logicalId(stack.mail.identity.node.defaultChild)]: { ref: DEFAULT_MAIL_DOMAIN },
      [logicalId(stack.mail.configurationSet.node.defaultChild)]: { ref: 'iam-test-configuration-set' },
    },
  };

  const specs: [string, () => LambdaHost][] = [];
  for (const [name, fn] of stack.functions) {
    const resource = template.Resources[logicalId(fn.fn.node.defaultChild)];
    const asset = resource.Metadata?.['aws:asset:path'];
    if (!asset || resource.Properties.Handler !== 'index.handler') {
      throw new Error(`${name}: no bundled asset with handler index.handler in the template`);
    }
    const bundleFile = join(synth.assembly.directory, asset, 'index.mjs');
    bundleBytes[name] = statSync(bundleFile).size;
    bundleWideCharacters[name] = wideCharacters(readFileSync(bundleFile, 'utf8'));
    proxy.policies.set(name, roleStatements(template, logicalId(fn.role.node.defaultChild), context));
    const spec = () =>
      new LambdaHost(
        {
          name,
          bundle: join(synth.assembly.directory, asset, 'index.mjs'),
          environment: resolveCfn(resource.Properties.Environment?.Variables ?? {}, context),
          timeoutSeconds: resource.Properties.Timeout,
          memoryMb: resource.Properties.MemorySize,
        },
        { region: REGION, endpoint: proxyUrl, now: SCENARIO_NOW },
      );
    specs.push([name, spec]);
  }
  // Two cold starts at a time, as Lambda gives each its own CPU: all of them at once on two busy
  // cores stretched an import so far that a function's init-phase prime (1.5 s limit,
  // shared/db/prime.ts) gave up before its read reached the proxy.
  const starting = async () => {
    for (let next = specs.shift(); next; next = specs.shift()) {
      const [name, start] = next;
      const host = start();
      hosts.set(name, host);
      await host.ready();
    }
  };
  await Promise.all([starting(), starting()]);
  timing('bundles imported');
  initCalls = [...proxy.calls];

  const dynamoClient = localDynamoClient(dynamo.endpoint);
  const cognitoClient = localCognitoClient(cognito.endpoint);
  local = {
    region: REGION,
    userPoolId: pool.userPoolId,
    clientId: pool.clientId,
    tableName,
    tableStreamArn,
    username: async (email) =>
      (await cognitoClient.send(new AdminGetUserCommand({ UserPoolId: pool.userPoolId, Username: email })))
        .Username as string,
    rawItem: async (pk, sk) => {
      const { Item } = await dynamoClient.send(
        new GetItemCommand({ TableName: tableName, Key: { PK: { S: pk }, SK: { S: sk } } }),
      );
      if (!Item) throw new Error(`no item ${pk} ${sk}`);
      return Item;
    },
    needEvents: async (needId) => {
      const { Items } = await dynamoClient.send(
        new QueryCommand({
          TableName: tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :event)',
          ExpressionAttributeValues: { ':pk': { S: `NEED#${needId}` }, ':event': { S: 'EVENT#' } },
        }),
      );
      return (Items ?? []) as Record<string, Json>[];
    },
    unsubscribeToken: (userId) =>
      new NotificationSettingsRepository(createDocumentClient(direct), tableName).unsubscribeToken(userId),
  };
  const accounts: Record<string, string> = {};
  for (const email of ['nora.manager@example.org', 'ida.initiative@example.org', 'anton.admin@example.org']) {
    accounts[email] = await local.username(email);
  }
  for (const email of ['amina', 'basel', 'chadi', 'darya', 'emre'].map((n) => `${n}.volunteer@example.org`)) {
    accounts[email] = await local.username(email);
  }
  world = {
    tokens: {},
    cookies: {},
    ids: {},
    versions: {},
    accounts,
    dates: {
      firstTuesday: tuesdayAhead(),
      lastTuesday: berlinDay(70),
      inspected: berlinDay(-10),
      issued: berlinDay(-30),
    },
    code: CODE,
    began: SCENARIO_NOW,
  };
}, 420_000);

afterAll(async () => {
  await Promise.all([...hosts.values()].map((host) => host.stop()));
  await proxy?.stop();
  await Promise.all(engines.map((engine) => engine.stop()));
  registry?.dispose();
  if (assemblyDir) rmSync(assemblyDir, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 60_000);

/** The Hono routes (`METHOD /path`) of an HTTP function's app, built without I/O. */
async function appRoutes(fn: HttpFunctionSpec): Promise<string[]> {
  const config = localConfig({
    tableName: 't',
    dynamoEndpoint: 'http://127.0.0.1:9',
    cognitoEndpoint: 'http://127.0.0.1:9',
    userPoolId: 'p',
    clientId: 'c',
  });
  const services = createServices(config);
  const cognito = createCognitoClient(config);
  const createApp = await loadFunctionAppFactory(fn.name, fn.app);
  const app = createApp({
    services,
    identity: new IdentityProvider(cognito, config.cognito.clientId),
    locales: new AccountLocales(cognito, config.cognito.userPoolId),
  });
  return [...new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))];
}

describe('every bundle, invoked as Lambda does, makes only the calls its role allows', () => {
  it('starts every function through its exec wrapper, which gives node the options NODE_OPTIONS refuses', () => {
    expect(hosts.size).toBe(stack.functions.size);
    const started = [...hosts].map(([name, host]) => [name, host.execArgv.slice(0, LAMBDA_NODE_OPTIONS.length)]);
    expect(started).toEqual([...hosts.keys()].map((name) => [name, [...LAMBDA_NODE_OPTIONS]]));
  });

  it('opens each HTTP function’s storage connection during init with one read its role allows, and nothing else', () => {
    // shared/db/prime.ts: the lambda host sets AWS_LAMBDA_INITIALIZATION_TYPE as the runtime does.
    const problems: string[] = [];
    for (const fn of httpFunctions) {
      const calls = initCalls.filter((call) => call.functionName === fn.name);
      const expected = fn.name in TABLE_ACCESS ? 1 : 0;
      const primes = calls.filter((call) => call.allowed && /^dynamodb:GetItem /.test(call.call));
      if (calls.length !== expected || primes.length !== expected)
        problems.push(`${fn.name}: ${JSON.stringify(calls.map((call) => call.call))}`);
    }
    for (const call of initCalls.filter((c) => !httpFunctions.some((fn) => fn.name === c.functionName)))
      problems.push(`${call.functionName}: called ${call.call} at init`);
    expect(problems).toEqual([]);
  });

  const covered = new Map<string, Set<string>>();
  const gatewayRoutesHit = new Set<string>();

  it('runs the representative requests and events', async () => {
    const problems: string[] = [];
    const stepMs: [string, number][] = [];
    for (const step of STEPS as Step[]) {
      const stepBegan = performance.now();
      const host = hosts.get(step.functionName);
      if (!host) {
        problems.push(`scenario names function ${step.functionName}, which the stack does not have`);
        continue;
      }
      const label =
        step.kind === 'event' ? `${step.functionName}: ${step.name}` : `${step.functionName}: route ${step.route}`;
      covered.set(
        step.functionName,
        (covered.get(step.functionName) ?? new Set()).add(step.kind === 'event' ? `event ${step.name}` : step.route),
      );
      const firstCall = proxy.calls.length;
      let detail = '';
      try {
        if (step.kind === 'event') {
          const result = await host.invoke(await step.event(world, local));
          const problem = step.verify?.(result) ?? (await step.check?.(world, local));
          // The function's own logs say why (they are the only trace of a failed record).
          if (problem) problems.push(`${label}: ${problem}\n${host.output.slice(-3000)}`);
        } else {
          await step.prepare?.(world, local);
          const request = step.request(world);
          detail = ` (${request.method} ${request.url})`;
          const selected = selectRoute(httpFunctions, request.method, new URL(request.url, 'https://x').pathname);
          gatewayRoutesHit.add(`${selected.functionName} ${selected.routeKey}`);
          if (selected.functionName !== step.functionName) {
            problems.push(
              `${label}${detail}: API Gateway routes it to ${selected.functionName} (${selected.routeKey})`,
            );
            continue;
          }
          const result = await host.invoke<HttpResult>(httpApiEvent(request, selected));
          if (result.statusCode !== step.status) {
            const body = result.isBase64Encoded ? '(binary)' : (result.body ?? '').slice(0, 300);
            problems.push(`${label}${detail}: status ${result.statusCode}, expected ${step.status}: ${body}`);
          } else {
            step.after?.(result, world);
          }
        }
      } catch (error) {
        problems.push(`${label}${detail}: ${(error as Error).message}`);
      }
      for (const call of proxy.calls.slice(firstCall)) {
        if (!call.allowed)
          problems.push(`${label}${detail}: ${call.functionName ?? '?'} called ${call.call}: ${call.reason}`);
        else if (call.functionName !== undefined && call.functionName !== step.functionName) {
          problems.push(`${label}${detail}: a call from ${call.functionName} (${call.call}) during this invocation`);
        }
      }
      stepMs.push([`${label} (${proxy.calls.length - firstCall} calls)`, performance.now() - stepBegan]);
    }
    if (process.env.QH_TIMING) {
      // The slowest steps, to see where the file's time goes.
      stepMs.sort((a, b) => b[1] - a[1]);
      console.log(
        stepMs
          .slice(0, 25)
          .map(([l, ms]) => `${ms.toFixed(0)} ms ${l}`)
          .join('\n'),
      );
    }
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('has a representative request for every function, app route and gateway route', async () => {
    const missing: string[] = [];
    for (const name of stack.functions.keys()) {
      if (!covered.has(name)) missing.push(`function ${name}: no representative request or event in scenario.ts`);
    }
    for (const fn of httpFunctions) {
      const routes = await appRoutes(fn);
      const have = covered.get(fn.name) ?? new Set();
      for (const route of routes)
        if (!have.has(route)) missing.push(`${fn.name}: route ${route} has no representative request`);
      for (const route of have) {
        if (route !== DEFAULT_ROUTE && !routes.includes(route))
          missing.push(`${fn.name}: scenario names route ${route}, which the app does not have`);
      }
      for (const route of fn.routes) {
        for (const method of route.methods) {
          const key = route.path === DEFAULT_ROUTE ? DEFAULT_ROUTE : `${method} ${route.path}`;
          if (!gatewayRoutesHit.has(`${fn.name} ${key}`))
            missing.push(`${fn.name}: gateway route ${key} is never selected`);
        }
      }
    }
    expect(missing, `\n${missing.join('\n')}\n`).toEqual([]);
  });
});

// Reuses the bundles CDK built above (no extra esbuild run): the check itself takes milliseconds.
describe('every bundle stays within its byte budget', () => {
  it('grows by at most 10 % over infra/bundle-budget.json', () => {
    const problems = budgetProblems(bundleBytes, readBundleBudget());
    expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
  });

  it('is a one-byte string for V8: no character above U+00FF (write it as \\u.... in a regular expression)', () => {
    expect(Object.keys(bundleWideCharacters).length).toBe(stack.functions.size);
    const wide = Object.entries(bundleWideCharacters).flatMap(([name, found]) => found.map((f) => `${name}: ${f}`));
    expect(wide, `\n${wide.join('\n')}\n`).toEqual([]);
  });
});
