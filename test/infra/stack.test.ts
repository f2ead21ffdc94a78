import type { App, CfnElement } from 'aws-cdk-lib';
import { Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXEC_WRAPPER_PATH } from '../../infra/constructs/exec-wrapper.ts';
import { USER_GROUPS } from '../../infra/constructs/identity.ts';
import {
  AUDIT_DENIED_ACTIONS,
  AUDIT_RETENTION_FUNCTIONS,
  buildApp,
  COGNITO_ADMIN_ACCESS,
  CUSTOM_MESSAGE_FUNCTION,
  DEFAULT_MAIL_DOMAIN,
  IMPORTS_FUNCTION,
  INACTIVE_ACCOUNTS_FUNCTION,
  MAIL_SENDERS,
  NOTIFICATION_SCHEDULE_FUNCTION,
  NOTIFICATIONS_FUNCTION,
  POST_CONFIRMATION_FUNCTION,
  type QuartiershilfeStack,
  STATISTICS_FUNCTION,
  TABLE_ACCESS,
  TABLE_EVENTS_FUNCTION,
} from '../../infra/stack.ts';
import { candidateSourceOf } from '../../shared/candidates/candidate-keys.ts';
import { keyAttributeNames, TABLE } from '../../shared/db/table.ts';
import { DEFAULT_ROUTE } from '../../shared/gateway/gateway-route.ts';
import { discoverHttpFunctions, type HttpFunctionSpec } from '../../shared/gateway/http-functions.ts';
import { templateStack } from '../support/template-stack.ts';

type Json = any;
type Resources = Record<string, Json>;

/** /api routes that are public at the gateway by design; every other /api route needs the JWT. */
const PUBLIC_API = [
  /^\/api\/auth\//,
  /^\/api\/quarters$/,
  /^\/api\/skills$/,
  /^\/api\/languages$/,
  /^\/api\/consent$/,
  /^\/api\/openapi\.json$/,
];

const WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

let app: App;
let stack: QuartiershilfeStack;
let template: Template;
let resources: Resources;
let httpFunctions: HttpFunctionSpec[];

const ofType = (type: string): [string, Json][] => Object.entries(resources).filter(([, r]) => r.Type === type);
const only = (type: string): Json => {
  const found = ofType(type);
  expect(found, type).toHaveLength(1);
  return (found[0] as [string, Json])[1];
};
const logicalId = (element: unknown): string => stack.resolve(stack.getLogicalId(element as CfnElement));
/** The event source mapping that feeds the function of this folder. */
const mappingOf = (name: string): Json => {
  const found = ofType('AWS::Lambda::EventSourceMapping').filter(
    ([, m]) => m.Properties.FunctionName.Ref === functionId(name),
  );
  expect(found, name).toHaveLength(1);
  return (found[0] as [string, Json])[1];
};
const functionId = (name: string): string => {
  const fn = stack.functions.get(name);
  if (!fn) throw new Error(`no function ${name}`);
  return logicalId(fn.fn.node.defaultChild);
};
const roleId = (name: string): string => {
  const fn = stack.functions.get(name);
  if (!fn) throw new Error(`no function ${name}`);
  return logicalId(fn.role.node.defaultChild);
};
const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Every statement of every policy attached to the role (inline, AWS::IAM::Policy), plus managed policy ARNs. */
function roleStatements(role: string): { statements: Json[]; managed: Json[] } {
  const roleResource = resources[role];
  const statements: Json[] = [];
  for (const policy of asArray<Json>(roleResource.Properties.Policies))
    statements.push(...policy.PolicyDocument.Statement);
  for (const [, policy] of ofType('AWS::IAM::Policy')) {
    if (policy.Properties.Roles.some((r: Json) => r.Ref === role))
      statements.push(...policy.Properties.PolicyDocument.Statement);
  }
  return { statements, managed: asArray(roleResource.Properties.ManagedPolicyArns) };
}
/** The Deny that keeps audit items append-only (see the describe block 'audit trail'). */
const isAuditDeny = (s: Json): boolean =>
  s.Effect === 'Deny' && s.Condition?.['ForAnyValue:StringLike']?.['dynamodb:LeadingKeys'] !== undefined;
/** A function's DynamoDB statements, in order, without the audit trail's deny (pinned on its own). */
const tableStatements = (fn: string): Json[] =>
  roleStatements(roleId(fn)).statements.filter(
    (s) => asArray<string>(s.Action).some((a) => a.startsWith('dynamodb:')) && !isAuditDeny(s),
  );
const allowedActions = (role: string): string[] =>
  roleStatements(role)
    .statements.filter((s) => s.Effect === 'Allow')
    .flatMap((s) => asArray<string>(s.Action));

beforeAll(async () => {
  ({ app, stack, template, resources } = await templateStack());
  httpFunctions = await discoverHttpFunctions();
});

it('runs on the pinned Node 24', () => {
  expect(process.versions.node.split('.')[0]).toBe('24');
});

describe('table', () => {
  it('is built from TABLE: keys, attribute types, indexes with projection ALL', () => {
    const table = only('AWS::DynamoDB::GlobalTable');
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
    ]);
    expect(table.Properties.AttributeDefinitions).toEqual(
      keyAttributeNames().map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    );
    expect(table.Properties.GlobalSecondaryIndexes).toHaveLength(TABLE.globalSecondaryIndexes.length);
    for (const index of TABLE.globalSecondaryIndexes) {
      expect(table.Properties.GlobalSecondaryIndexes).toContainEqual({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      });
    }
  });

  it('is on-demand, streams, expires items, and is protected against loss', () => {
    const table = only('AWS::DynamoDB::GlobalTable');
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.StreamSpecification).toEqual({ StreamViewType: TABLE.stream });
    expect(table.Properties.TimeToLiveSpecification).toEqual({
      AttributeName: TABLE.timeToLiveAttribute,
      Enabled: true,
    });
    expect(table.Properties.Replicas).toHaveLength(1);
    expect(table.Properties.Replicas[0]).toMatchObject({
      DeletionProtectionEnabled: true,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      Region: 'eu-central-1',
    });
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });
});

