/**
 * Creates what the apps expect to exist on the local engines — the table and the user pool — idempotently, and
 * builds the PlatformConfig that points the apps at the local endpoints.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  CognitoIdentityProviderClient,
  ResourceNotFoundException as CognitoResourceNotFound,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ListGroupsCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import type { PlatformConfig } from '../../shared/config/env.ts';
import { cognitoIssuer } from '../../shared/config/env.ts';
import { createTableInput } from '../../shared/db/create-table-input.ts';
import { TABLE } from '../../shared/db/table.ts';

/**
 * Region for SDK clients against the local engines. Neither engine checks it; DynamoDB Local files its databases
 * under it (and the access key) unless started with -sharedDb.
 */
export const LOCAL_REGION = 'eu-central-1';
/** Neither engine checks credentials, but the SDK insists on having some. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

export const LOCAL_USER_POOL_NAME = 'quartiershilfe-local';
export const LOCAL_USER_POOL_CLIENT_NAME = 'quartiershilfe-web';
export const USER_GROUPS = ['volunteer', 'manager', 'initiative', 'admin'] as const;

/** `accessKeyId` picks the database on a DynamoDB Local without -sharedDb (PlatformConfig.dynamoAccessKeyId). */
export function localDynamoClient(
  endpoint: string,
  accessKeyId: string = LOCAL_CREDENTIALS.accessKeyId,
): DynamoDBClient {
  return new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS, accessKeyId } });
}

/**
 * maxAttempts 1: cognito-local answers unsupported operations with HTTP 500, which the SDK would otherwise retry
 * three times with back-off.
 */
export function localCognitoClient(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Creates the table from the shared definition if it is missing, waits until it and its indexes are ACTIVE, and
 * enables TTL on TABLE.timeToLiveAttribute. Safe to call on every start. Returns true when it created the table.
 */
export async function ensureTable(endpoint: string, tableName: string, accessKeyId?: string): Promise<boolean> {
  const client = localDynamoClient(endpoint, accessKeyId);
  try {
    let created = false;
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
    } catch (error) {
      if (!(error instanceof ResourceNotFoundException)) throw error;
      try {
        await client.send(new CreateTableCommand(createTableInput(tableName)));
        created = true;
      } catch (createError) {
        if (!(createError instanceof ResourceInUseException)) throw createError; // created concurrently
      }
    }
    const deadline = Date.now() + 30_000;
    for (;;) {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
      if (Table?.TableStatus === 'ACTIVE' && indexesActive) break;
      if (Date.now() > deadline) throw new Error(`Table ${tableName} did not become ACTIVE within 30 s`);
      await sleep(100);
    }
    const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
    const status = ttl.TimeToLiveDescription?.TimeToLiveStatus;
    if (status !== 'ENABLED' && status !== 'ENABLING') {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
        }),
      );
    }
    return created;
  } finally {
    client.destroy();
  }
}

export interface UserPoolState {
  userPoolId: string;
  clientId: string;
}

