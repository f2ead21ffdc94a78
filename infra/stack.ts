import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type CfnElement, CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { QuartiershilfeHttpApi } from './constructs/http-api.ts';
import { Identity } from './constructs/identity.ts';
import { NodeFunction } from './constructs/node-function.ts';
import { createTable } from './constructs/table.ts';
import { discoverHttpFunctions, FUNCTIONS_DIR, type HttpFunctionSpec } from './functions.ts';

const LOCK_FILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/** The Cognito PostConfirmation trigger's folder in functions/. */
export const POST_CONFIRMATION_FUNCTION = 'cognito-post-confirmation';

/**
 * Table access per HTTP function (least privilege). A function not listed gets none: a new
 * function folder must be given access here deliberately.
 */
export const TABLE_ACCESS: Readonly<Record<string, 'read' | 'readwrite'>> = {
  accounts: 'readwrite',
  volunteers: 'readwrite',
  catalog: 'read',
  needs: 'readwrite',
  admin: 'readwrite',
  initiatives: 'readwrite',
};

/** Functions that manage staff accounts in the user pool, and the only Cognito admin actions they may take. */
export const COGNITO_ADMIN_ACCESS: Readonly<Record<string, string[]>> = {
  admin: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminAddUserToGroup', 'cognito-idp:ListUsersInGroup'],
};

export interface QuartiershilfeStackProps extends StackProps {
  /** HTTP functions with their routes, from {@link discoverHttpFunctions}. */
  httpFunctions: readonly HttpFunctionSpec[];
  /** Where the function folders are; default the repository's functions/. */
  functionsDir?: string;
}

const pascal = (name: string): string =>
  name
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('');

export class QuartiershilfeStack extends Stack {
  readonly table: TableV2;
  readonly identity: Identity;
  readonly httpApi: QuartiershilfeHttpApi;
  /** Every function by folder name (HTTP functions and the Cognito trigger). */
  readonly functions = new Map<string, NodeFunction>();

  constructor(scope: Construct, id: string, props: QuartiershilfeStackProps) {
    super(scope, id, props);
    const functionsDir = props.functionsDir ?? FUNCTIONS_DIR;

    this.table = createTable(this);

    // Cognito calls this when a self-signed-up user confirms the code. It receives no
    // environment: USER_POOL_ID here would make the pool depend on itself (pool -> trigger ->
    // pool id). The handler takes the pool id from the event (`event.userPoolId`).
    const postConfirmation = new NodeFunction(this, `${pascal(POST_CONFIRMATION_FUNCTION)}Function`, {
      entry: join(functionsDir, POST_CONFIRMATION_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description: 'Cognito PostConfirmation: adds a self-signed-up user to the volunteer group',
      timeout: Duration.seconds(5),
    });
    this.functions.set(POST_CONFIRMATION_FUNCTION, postConfirmation);

    this.identity = new Identity(this, 'Identity', { postConfirmation });
    this.httpApi = new QuartiershilfeHttpApi(this, 'Http', {
      userPool: this.identity.userPool,
      client: this.identity.client,
    });

    // The names shared/config/env.ts reads. AWS_REGION is set by Lambda itself; COOKIE_SECURE and
    // LOCAL_PLATFORM stay unset (secure cookies, no local banner); SESSION_TTL_HOURS uses its default.
    const environment = {
      TABLE_NAME: this.table.tableName,
      USER_POOL_ID: this.identity.userPool.userPoolId,
      USER_POOL_CLIENT_ID: this.identity.client.userPoolClientId,
    };
    const tableLogicalId = this.resolve(this.getLogicalId(this.table.node.defaultChild as CfnElement)) as string;

    for (const spec of props.httpFunctions) {
      const fn = new NodeFunction(this, `${pascal(spec.name)}Function`, {
        entry: spec.entry,
        depsLockFilePath: LOCK_FILE,
        description: `Quartiershilfe HTTP: ${spec.name}`,
        environment,
      });
      this.functions.set(spec.name, fn);

      const access = TABLE_ACCESS[spec.name];
      if (access === 'read') this.table.grantReadData(fn.fn);
      if (access === 'readwrite') this.table.grantReadWriteData(fn.fn);
      if (access) {
        // DESIGN.md: no Scan on any request path. The grant methods include dynamodb:Scan; an
        // explicit Deny makes the rule hold in IAM, not just in code review.
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({
            effect: Effect.DENY,
            actions: ['dynamodb:Scan'],
            resources: [this.table.tableArn, `${this.table.tableArn}/index/*`],
          }),
        );
        Validations.of(fn.role).acknowledge({
          id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
          reason:
            'Queries through the global secondary indexes need their ARNs; the wildcard covers only the indexes ' +
            'of this one table (table.grantReadData/grantReadWriteData).',
        });
      }

      const cognitoActions = COGNITO_ADMIN_ACCESS[spec.name];
      if (cognitoActions) {
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({ actions: cognitoActions, resources: [this.identity.userPool.userPoolArn] }),
        );
      }

      this.httpApi.addFunctionRoutes(pascal(spec.name), fn.fn, spec.routes);
    }

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.identity.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
  }
}

export interface BuildAppOptions {
  /** CDK context, e.g. `{ 'aws:cdk:bundling-stacks': [] }` to skip esbuild in template tests. */
  context?: Record<string, unknown>;
  /** Default the repository's functions/. */
  functionsDir?: string;
  /** Register cdk-nag's AwsSolutions checks as a validation plugin (synth fails on findings). Default true. */
  nag?: boolean;
}

/**
 * Builds the CDK app with its one stack. Used by infra/app.ts (the `cdk` CLI) and by the
 * template tests, so tests never spawn the CLI.
 *
 * Region: context `region`, else eu-central-1 (Frankfurt) — volunteers' personal data stays in
 * Germany unless someone decides otherwise; not silently whatever the deployer's profile says.
 */
export async function buildApp(options: BuildAppOptions = {}): Promise<{ app: App; stack: QuartiershilfeStack }> {
  const app = new App({ context: options.context });
  const functionsDir = options.functionsDir ?? FUNCTIONS_DIR;
  const httpFunctions = await discoverHttpFunctions(functionsDir);
  const region = (app.node.tryGetContext('region') as string | undefined) ?? 'eu-central-1';
  const stack = new QuartiershilfeStack(app, 'Quartiershilfe', {
    description: 'Quartiershilfe: volunteer coordination (HTTP API, Lambda, DynamoDB, Cognito)',
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region },
    httpFunctions,
    functionsDir,
  });
  if (options.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stack };
}