describe('identity', () => {
  it('has a user pool with e-mail sign-in, a strong password policy and deletion protection', () => {
    const pool = only('AWS::Cognito::UserPool');
    expect(pool.Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
    });
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
    expect(pool.Properties.AutoVerifiedAttributes).toEqual(['email']);
    expect(pool.Properties.Schema).toContainEqual(expect.objectContaining({ Name: 'email', Required: true }));
    expect(pool.Properties.AccountRecoverySetting).toEqual({
      RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }],
    });
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(false);
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
    expect(pool.Properties.UserPoolTier).toBe('PLUS');
    expect(pool.Properties.UserPoolAddOns).toEqual({ AdvancedSecurityMode: 'AUDIT' });
    expect(pool.Properties.MfaConfiguration).toBe('OFF');
  });

  it('has exactly the four role groups', () => {
    const names = ofType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName);
    expect(names.sort()).toEqual(['admin', 'initiative', 'manager', 'volunteer']);
    expect([...USER_GROUPS].sort()).toEqual(names);
  });

  it('has one app client without a secret, for USER_PASSWORD_AUTH and refresh, with short-lived tokens', () => {
    const client = only('AWS::Cognito::UserPoolClient');
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties.ExplicitAuthFlows.sort()).toEqual([
      'ALLOW_REFRESH_TOKEN_AUTH',
      'ALLOW_USER_PASSWORD_AUTH',
    ]);
    expect(client.Properties.PreventUserExistenceErrors).toBe('ENABLED');
    expect(client.Properties.AllowedOAuthFlowsUserPoolClient).toBe(false);
    // A JWT cannot be revoked: a signed-out or demoted API client keeps its token's roles this long
    // (README, "Sessions and tokens"). Refresh tokens (revocable) last a working day.
    expect(client.Properties).toMatchObject({
      AccessTokenValidity: 15,
      IdTokenValidity: 15,
      RefreshTokenValidity: 720,
      TokenValidityUnits: { AccessToken: 'minutes', IdToken: 'minutes', RefreshToken: 'minutes' },
      EnableTokenRevocation: true,
    });
  });

  it('calls the post-confirmation and custom-message functions, which Cognito may invoke', () => {
    const trigger = functionId(POST_CONFIRMATION_FUNCTION);
    const customMessage = functionId(CUSTOM_MESSAGE_FUNCTION);
    const pool = only('AWS::Cognito::UserPool');
    expect(pool.Properties.LambdaConfig).toEqual({
      PostConfirmation: { 'Fn::GetAtt': [trigger, 'Arn'] },
      CustomMessage: { 'Fn::GetAtt': [customMessage, 'Arn'] },
    });
    for (const fn of [trigger, customMessage]) {
      template.hasResourceProperties('AWS::Lambda::Permission', {
        FunctionName: { 'Fn::GetAtt': [fn, 'Arn'] },
        Principal: 'cognito-idp.amazonaws.com',
        SourceArn: { 'Fn::GetAtt': [logicalId(stack.identity.userPool.node.defaultChild), 'Arn'] },
      });
    }
  });

  it("keeps the German and English templates, with Cognito's placeholders, for when the trigger writes none", () => {
    const pool = only('AWS::Cognito::UserPool');
    expect(pool.Properties.VerificationMessageTemplate.EmailMessage).toContain('Ihr Bestätigungscode');
    expect(pool.Properties.VerificationMessageTemplate.EmailMessage).toContain('{####}');
    const invitation = pool.Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage;
    expect(invitation).toContain('{username}');
    expect(invitation).toContain('{####}');
  });
});