function readState(stateFile: string): Partial<UserPoolState> {
  try {
    const parsed = JSON.parse(fs.readFileSync(stateFile, 'utf8')) as Partial<UserPoolState>;
    return typeof parsed === 'object' && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

async function exists(probe: () => Promise<unknown>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (error) {
    if (error instanceof CognitoResourceNotFound) return false;
    throw error;
  }
}

/**
 * The local user pool, its web client (no secret) and the four groups. Created on the first run and remembered
 * in `stateFile` (JSON `{ userPoolId, clientId }`); reused on later runs while the pool still exists. Missing
 * pieces (client, groups) are recreated. Safe to call on every start.
 */
export async function ensureUserPool(cognitoEndpoint: string, stateFile: string): Promise<UserPoolState> {
  const client = localCognitoClient(cognitoEndpoint);
  try {
    const state = readState(stateFile);
    let userPoolId = state.userPoolId;
    if (userPoolId && !(await exists(() => client.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId }))))) {
      userPoolId = undefined;
    }
    if (!userPoolId) {
      const { UserPool } = await client.send(
        new CreateUserPoolCommand({
          PoolName: LOCAL_USER_POOL_NAME,
          UsernameAttributes: ['email'],
          AutoVerifiedAttributes: ['email'],
        }),
      );
      if (!UserPool?.Id) throw new Error('cognito-local created a user pool without an id');
      userPoolId = UserPool.Id;
    }
    const poolId = userPoolId;

    let clientId = state.userPoolId === poolId ? state.clientId : undefined;
    if (
      clientId &&
      !(await exists(() => client.send(new DescribeUserPoolClientCommand({ UserPoolId: poolId, ClientId: clientId }))))
    ) {
      clientId = undefined;
    }
    if (!clientId) {
      const { UserPoolClient } = await client.send(
        new CreateUserPoolClientCommand({
          UserPoolId: poolId,
          ClientName: LOCAL_USER_POOL_CLIENT_NAME,
          GenerateSecret: false,
          ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH', 'ALLOW_ADMIN_USER_PASSWORD_AUTH'],
        }),
      );
      if (!UserPoolClient?.ClientId) throw new Error('cognito-local created a user pool client without an id');
      clientId = UserPoolClient.ClientId;
    }

    const { Groups } = await client.send(new ListGroupsCommand({ UserPoolId: poolId }));
    const present = new Set((Groups ?? []).map((group) => group.GroupName));
    for (const group of USER_GROUPS) {
      if (!present.has(group)) await client.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: group }));
    }

    const result: UserPoolState = { userPoolId: poolId, clientId };
    if (state.userPoolId !== result.userPoolId || state.clientId !== result.clientId) {
      fs.mkdirSync(path.dirname(stateFile), { recursive: true });
      fs.writeFileSync(stateFile, `${JSON.stringify(result, null, 2)}\n`);
    }
    return result;
  } finally {
    client.destroy();
  }
}

export interface LocalConfigInput {
  tableName: string;
  dynamoEndpoint: string;
  /** The database on a DynamoDB Local without -sharedDb; default `local` (PlatformConfig.dynamoAccessKeyId). */
  dynamoAccessKeyId?: string | undefined;
  cognitoEndpoint: string;
  userPoolId: string;
  clientId: string;
  region?: string | undefined;
  /** Default 12 hours, as configFromEnv. */
  sessionTtlSeconds?: number | undefined;
  /** Default 30 minutes, as configFromEnv. */
  sessionIdleSeconds?: number | undefined;
  /** The developer's cost line on the need page; default off. */
  showQueryCost?: boolean | undefined;
}

/** The PlatformConfig for the local engines (npm start and tests): no environment variables involved. */
export function localConfig(input: LocalConfigInput): PlatformConfig {
  const endpoint = input.cognitoEndpoint.replace(/\/$/, '');
  const region = input.region ?? LOCAL_REGION;
  const issuer = cognitoIssuer(region, input.userPoolId, endpoint);
  return {
    region,
    tableName: input.tableName,
    dynamoEndpoint: input.dynamoEndpoint,
    ...(input.dynamoAccessKeyId !== undefined && { dynamoAccessKeyId: input.dynamoAccessKeyId }),
    cognito: {
      userPoolId: input.userPoolId,
      clientId: input.clientId,
      endpoint,
      issuer,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
    },
    cookieSecure: true,
    sessionTtlSeconds: input.sessionTtlSeconds ?? 12 * 3600,
    sessionIdleSeconds: input.sessionIdleSeconds ?? 30 * 60,
    invitationTtlHours: 72,
    noShowWindowDays: 7,
    absenceCutoffHours: 24,
    coverCutoffHours: 12,
    localPlatform: true,
    showQueryCost: input.showQueryCost ?? false,
  };
}