describe('HTTP API', () => {
  it('has a JWT authorizer for the pool issuer with the client as audience', () => {
    const authorizer = only('AWS::ApiGatewayV2::Authorizer');
    const poolId = logicalId(stack.identity.userPool.node.defaultChild);
    expect(authorizer.Properties.AuthorizerType).toBe('JWT');
    expect(authorizer.Properties.IdentitySource).toEqual(['$request.header.Authorization']);
    expect(authorizer.Properties.JwtConfiguration).toEqual({
      Audience: [{ Ref: logicalId(stack.identity.client.node.defaultChild) }],
      Issuer: { 'Fn::Join': ['', ['https://cognito-idp.eu-central-1.amazonaws.com/', { Ref: poolId }]] },
    });
  });

  it('protects every /api route with the JWT authorizer except the public ones', () => {
    only('AWS::ApiGatewayV2::Authorizer');
    const authorizerId = ofType('AWS::ApiGatewayV2::Authorizer')[0]?.[0];
    const routes = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties);
    const apiRoutes = routes.filter((r) => r.RouteKey.split(' ')[1]?.startsWith('/api/'));
    expect(apiRoutes.length).toBeGreaterThan(0);
    let protectedCount = 0;
    for (const route of apiRoutes) {
      const path = route.RouteKey.split(' ')[1];
      if (PUBLIC_API.some((pattern) => pattern.test(path))) {
        expect(route.AuthorizationType, route.RouteKey).toBe('NONE');
      } else {
        protectedCount++;
        expect(route.AuthorizationType, route.RouteKey).toBe('JWT');
        expect(route.AuthorizerId, route.RouteKey).toEqual({ Ref: authorizerId });
      }
    }
    expect(routes.map((r) => r.RouteKey)).toContain('ANY /api/volunteers/{proxy+}');
    // The managers' volunteer search: the bare path, GET only, behind the authorizer too.
    expect(routes.map((r) => r.RouteKey)).toContain('GET /api/volunteers');
    expect(protectedCount).toBeGreaterThan(0);
    // Pages and the 404 route carry a cookie, not a token: public at the gateway.
    for (const route of routes.filter((r) => !r.RouteKey.includes(' /api/'))) {
      expect(route.AuthorizationType, route.RouteKey).toBe('NONE');
    }
  });

  it('has exactly the routes of the gateway.ts descriptors, each integrated with its own function', () => {
    const integrationTarget = new Map<string, string>();
    for (const [id, integration] of ofType('AWS::ApiGatewayV2::Integration')) {
      expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
      integrationTarget.set(id, integration.Properties.IntegrationUri['Fn::GetAtt'][0]);
    }
    const actual = new Map<string, string>();
    for (const [, route] of ofType('AWS::ApiGatewayV2::Route')) {
      const integrationId = route.Properties.Target['Fn::Join'][1][1].Ref;
      actual.set(route.Properties.RouteKey, integrationTarget.get(integrationId) as string);
    }
    const expected = new Map<string, string>();
    for (const spec of httpFunctions) {
      for (const route of spec.routes) {
        for (const method of route.methods) {
          const key = route.path === DEFAULT_ROUTE ? DEFAULT_ROUTE : `${method} ${route.path}`;
          expected.set(key, functionId(spec.name));
        }
      }
    }
    expect(Object.fromEntries(actual)).toEqual(Object.fromEntries(expected));
    expect(actual.get('$default')).toBe(functionId('accounts'));
    expect(actual.get('GET /api/openapi.json')).toBe(functionId('docs'));
    expect(actual.get('GET /api/quarters')).toBe(functionId('catalog'));
    // Export and erasure of one's own data sit under the volunteers function's paths: API Gateway
    // takes the more specific route, and other methods on them still reach the volunteers function.
    for (const key of [
      'GET /api/volunteers/me/export',
      'DELETE /api/volunteers/me/account',
      'GET /profile/export',
      'GET /profile/account/delete',
      'POST /profile/account/delete',
      'GET /profile/account/deleted',
    ]) {
      expect(actual.get(key), key).toBe(functionId('privacy'));
    }
    expect(actual.get('ANY /api/volunteers/{proxy+}')).toBe(functionId('volunteers'));
    expect(actual.get('ANY /profile/{proxy+}')).toBe(functionId('volunteers'));
    // The volunteer's steps are routes of their own beside the needs function's greedy /api/needs route.
    expect(actual.get('POST /api/needs/{needId}/me/{action}')).toBe(functionId('dashboard'));
    expect(actual.get('POST /api/needs/{needId}/absences')).toBe(functionId('dashboard'));
    expect(actual.get('POST /api/needs/{needId}/dates/{date}/me/{action}')).toBe(functionId('dashboard'));
    expect(actual.get('ANY /api/needs/{proxy+}')).toBe(functionId('needs'));
    // The managers' desk is the manage function's; a need's own pages are the needs function's,
    // except the need form, whose exact and single-variable routes API Gateway prefers.
    expect(actual.get('ANY /manage')).toBe(functionId('manage'));
    expect(actual.get('ANY /manage/{proxy+}')).toBe(functionId('manage'));
    expect(actual.get('ANY /manage/needs/new')).toBe(functionId('manage'));
    expect(actual.get('ANY /manage/needs/{needId}/edit')).toBe(functionId('manage'));
    expect(actual.get('ANY /api/calendar/{proxy+}')).toBe(functionId('manage'));
    expect(actual.get('ANY /manage/needs/{proxy+}')).toBe(functionId('needs'));
  });

  it('throttles and access-logs its one $default stage', () => {
    const stage = only('AWS::ApiGatewayV2::Stage');
    expect(stage.Properties.StageName).toBe('$default');
    expect(stage.Properties.AutoDeploy).toBe(true);
    expect(stage.Properties.DefaultRouteSettings).toEqual({ ThrottlingBurstLimit: 100, ThrottlingRateLimit: 50 });
    const logGroup = stage.Properties.AccessLogSettings.DestinationArn['Fn::GetAtt'][0];
    expect(resources[logGroup].Type).toBe('AWS::Logs::LogGroup');
    expect(resources[logGroup].Properties.RetentionInDays).toBe(30);
    expect(JSON.parse(stage.Properties.AccessLogSettings.Format)).toMatchObject({
      requestId: '$context.requestId',
      status: '$context.status',
    });
  });
});

describe('functions', () => {
  it('are one per HTTP function folder plus the Cognito trigger, the stream consumer and the scheduled jobs, all Node.js 24 on arm64', () => {
    const functions = ofType('AWS::Lambda::Function');
    expect(httpFunctions.map((f) => f.name)).toEqual(
      expect.arrayContaining(['accounts', 'catalog', 'docs', 'volunteers']),
    );
    expect(functions.map(([id]) => id).sort()).toEqual(
      [
        ...httpFunctions.map((f) => functionId(f.name)),
        functionId(POST_CONFIRMATION_FUNCTION),
        functionId(CUSTOM_MESSAGE_FUNCTION),
        functionId(TABLE_EVENTS_FUNCTION),
        functionId(NOTIFICATIONS_FUNCTION),
        functionId(STATISTICS_FUNCTION),
        functionId(IMPORTS_FUNCTION),
        functionId(INACTIVE_ACCOUNTS_FUNCTION),
        functionId(NOTIFICATION_SCHEDULE_FUNCTION),
      ].sort(),
    );
    for (const [id, fn] of functions) {
      expect(fn.Properties, id).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        MemorySize: 512,
        Handler: 'index.handler',
      });
      // No --enable-source-maps: it costs a fifth more CPU per cold start (bench/README.md).
      expect(fn.Properties.Environment?.Variables?.NODE_OPTIONS, id).toBeUndefined();
      // The V8 options NODE_OPTIONS refuses, through the wrapper beside each bundle (infra/constructs/exec-wrapper.ts).
      expect(fn.Properties.Environment?.Variables?.AWS_LAMBDA_EXEC_WRAPPER, id).toBe(EXEC_WRAPPER_PATH);
      expect(fn.Properties.Environment?.Variables?.AWS_REGION, id).toBeUndefined();
      const logGroup = fn.Properties.LoggingConfig.LogGroup.Ref;
      expect(resources[logGroup].Properties.RetentionInDays, id).toBe(30);
    }
  });

  it('give HTTP functions the table and pool names, 10 s; the trigger 5 s and no pool reference', () => {
    for (const spec of httpFunctions) {
      const fn = resources[functionId(spec.name)].Properties;
      expect(fn.Timeout).toBe(10);
      expect(fn.Environment.Variables).toMatchObject({
        TABLE_NAME: { Ref: logicalId(stack.table.node.defaultChild) },
        USER_POOL_ID: { Ref: logicalId(stack.identity.userPool.node.defaultChild) },
        USER_POOL_CLIENT_ID: { Ref: logicalId(stack.identity.client.node.defaultChild) },
      });
      expect(fn.Environment.Variables.COOKIE_SECURE).toBeUndefined();
      expect(fn.Environment.Variables.LOCAL_PLATFORM).toBeUndefined();
      expect(fn.Environment.Variables.SHOW_QUERY_COST).toBeUndefined();
    }
    for (const name of [POST_CONFIRMATION_FUNCTION, CUSTOM_MESSAGE_FUNCTION]) {
      const trigger = resources[functionId(name)].Properties;
      expect(trigger.Timeout, name).toBe(5);
      // Nothing that refers to the pool (pool -> trigger -> pool): only the exec wrapper.
      expect(trigger.Environment.Variables, name).toEqual({ AWS_LAMBDA_EXEC_WRAPPER: EXEC_WRAPPER_PATH });
    }
  });

  it('give the stream consumer the same environment as the HTTP functions and 5 minutes', () => {
    const consumer = resources[functionId(TABLE_EVENTS_FUNCTION)].Properties;
    expect(consumer.Timeout).toBe(300);
    expect(consumer.Environment.Variables).toEqual(
      resources[functionId('volunteers')].Properties.Environment.Variables,
    );
    expect(consumer.Environment.Variables).toEqual({
      AWS_LAMBDA_EXEC_WRAPPER: EXEC_WRAPPER_PATH,
      TABLE_NAME: { Ref: logicalId(stack.table.node.defaultChild) },
      USER_POOL_ID: { Ref: logicalId(stack.identity.userPool.node.defaultChild) },
      USER_POOL_CLIENT_ID: { Ref: logicalId(stack.identity.client.node.defaultChild) },
    });
  });

  it('have an errors alarm each, and the API one on 5xx', () => {
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    for (const name of stack.functions.keys()) {
      expect(alarms, name).toContainEqual(
        expect.objectContaining({
          MetricName: 'Errors',
          Namespace: 'AWS/Lambda',
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: functionId(name) } }],
        }),
      );
    }
    expect(alarms).toContainEqual(expect.objectContaining({ MetricName: '5xx', Namespace: 'AWS/ApiGateway' }));
  });
});

/** How every consumer of the table's stream reads it: in order, partial batch failures, retries, bisection. */
const STREAM_CONSUMER_SETTINGS = {
  StartingPosition: 'TRIM_HORIZON',
  BatchSize: 100,
  ParallelizationFactor: 1,
  BisectBatchOnFunctionError: true,
  FunctionResponseTypes: ['ReportBatchItemFailures'],
  MaximumRetryAttempts: 10,
  MaximumRecordAgeInSeconds: 6 * 3600,
};

describe('table stream', () => {
  const queueId = () => logicalId(stack.tableEvents.deadLetterQueue.node.defaultChild);

  it('feeds the stream consumer in order, with partial batch failures, retries and bisection', () => {
    const mapping = mappingOf(TABLE_EVENTS_FUNCTION);
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.table.node.defaultChild), 'StreamArn'] },
      FunctionName: { Ref: functionId(TABLE_EVENTS_FUNCTION) },
      ...STREAM_CONSUMER_SETTINGS,
    });
  });

  it('lets through only PROFILE and SAFEGUARDING records, the ones the consumer handles', () => {
    const mapping = mappingOf(TABLE_EVENTS_FUNCTION);
    const filters = mapping.Properties.FilterCriteria.Filters;
    expect(filters).toHaveLength(1);
    const pattern = JSON.parse(filters[0].Pattern);
    expect(pattern).toEqual({ dynamodb: { Keys: { SK: { S: ['PROFILE', 'SAFEGUARDING'] } } } });
    for (const sk of pattern.dynamodb.Keys.SK.S) expect(candidateSourceOf({ pk: 'VOLUNTEER#v1', sk }), sk).toBe('v1');
    expect(candidateSourceOf({ pk: 'VOLUNTEER#v1', sk: 'CAND#A#*#MO#09#*#18:00' })).toBeUndefined();
  });

  it('sends given-up batches to an encrypted, SSL-only queue kept 14 days, and alarms on it', () => {
    const mapping = mappingOf(TABLE_EVENTS_FUNCTION);
    expect(mapping.Properties.DestinationConfig).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': [queueId(), 'Arn'] } },
    });
    // Its own queue (the daily job has another).
    const queue = resources[queueId()];
    expect(queue.Type).toBe('AWS::SQS::Queue');
    expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    const policy = ofType('AWS::SQS::QueuePolicy')
      .map(([, p]) => p)
      .find((p) => p.Properties.Queues.some((q: Json) => q.Ref === queueId()));
    expect(policy.Properties.Queues).toEqual([{ Ref: queueId() }]);
    expect(policy.Properties.PolicyDocument.Statement).toContainEqual({
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 'sqs:*',
      Resource: { 'Fn::GetAtt': [queueId(), 'Arn'] },
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    });
    const alarms = ofType('AWS::CloudWatch::Alarm').map(([, a]) => a.Properties);
    expect(alarms).toContainEqual(
      expect.objectContaining({
        Namespace: 'AWS/SQS',
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId(), 'QueueName'] } }],
        Statistic: 'Maximum',
        ComparisonOperator: 'GreaterThanThreshold',
        Threshold: 0,
      }),
    );
  });
});

describe('notifications stream', () => {
  it('feeds the notifier like the candidate index, beside it, with new match and need events, notices and account-exists notices only', () => {
    const mapping = mappingOf(NOTIFICATIONS_FUNCTION);
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.table.node.defaultChild), 'StreamArn'] },
      ...STREAM_CONSUMER_SETTINGS,
    });
    const filters = mapping.Properties.FilterCriteria.Filters;
    expect(filters).toHaveLength(1);
    expect(JSON.parse(filters[0].Pattern)).toEqual({
      eventName: ['INSERT'],
      dynamodb: { Keys: { SK: { S: ['NOTICE', 'ACCOUNT_EXISTS', { prefix: 'EVENT#' }] } } },
    });
  });

  it("parks given-up batches in the table events' dead-letter queue, under its alarm (no second queue)", () => {
    const queue = logicalId(stack.tableEvents.deadLetterQueue.node.defaultChild);
    expect(mappingOf(NOTIFICATIONS_FUNCTION).Properties.DestinationConfig).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } },
    });
    expect(stack.notifications.deadLetterQueue).toBe(stack.tableEvents.deadLetterQueue);
    expect(stack.notifications.deadLetterAlarm).toBe(stack.tableEvents.deadLetterAlarm);
  });

  it('gives the notifier the mail environment and 5 minutes', () => {
    const fn = resources[functionId(NOTIFICATIONS_FUNCTION)].Properties;
    expect(fn.Timeout).toBe(300);
    expect(Object.keys(fn.Environment.Variables).sort()).toEqual(
      [
        'AWS_LAMBDA_EXEC_WRAPPER',
        'MAIL_CONFIGURATION_SET',
        'MAIL_FROM',
        'PUBLIC_URL',
        'TABLE_NAME',
        'USER_POOL_CLIENT_ID',
        'USER_POOL_ID',
      ].sort(),
    );
  });

  it('lets the notifier read and conditionally write the table, query only GSI1, and read its stream', () => {
    const table = logicalId(stack.table.node.defaultChild);
    const dynamo = tableStatements(NOTIFICATIONS_FUNCTION);
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:GetItem',
          'dynamodb:Query',
          'dynamodb:BatchGetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
        ],
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
      },
      expect.objectContaining({ Effect: 'Deny', Action: 'dynamodb:Scan' }),
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, '/index/GSI1']] },
      },
      { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: { 'Fn::GetAtt': [table, 'StreamArn'] } },
      {
        Effect: 'Allow',
        Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        Resource: { 'Fn::GetAtt': [table, 'StreamArn'] },
      },
    ]);
    const allowed = allowedActions(roleId(NOTIFICATIONS_FUNCTION));
    expect(allowed.filter((a) => /Scan|Delete|BatchWrite|\*/.test(a))).toEqual([]);
  });
});

describe('statistics stream', () => {
  it('feeds the statistics consumer beside the others, with the records of its sources only', () => {
    const mapping = mappingOf(STATISTICS_FUNCTION);
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.table.node.defaultChild), 'StreamArn'] },
      ...STREAM_CONSUMER_SETTINGS,
    });
    const filters = mapping.Properties.FilterCriteria.Filters;
    expect(filters).toHaveLength(1);
    expect(JSON.parse(filters[0].Pattern)).toEqual({
      dynamodb: { Keys: { SK: { S: ['PROFILE', 'LEDGER', 'SAFEGUARDING', 'NEED'] } } },
    });
  });

  it("parks given-up batches in the table events' dead-letter queue, under its alarm", () => {
    const queue = logicalId(stack.tableEvents.deadLetterQueue.node.defaultChild);
    expect(mappingOf(STATISTICS_FUNCTION).Properties.DestinationConfig).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': [queue, 'Arn'] } },
    });
    expect(stack.statistics.deadLetterQueue).toBe(stack.tableEvents.deadLetterQueue);
    expect(stack.statistics.deadLetterAlarm).toBe(stack.tableEvents.deadLetterAlarm);
  });

  it('lets it get, query, put and update the table (no index, no delete, no Scan) and read its stream', () => {
    const table = logicalId(stack.table.node.defaultChild);
    const dynamo = tableStatements(STATISTICS_FUNCTION);
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
      },
      expect.objectContaining({ Effect: 'Deny', Action: 'dynamodb:Scan' }),
      { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: { 'Fn::GetAtt': [table, 'StreamArn'] } },
      {
        Effect: 'Allow',
        Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        Resource: { 'Fn::GetAtt': [table, 'StreamArn'] },
      },
    ]);
    const fn = resources[functionId(STATISTICS_FUNCTION)].Properties;
    expect(Object.keys(fn.Environment.Variables).sort()).toEqual([
      'AWS_LAMBDA_EXEC_WRAPPER',
      'TABLE_NAME',
      'USER_POOL_CLIENT_ID',
      'USER_POOL_ID',
    ]);
  });
});

describe('import job stream', () => {
  it('feeds the import job one import record turning queued at a time, retried twice, never bisected', () => {
    const mapping = mappingOf(IMPORTS_FUNCTION);
    expect(mapping.Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalId(stack.table.node.defaultChild), 'StreamArn'] },
      ...STREAM_CONSUMER_SETTINGS,
      BatchSize: 1,
      BisectBatchOnFunctionError: false,
      MaximumRetryAttempts: 2,
    });
    const filters = mapping.Properties.FilterCriteria.Filters;
    expect(filters).toHaveLength(1);
    expect(JSON.parse(filters[0].Pattern)).toEqual({
      eventName: ['MODIFY'],
      dynamodb: { Keys: { SK: { S: ['IMPORT'] } }, NewImage: { state: { S: ['queued'] } } },
    });
    expect(mapping.Properties.DestinationConfig).toEqual({
      OnFailure: {
        Destination: { 'Fn::GetAtt': [logicalId(stack.tableEvents.deadLetterQueue.node.defaultChild), 'Arn'] },
      },
    });
  });

  it('gives it 15 minutes, the table and pool names, and the table actions it calls (no index, no Scan)', () => {
    const fn = resources[functionId(IMPORTS_FUNCTION)].Properties;
    expect(fn.Timeout).toBe(900);
    expect(Object.keys(fn.Environment.Variables).sort()).toEqual([
      'AWS_LAMBDA_EXEC_WRAPPER',
      'TABLE_NAME',
      'USER_POOL_CLIENT_ID',
      'USER_POOL_ID',
    ]);
    const table = logicalId(stack.table.node.defaultChild);
    const dynamo = tableStatements(IMPORTS_FUNCTION);
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:Query',
          'dynamodb:BatchGetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
          'dynamodb:DeleteItem',
        ],
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
      },
      expect.objectContaining({ Effect: 'Deny', Action: 'dynamodb:Scan' }),
      { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: { 'Fn::GetAtt': [table, 'StreamArn'] } },
      {
        Effect: 'Allow',
        Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        Resource: { 'Fn::GetAtt': [table, 'StreamArn'] },
      },
    ]);
  });
});

describe('IAM (least privilege)', () => {
  it('uses no AWS managed policies and lets each function write only its own log group', () => {
    for (const name of stack.functions.keys()) {
      const { statements, managed } = roleStatements(roleId(name));
      expect(managed, name).toEqual([]);
      const logStatements = statements.filter((s) => asArray<string>(s.Action).some((a) => a.startsWith('logs:')));
      expect(logStatements, name).toEqual([
        {
          Effect: 'Allow',
          Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
          Resource: { 'Fn::GetAtt': [resources[functionId(name)].Properties.LoggingConfig.LogGroup.Ref, 'Arn'] },
        },
      ]);
    }
  });

  it('gives docs no table access, catalog read only, accounts, volunteers and privacy read/write', () => {
    expect(allowedActions(roleId('docs')).filter((a) => a.startsWith('dynamodb:'))).toEqual([]);
    const catalog = allowedActions(roleId('catalog'));
    expect(catalog).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:Query']));
    const catalogDynamo = catalog.filter((a) => a.startsWith('dynamodb:'));
    expect(catalogDynamo.filter((a) => WRITE_ACTIONS.includes(a) || /Write|Put|Update|Delete/.test(a))).toEqual([]);
    for (const name of ['accounts', 'volunteers', 'privacy']) {
      expect(allowedActions(roleId(name)), name).toEqual(expect.arrayContaining(['dynamodb:Query', ...WRITE_ACTIONS]));
    }
    // Every function with table access is denied Scan (DESIGN.md: no Scan on request paths).
    for (const name of Object.keys(TABLE_ACCESS)) {
      const deny = roleStatements(roleId(name)).statements.filter((s) => s.Effect === 'Deny' && !isAuditDeny(s));
      expect(deny, name).toEqual([expect.objectContaining({ Action: 'dynamodb:Scan' })]);
    }
  });

  it('lets the stream consumer get, query and batch-write the table (no index, no Scan) and read its stream', () => {
    const table = logicalId(stack.table.node.defaultChild);
    const dynamo = tableStatements(TABLE_EVENTS_FUNCTION);
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem'],
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
      },
      expect.objectContaining({ Effect: 'Deny', Action: 'dynamodb:Scan' }),
      { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: { 'Fn::GetAtt': [table, 'StreamArn'] } },
      {
        Effect: 'Allow',
        Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        Resource: { 'Fn::GetAtt': [table, 'StreamArn'] },
      },
    ]);
    const allowed = allowedActions(roleId(TABLE_EVENTS_FUNCTION));
    expect(allowed).toContain('dynamodb:BatchWriteItem');
    expect(allowed.filter((a) => /Scan|\*/.test(a))).toEqual([]);
    expect(allowed.filter((a) => a.startsWith('sqs:'))).toEqual([
      'sqs:SendMessage',
      'sqs:GetQueueAttributes',
      'sqs:GetQueueUrl',
    ]);
  });

  it("lets the notice job (and automatic cover's sweep) read and conditionally write the table, query only GSI1, never delete", () => {
    const table = logicalId(stack.table.node.defaultChild);
    const dynamo = tableStatements(NOTIFICATION_SCHEDULE_FUNCTION);
    expect(dynamo).toEqual([
      {
        Effect: 'Allow',
        Action: [
          'dynamodb:Query',
          'dynamodb:GetItem',
          'dynamodb:BatchGetItem',
          'dynamodb:PutItem',
          'dynamodb:UpdateItem',
        ],
        Resource: { 'Fn::GetAtt': [table, 'Arn'] },
      },
      expect.objectContaining({ Effect: 'Deny', Action: 'dynamodb:Scan' }),
      {
        Effect: 'Allow',
        Action: 'dynamodb:Query',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [table, 'Arn'] }, '/index/GSI1']] },
      },
    ]);
    const allowed = allowedActions(roleId(NOTIFICATION_SCHEDULE_FUNCTION));
    expect(allowed.filter((a) => /Scan|Delete|BatchWrite|\*/.test(a))).toEqual([]);
  });

  it('gives Cognito admin actions only to the functions in COGNITO_ADMIN_ACCESS, exactly those, on this pool', () => {
    const pool = { 'Fn::GetAtt': [logicalId(stack.identity.userPool.node.defaultChild), 'Arn'] };
    expect(COGNITO_ADMIN_ACCESS).toEqual({
      staff: [
        'cognito-idp:AdminCreateUser',
        'cognito-idp:AdminAddUserToGroup',
        'cognito-idp:ListUsersInGroup',
        'cognito-idp:AdminListGroupsForUser',
        'cognito-idp:AdminRemoveUserFromGroup',
        'cognito-idp:AdminDisableUser',
        'cognito-idp:AdminEnableUser',
      ],
      accounts: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminUpdateUserAttributes'],
      privacy: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminDeleteUser'],
      [INACTIVE_ACCOUNTS_FUNCTION]: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminDeleteUser'],
      [NOTIFICATIONS_FUNCTION]: ['cognito-idp:AdminGetUser'],
      dashboard: ['cognito-idp:AdminGetUser'],
      [IMPORTS_FUNCTION]: [
        'cognito-idp:AdminCreateUser',
        'cognito-idp:AdminAddUserToGroup',
        'cognito-idp:AdminGetUser',
      ],
    });
    for (const [name, actions] of Object.entries(COGNITO_ADMIN_ACCESS)) {
      const cognito = roleStatements(roleId(name)).statements.filter((s) =>
        asArray<string>(s.Action).some((action) => action.startsWith('cognito-idp:')),
      );
      // CloudFormation holds a single action as a string.
      const action = actions.length === 1 ? actions[0] : actions;
      expect(cognito, name).toEqual([{ Effect: 'Allow', Action: action, Resource: pool }]);
    }
    for (const name of stack.functions.keys()) {
      if (name in COGNITO_ADMIN_ACCESS || name === POST_CONFIRMATION_FUNCTION) continue;
      expect(
        allowedActions(roleId(name)).filter((action) => action.startsWith('cognito-idp:')),
        name,
      ).toEqual([]);
    }
  });

  it('gives the custom-message trigger nothing but its own log group (no table, no pool, no mail)', () => {
    const nonLog = roleStatements(roleId(CUSTOM_MESSAGE_FUNCTION)).statements.filter(
      (s) => !asArray<string>(s.Action).some((a) => a.startsWith('logs:')) && !isAuditDeny(s),
    );
    expect(nonLog).toEqual([]);
    expect(CUSTOM_MESSAGE_FUNCTION in TABLE_ACCESS).toBe(false);
  });

  it('lets the trigger add users to groups of this pool and nothing else', () => {
    const role = roleId(POST_CONFIRMATION_FUNCTION);
    const nonLog = roleStatements(role).statements.filter(
      (s) => !asArray<string>(s.Action).some((a) => a.startsWith('logs:')) && !isAuditDeny(s),
    );
    expect(nonLog).toEqual([
      {
        Effect: 'Allow',
        Action: 'cognito-idp:AdminAddUserToGroup',
        Resource: { 'Fn::GetAtt': [logicalId(stack.identity.userPool.node.defaultChild), 'Arn'] },
      },
    ]);
  });
});

describe('audit trail (append-only)', () => {
  it('denies every function role updating, deleting and batch-writing items under AUDIT#, on the table', () => {
    expect(AUDIT_RETENTION_FUNCTIONS.size).toBe(0);
    const table = { 'Fn::GetAtt': [logicalId(stack.table.node.defaultChild), 'Arn'] };
    const functions = ofType('AWS::Lambda::Function');
    // Every function in the template, not only those the stack keeps a record of.
    expect(functions.length).toBe(stack.functions.size);
    for (const [id, fn] of functions) {
      const role = fn.Properties.Role['Fn::GetAtt'][0] as string;
      const denies = roleStatements(role).statements.filter(isAuditDeny);
      expect(denies, id).toEqual([
        {
          Effect: 'Deny',
          Action: expect.arrayContaining(['dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem']),
          Resource: table,
          Condition: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': ['AUDIT#*'] } },
        },
      ]);
      expect(denies[0].Action, id).toEqual([...AUDIT_DENIED_ACTIONS]);
    }
  });

  it('leaves no Allow on audit items that the Deny would have to win against by accident', () => {
    // A wildcard action would include actions the Deny does not list (e.g. a future write action).
    for (const name of stack.functions.keys()) {
      expect(
        allowedActions(roleId(name)).filter((a) => a === 'dynamodb:*' || a === '*'),
        name,
      ).toEqual([]);
    }
  });

  it('exempts exactly the functions named as the retention job', async () => {
    // The hook: a function named in AUDIT_RETENTION_FUNCTIONS gets no Deny, every other one does.
    const exempt = AUDIT_RETENTION_FUNCTIONS as Set<string>;
    exempt.add(TABLE_EVENTS_FUNCTION);
    try {
      const { stack: other } = await buildApp({ context: { 'aws:cdk:bundling-stacks': [] }, nag: false });
      const json = Template.fromStack(other).toJSON().Resources as Resources;
      const roleOf = (name: string) =>
        other.resolve(other.getLogicalId(other.functions.get(name)?.role.node.defaultChild as CfnElement));
      const statementsOf = (role: string) =>
        Object.values(json)
          .filter((r: Json) => r.Type === 'AWS::IAM::Policy' && r.Properties.Roles.some((x: Json) => x.Ref === role))
          .flatMap((r: Json) => r.Properties.PolicyDocument.Statement);
      expect(statementsOf(roleOf(TABLE_EVENTS_FUNCTION)).filter(isAuditDeny)).toEqual([]);
      expect(statementsOf(roleOf('volunteers')).filter(isAuditDeny)).toHaveLength(1);
    } finally {
      exempt.delete(TABLE_EVENTS_FUNCTION);
    }
  });
});

describe('e-mail (SES)', () => {
  it('has a domain identity with a configuration set that suppresses bounces and complaints', () => {
    const identity = only('AWS::SES::EmailIdentity');
    expect(identity.Properties.EmailIdentity).toBe(DEFAULT_MAIL_DOMAIN);
    expect(identity.Properties.ConfigurationSetAttributes).toEqual({
      ConfigurationSetName: { Ref: logicalId(stack.mail.configurationSet.node.defaultChild) },
    });
    const set = only('AWS::SES::ConfigurationSet');
    expect(set.Properties.SuppressionOptions.SuppressedReasons.sort()).toEqual(['BOUNCE', 'COMPLAINT']);
    expect(set.Properties.DeliveryOptions).toEqual({ TlsPolicy: 'REQUIRE' });
  });

  it('gives only the mail senders MAIL_FROM, the configuration set and the public URL', () => {
    // Not accounts (issue 13): the notifier mails the owner of an address someone signed up with.
    expect(MAIL_SENDERS).toEqual([INACTIVE_ACCOUNTS_FUNCTION, NOTIFICATIONS_FUNCTION]);
    for (const name of stack.functions.keys()) {
      const variables = resources[functionId(name)].Properties.Environment?.Variables ?? {};
      if (MAIL_SENDERS.includes(name)) {
        expect(variables.MAIL_FROM).toBe(`Quartiershilfe <noreply@${DEFAULT_MAIL_DOMAIN}>`);
        expect(variables.MAIL_CONFIGURATION_SET).toEqual({
          Ref: logicalId(stack.mail.configurationSet.node.defaultChild),
        });
        expect(JSON.stringify(variables.PUBLIC_URL)).toContain(logicalId(stack.httpApi.api.node.defaultChild));
      } else {
        expect(variables.MAIL_FROM, name).toBeUndefined();
        expect(variables.MAIL_CONFIGURATION_SET, name).toBeUndefined();
      }
    }
  });

  it('lets only the mail senders send, and only from this identity with this configuration set', () => {
    for (const name of stack.functions.keys()) {
      const ses = roleStatements(roleId(name)).statements.filter((s) =>
        asArray<string>(s.Action).some((action) => action.startsWith('ses:')),
      );
      if (!MAIL_SENDERS.includes(name)) {
        expect(ses, name).toEqual([]);
        continue;
      }
      expect(ses).toHaveLength(1);
      expect(ses[0].Effect).toBe('Allow');
      expect(ses[0].Action).toBe('ses:SendEmail');
      const resourcesJson = JSON.stringify(ses[0].Resource);
      expect(ses[0].Resource).toHaveLength(2);
      // The identity's Ref is its name (the domain).
      expect(resourcesJson).toContain(`:identity/",{"Ref":"${logicalId(stack.mail.identity.node.defaultChild)}"}`);
      expect(resourcesJson).toContain(':configuration-set/');
      expect(resourcesJson).toContain(logicalId(stack.mail.configurationSet.node.defaultChild));
      expect(resourcesJson).not.toContain('*');
    }
  });

  it('takes the sender domain from the CDK context', async () => {
    const { stack: other } = await buildApp({
      context: { 'aws:cdk:bundling-stacks': [], mailDomain: 'mail.wuppertal.example' },
      nag: false,
    });
    const identity = Object.values(Template.fromStack(other).toJSON().Resources as Resources).find(
      (r) => r.Type === 'AWS::SES::EmailIdentity',
    );
    expect(identity.Properties.EmailIdentity).toBe('mail.wuppertal.example');
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('passes: every finding is fixed or acknowledged', () => {
    const report = new AwsSolutionsChecks().validateScope(app);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
    expect(report.success).toBe(true);
  });

  it('acknowledges exactly the expected findings, each with a reason', () => {
    // Run the checks once more with acknowledgements invisible, to list what they hide.
    const key = Validations.ACKNOWLEDGED_RULES_METADATA_KEY;
    Object.defineProperty(Validations, 'ACKNOWLEDGED_RULES_METADATA_KEY', {
      value: 'ignored-in-this-test',
      configurable: true,
    });
    let raw: ReturnType<AwsSolutionsChecks['validateScope']>;
    try {
      raw = new AwsSolutionsChecks().validateScope(app);
    } finally {
      Object.defineProperty(Validations, 'ACKNOWLEDGED_RULES_METADATA_KEY', { value: key, configurable: true });
    }
    const tableId = logicalId(stack.table.node.defaultChild);
    const publicRoutes = httpFunctions.flatMap((f) =>
      f.routes.filter((r) => r.authorizer === 'none').flatMap((r) => r.methods),
    );
    // Only CDK's read/readwrite grants name the indexes; an explicit action list is on the table
    // alone (the notifier's one index is named, no wildcard; the notice job, the statistics
    // consumer and the import job read no index).
    const indexGrants = Object.values(TABLE_ACCESS).filter((access) => typeof access === 'string').length;
    expect(indexGrants).toBe(Object.keys(TABLE_ACCESS).length - 5);
    expect(Object.fromEntries(raw.violations.map((v) => [v.ruleName, v.violatingResources.length]))).toEqual({
      'AwsSolutions-COG2': 1,
      'AwsSolutions-APIG4': publicRoutes.length,
      [`AwsSolutions-IAM5[Resource::<${tableId}.Arn>/index/*]`]: indexGrants,
      'AwsSolutions-SQS3': 3,
      [`AwsSolutions-IAM5[Resource::<${functionId(INACTIVE_ACCOUNTS_FUNCTION)}.Arn>:*]`]: 1,
      [`AwsSolutions-IAM5[Resource::<${functionId(NOTIFICATION_SCHEDULE_FUNCTION)}.Arn>:*]`]: 1,
    });

    const reasons = app.node
      .findAll()
      .flatMap((c) => c.node.metadata.filter((m) => m.type === key).map((m) => Object.values(m.data as object)))
      .flat();
    expect(reasons.length).toBe(1 + publicRoutes.length + indexGrants + 3 + 2);
    for (const reason of reasons) expect(String(reason).length).toBeGreaterThan(40);
  });
});

it('exports the four stack outputs', () => {
  const outputs = template.toJSON().Outputs;
  expect(Object.keys(outputs).sort()).toEqual(['ApiUrl', 'TableName', 'UserPoolClientId', 'UserPoolId']);
  template.hasOutput('TableName', { Value: { Ref: logicalId(stack.table.node.defaultChild) } });
  template.hasOutput('UserPoolId', { Value: { Ref: logicalId(stack.identity.userPool.node.defaultChild) } });
  template.hasOutput('ApiUrl', { Value: Match.objectLike({ 'Fn::Join': Match.anyValue() }) });
});
