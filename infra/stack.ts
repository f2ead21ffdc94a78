import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { App, type CfnElement, CfnOutput, Duration, Stack, type StackProps, TimeZone, Validations } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Construct } from 'constructs';
import { AUDIT_PREFIX } from '../shared/audit/audit-keys.ts';
import { CANDIDATE_SOURCE_SORT_KEYS } from '../shared/candidates/candidate-keys.ts';
import { TABLE } from '../shared/db/table.ts';
import { discoverHttpFunctions, FUNCTIONS_DIR, type HttpFunctionSpec } from '../shared/gateway/http-functions.ts';
import { IMPORT_SORT_KEY, QUEUED_STATE } from '../shared/imports/import-record.ts';
import { ACCOUNT_EXISTS_SORT_KEY } from '../shared/notifications/account-exists-notice.ts';
import { NOTICE_SORT_KEY } from '../shared/notifications/notice.ts';
import { STATISTICS_SOURCE_SORT_KEYS } from '../shared/statistics/statistics-keys.ts';
import { httpFunctionsDefine } from './constructs/bundling-options.ts';
import { QuartiershilfeHttpApi } from './constructs/http-api.ts';
import { Identity } from './constructs/identity.ts';
import { Mail } from './constructs/mail.ts';
import { NodeFunction } from './constructs/node-function.ts';
import { ScheduledJob } from './constructs/scheduled-job.ts';
import { createTable } from './constructs/table.ts';
import { TableStreamConsumer } from './constructs/table-stream-consumer.ts';

const LOCK_FILE = fileURLToPath(new URL('../package-lock.json', import.meta.url));

/** The Cognito PostConfirmation trigger's folder in functions/. */
export const POST_CONFIRMATION_FUNCTION = 'cognito-post-confirmation';

/** The Cognito CustomMessage trigger's folder in functions/: Cognito's own e-mails in the account's language. */
export const CUSTOM_MESSAGE_FUNCTION = 'cognito-custom-message';

/** The table stream consumer's folder in functions/: keeps the candidate index up to date. */
export const TABLE_EVENTS_FUNCTION = 'table-events';

/** The notifier's folder in functions/: e-mails from match events, need events and notices (the table's stream). */
export const NOTIFICATIONS_FUNCTION = 'notifications';

/** The statistics consumer's folder in functions/: keeps the counters per quarter and month (the table's stream). */
export const STATISTICS_FUNCTION = 'statistics';

/** The import job's folder in functions/: writes a confirmed spreadsheet import (the table's stream). */
export const IMPORTS_FUNCTION = 'imports';

/** The daily inactivity job's folder in functions/ (reminders, erasure of inactive accounts). */
export const INACTIVE_ACCOUNTS_FUNCTION = 'inactive-accounts';

/** The notice job's folder in functions/: fires scheduled notices (reminders, warnings) every 15 minutes. */
export const NOTIFICATION_SCHEDULE_FUNCTION = 'notification-schedule';

/**
 * `read` and `readwrite` are CDK's grants on the table and its indexes; a list of actions is
 * granted on the table alone (no index).
 */
export type TableAccess = 'read' | 'readwrite' | readonly `dynamodb:${string}`[];

/**
 * Table access per function (least privilege). A function not listed gets none: a new
 * function folder must be given access here deliberately. Every function listed is denied Scan.
 */
export const TABLE_ACCESS: Readonly<Record<string, TableAccess>> = {
  accounts: 'readwrite',
  volunteers: 'readwrite',
  // Export of one's data (reads every item about the caller) and erasure of one's account.
  privacy: 'readwrite',
  catalog: 'read',
  needs: 'readwrite',
  // The volunteer's steps and absences (transactions with the need, match, ledger,
  // invitation, due notices and audit items; Queries of GSI1 for their matches, open needs and a
  // quarter's managers): the same table and index reads and writes as needs.
  dashboard: 'readwrite',
  // Statistics, exports (with their audit entries) and imports (staging and queueing the rows).
  'quarter-data': 'readwrite',
  // Renders a feed: the feed by its token, the owner's roles and quarters, needs and matches.
  calendar: 'read',
  admin: 'readwrite',
  // Staff assignments, the sessions of changed accounts, audit entries.
  staff: 'readwrite',
  initiatives: 'readwrite',
  // Reads the profile and safeguarding item (GetItem) and the volunteer's candidate items
  // (Query on the table's own key), then puts and deletes candidate items (BatchWriteItem).
  [TABLE_EVENTS_FUNCTION]: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchWriteItem'],
  // Reads due accounts by GSI1 key and erases them (the privacy function's erasure).
  [INACTIVE_ACCOUNTS_FUNCTION]: 'readwrite',
  // Reads the need, its matches (Query), profiles and the catalogue (GetItem, Query), settings
  // (BatchGetItem); claims and marks delivery records (conditional PutItem, UpdateItem); removes
  // the address from an account-exists notice once mailed (conditional UpdateItem). The
  // managers of a quarter are a Query of GSI1, granted beside (NOTIFICATIONS_INDEX_ACCESS).
  [NOTIFICATIONS_FUNCTION]: [
    'dynamodb:GetItem',
    'dynamodb:Query',
    'dynamodb:BatchGetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
  ],
  // Reads a volunteer's profile, ledger, check and its snapshot (GetItem) and the catalogue (Query
  // by key); stores a snapshot with the counters' difference (a transaction of conditional PutItem
  // and UpdateItem ADD). No index, no delete.
  [STATISTICS_FUNCTION]: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
  // Reads the import and its staged rows (Query by key) and which rows are present (BatchGetItem);
  // moves the import on (conditional UpdateItem); writes the rows, the cursor and the audit entries
  // (transactions of conditional PutItem and UpdateItem); undoes a refused write and deletes the
  // staged rows (DeleteItem). No index.
  [IMPORTS_FUNCTION]: [
    'dynamodb:Query',
    'dynamodb:BatchGetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  // Reads its cursor (GetItem) and the due items by key (Query), fires notices (conditional
  // PutItem) and moves the cursor (conditional UpdateItem). Automatic cover's sweep: the needs with
  // it on (Query by key), each need and its matches, profiles, ledgers and checks (GetItem,
  // BatchGetItem), candidates (a Query of GSI1, granted beside: NOTIFICATION_SCHEDULE_INDEX_ACCESS),
  // and invitations (a transaction of conditional PutItem and UpdateItem). No delete.
  [NOTIFICATION_SCHEDULE_FUNCTION]: [
    'dynamodb:Query',
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
  ],
};

/** Functions that manage staff accounts in the user pool, and the only Cognito admin actions they may take. */
export const COGNITO_ADMIN_ACCESS: Readonly<Record<string, string[]>> = {
  // Staff accounts: the one HTTP function that invites, assigns, changes roles, deactivates.
  staff: [
    'cognito-idp:AdminCreateUser',
    'cognito-idp:AdminAddUserToGroup',
    'cognito-idp:ListUsersInGroup',
    // Changing a staff account's role (setStaffRole).
    'cognito-idp:AdminListGroupsForUser',
    'cognito-idp:AdminRemoveUserFromGroup',
    // Deactivating and reactivating a staff account (RESEND of an invitation is AdminCreateUser).
    'cognito-idp:AdminDisableUser',
    'cognito-idp:AdminEnableUser',
  ],
  // Reads an account's stored language (its settings page); stores the language chosen in the
  // settings as the account's locale (Cognito's mails).
  accounts: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminUpdateUserAttributes'],
  // Export (the account's attributes) and erasure of one's own account.
  privacy: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminDeleteUser'],
  // The reminder's address and language; erasure after long inactivity.
  [INACTIVE_ACCOUNTS_FUNCTION]: ['cognito-idp:AdminGetUser', 'cognito-idp:AdminDeleteUser'],
  // Staff recipients' addresses, and everyone's account language (also of an address someone
  // tried to sign up with: the account-exists notice).
  [NOTIFICATIONS_FUNCTION]: ['cognito-idp:AdminGetUser'],
  // The need's page for volunteers names the quarter managers' e-mail addresses.
  dashboard: ['cognito-idp:AdminGetUser'],
  // The volunteers' import (shared/imports/import-job.ts) creates their accounts silently
  // (AdminCreateUser SUPPRESS), puts them in the volunteer group, reads an existing one
  // (AdminGetUser) and sends the invitation (AdminCreateUser RESEND).
  [IMPORTS_FUNCTION]: ['cognito-idp:AdminCreateUser', 'cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminGetUser'],
};

/**
 * The notifier's index reads: the managers of a quarter (`GSI1PK = MANAGERS#<q>`), and the
 * candidate index when an event of a need with automatic cover runs its sweep.
 */
export const NOTIFICATIONS_INDEX_ACCESS = ['dynamodb:Query'] as const;
/** The schedule's one index read: automatic cover's candidates (the candidate index, GSI1). */
export const NOTIFICATION_SCHEDULE_INDEX_ACCESS = ['dynamodb:Query'] as const;

/**
 * The audit trail is append-only (docs/access-patterns.md#the-audit-trail): every function's
 * role is denied changing or deleting items whose partition key starts with `AUDIT#`. The one
 * exception is the job that deletes entries past their retention, should DynamoDB's TTL not do:
 * name its function folder here (none today), and nothing else.
 */
export const AUDIT_RETENTION_FUNCTIONS: ReadonlySet<string> = new Set<string>();

/** What no other function may do to audit items (PutItem stays: entries are written with attribute_not_exists). */
export const AUDIT_DENIED_ACTIONS = [
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
  'dynamodb:PartiQLUpdate',
  'dynamodb:PartiQLDelete',
] as const;

/**
 * Functions that send e-mail through SES: only they get MAIL_FROM, MAIL_CONFIGURATION_SET and
 * PUBLIC_URL (links in the mail), and `ses:SendEmail` on the one identity and configuration set.
 */
export const MAIL_SENDERS: readonly string[] = [INACTIVE_ACCOUNTS_FUNCTION, NOTIFICATIONS_FUNCTION];

/** The sender domain when the CDK context sets no `mailDomain` (synth and tests; deploy with a real one). */
export const DEFAULT_MAIL_DOMAIN = 'quartiershilfe.example.org';

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
  /** Every function by folder name (HTTP functions, the Cognito trigger and the stream consumer). */
  readonly functions = new Map<string, NodeFunction>();
  readonly tableEvents: TableStreamConsumer;
  readonly notifications: TableStreamConsumer;
  readonly statistics: TableStreamConsumer;
  readonly imports: TableStreamConsumer;
  readonly mail: Mail;
  readonly inactiveAccounts: ScheduledJob;
  readonly notificationSchedule: ScheduledJob;

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
    // Writes Cognito's own e-mails from the event alone: no environment (as above), no table, no SDK.
    const customMessage = new NodeFunction(this, `${pascal(CUSTOM_MESSAGE_FUNCTION)}Function`, {
      entry: join(functionsDir, CUSTOM_MESSAGE_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description: "Cognito CustomMessage: codes and invitations in the account's language",
      timeout: Duration.seconds(5),
    });
    this.functions.set(CUSTOM_MESSAGE_FUNCTION, customMessage);

    this.identity = new Identity(this, 'Identity', { postConfirmation, customMessage });
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
    this.mail = new Mail(this, 'Mail', {
      domain: (this.node.tryGetContext('mailDomain') as string | undefined) ?? DEFAULT_MAIL_DOMAIN,
    });
    const mailEnvironment = {
      MAIL_FROM: this.mail.from,
      MAIL_CONFIGURATION_SET: this.mail.configurationSet.configurationSetName,
      PUBLIC_URL: this.httpApi.url,
    };

    // The docs function's bundle describes every HTTP function's contract; it has no folder to list.
    const define = httpFunctionsDefine(props.httpFunctions.map((spec) => spec.name));
    for (const spec of props.httpFunctions) {
      const fn = new NodeFunction(this, `${pascal(spec.name)}Function`, {
        entry: spec.entry,
        depsLockFilePath: LOCK_FILE,
        description: `Quartiershilfe HTTP: ${spec.name}`,
        environment: MAIL_SENDERS.includes(spec.name) ? { ...environment, ...mailEnvironment } : environment,
        define,
      });
      if (MAIL_SENDERS.includes(spec.name)) this.mail.grantSend(fn.role);
      this.functions.set(spec.name, fn);

      this.grantTableAccess(spec.name, fn, tableLogicalId);

      const cognitoActions = COGNITO_ADMIN_ACCESS[spec.name];
      if (cognitoActions) {
        fn.role.addToPrincipalPolicy(
          new PolicyStatement({ actions: cognitoActions, resources: [this.identity.userPool.userPoolArn] }),
        );
      }

      this.httpApi.addFunctionRoutes(pascal(spec.name), fn.fn, spec.routes);
    }

    // The table's stream, filtered to the items candidate index items are projected from. A
    // profile can fan out to thousands of index items (BatchWriteItem, 25 a call): minutes, not
    // seconds, for a batch of 100 records. No reserved concurrency: with a parallelization factor
    // of 1 there is at most one invocation per stream shard.
    const tableEvents = new NodeFunction(this, `${pascal(TABLE_EVENTS_FUNCTION)}Function`, {
      entry: join(functionsDir, TABLE_EVENTS_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description: 'Quartiershilfe table stream: re-projects the candidate index of changed volunteers',
      environment,
      timeout: Duration.minutes(5),
    });
    this.functions.set(TABLE_EVENTS_FUNCTION, tableEvents);
    this.grantTableAccess(TABLE_EVENTS_FUNCTION, tableEvents, tableLogicalId);
    this.tableEvents = new TableStreamConsumer(this, 'TableEvents', {
      table: this.table,
      consumer: tableEvents,
      sortKeys: CANDIDATE_SOURCE_SORT_KEYS,
    });

    // The notifier (functions/notifications): a second consumer of the stream, filtered to new
    // match and need events (`EVENT#…`), fired notices (`NOTICE`) and account-exists notices
    // (`ACCOUNT_EXISTS`, written by sign-up), so it never slows the candidate index. Given-up batches go to the table events' dead-letter queue and its alarm.
    const notifier = new NodeFunction(this, `${pascal(NOTIFICATIONS_FUNCTION)}Function`, {
      entry: join(functionsDir, NOTIFICATIONS_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description:
        'Quartiershilfe table stream: e-mails from match events, need events, due notices and account-exists notices',
      environment: { ...environment, ...mailEnvironment },
      timeout: Duration.minutes(5),
    });
    this.functions.set(NOTIFICATIONS_FUNCTION, notifier);
    this.grantTableAccess(NOTIFICATIONS_FUNCTION, notifier, tableLogicalId);
    notifier.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...NOTIFICATIONS_INDEX_ACCESS],
        resources: [`${this.table.tableArn}/index/${TABLE.globalSecondaryIndexes[0].indexName}`],
      }),
    );
    notifier.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...(COGNITO_ADMIN_ACCESS[NOTIFICATIONS_FUNCTION] ?? [])],
        resources: [this.identity.userPool.userPoolArn],
      }),
    );
    this.mail.grantSend(notifier.role);
    this.notifications = new TableStreamConsumer(this, 'Notifications', {
      table: this.table,
      consumer: notifier,
      sortKeyPrefixes: ['EVENT#'],
      sortKeys: [NOTICE_SORT_KEY, ACCOUNT_EXISTS_SORT_KEY],
      eventNames: ['INSERT'],
      deadLetters: { queue: this.tableEvents.deadLetterQueue, alarm: this.tableEvents.deadLetterAlarm },
    });

    // The statistics counters (functions/statistics): a third consumer of the stream, filtered to
    // the items they are counted from; it shares the table events' dead-letter queue and alarm.
    const statistics = new NodeFunction(this, `${pascal(STATISTICS_FUNCTION)}Function`, {
      entry: join(functionsDir, STATISTICS_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description: 'Quartiershilfe table stream: counts per quarter and month for the statistics',
      environment,
      timeout: Duration.minutes(5),
    });
    this.functions.set(STATISTICS_FUNCTION, statistics);
    this.grantTableAccess(STATISTICS_FUNCTION, statistics, tableLogicalId);
    this.statistics = new TableStreamConsumer(this, 'Statistics', {
      table: this.table,
      consumer: statistics,
      sortKeys: STATISTICS_SOURCE_SORT_KEYS,
      deadLetters: { queue: this.tableEvents.deadLetterQueue, alarm: this.tableEvents.deadLetterAlarm },
    });

    // The import job (functions/imports): a fourth consumer of the stream, filtered to import
    // records turning `queued` (a confirm), one at a time. Up to 2000 accounts at Cognito's paced
    // rate take minutes (shared/imports/call-pace.ts): Lambda's longest timeout. Two retries of a
    // run that could neither finish nor undo; never two runs at once (one batch at a time per
    // shard, and the import's lease). Given-up records go to the table events' dead-letter queue.
    const imports = new NodeFunction(this, `${pascal(IMPORTS_FUNCTION)}Function`, {
      entry: join(functionsDir, IMPORTS_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description: 'Quartiershilfe table stream: writes confirmed spreadsheet imports, all or none',
      environment,
      timeout: Duration.minutes(15),
    });
    this.functions.set(IMPORTS_FUNCTION, imports);
    this.grantTableAccess(IMPORTS_FUNCTION, imports, tableLogicalId);
    imports.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...(COGNITO_ADMIN_ACCESS[IMPORTS_FUNCTION] ?? [])],
        resources: [this.identity.userPool.userPoolArn],
      }),
    );
    this.imports = new TableStreamConsumer(this, 'Imports', {
      table: this.table,
      consumer: imports,
      sortKeys: [IMPORT_SORT_KEY],
      eventNames: ['MODIFY'],
      newImage: { state: { S: [QUEUED_STATE] } },
      batchSize: 1,
      retryAttempts: 2,
      deadLetters: { queue: this.tableEvents.deadLetterQueue, alarm: this.tableEvents.deadLetterAlarm },
    });

    // The daily inactivity job (shared/privacy/inactivity-job.ts): not HTTP, run by EventBridge Scheduler.
    const inactiveAccounts = new NodeFunction(this, `${pascal(INACTIVE_ACCOUNTS_FUNCTION)}Function`, {
      entry: join(functionsDir, INACTIVE_ACCOUNTS_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description: 'Quartiershilfe daily: reminds inactive accounts, erases volunteers inactive too long',
      // The reminder is e-mailed, and erasure waits for a reminder: without SES the job does nothing.
      environment: { ...environment, ...mailEnvironment },
      timeout: Duration.minutes(15),
    });
    this.mail.grantSend(inactiveAccounts.role);
    this.functions.set(INACTIVE_ACCOUNTS_FUNCTION, inactiveAccounts);
    this.grantTableAccess(INACTIVE_ACCOUNTS_FUNCTION, inactiveAccounts, tableLogicalId);
    inactiveAccounts.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...(COGNITO_ADMIN_ACCESS[INACTIVE_ACCOUNTS_FUNCTION] ?? [])],
        resources: [this.identity.userPool.userPoolArn],
      }),
    );
    this.inactiveAccounts = new ScheduledJob(this, 'InactiveAccounts', {
      job: inactiveAccounts,
      description: 'Reminds accounts without sign-in, erases volunteers inactive too long',
      schedule: ScheduleExpression.cron({ minute: '15', hour: '3', timeZone: TimeZone.EUROPE_BERLIN }),
    });

    // The notice job (shared/notifications/notice-schedule-job.ts): fires due reminders and warnings;
    // the notifier mails them from the stream. Then automatic cover's sweep (shared/matches/
    // cover-sweep-job.ts): an expired invitation writes nothing, so only a timer moves the list on.
    // Table access only: it sends nothing itself.
    const notificationSchedule = new NodeFunction(this, `${pascal(NOTIFICATION_SCHEDULE_FUNCTION)}Function`, {
      entry: join(functionsDir, NOTIFICATION_SCHEDULE_FUNCTION, 'handler.ts'),
      depsLockFilePath: LOCK_FILE,
      description: 'Quartiershilfe every 15 minutes: fires the reminders and warnings that have come due',
      environment,
      timeout: Duration.minutes(5),
    });
    this.functions.set(NOTIFICATION_SCHEDULE_FUNCTION, notificationSchedule);
    this.grantTableAccess(NOTIFICATION_SCHEDULE_FUNCTION, notificationSchedule, tableLogicalId);
    notificationSchedule.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...NOTIFICATION_SCHEDULE_INDEX_ACCESS],
        resources: [`${this.table.tableArn}/index/${TABLE.globalSecondaryIndexes[0].indexName}`],
      }),
    );
    this.notificationSchedule = new ScheduledJob(this, 'NotificationSchedule', {
      job: notificationSchedule,
      description: 'Fires scheduled notices (reminders 24 h before each date, invitation and shortage warnings)',
      schedule: ScheduleExpression.rate(Duration.minutes(15)),
      // A failed run leaves its cursor: the next run, 15 minutes on, reads the same window again.
      maxEventAge: Duration.hours(1),
    });

    // Last, so that it reaches every function added above.
    for (const [name, fn] of this.functions) if (!AUDIT_RETENTION_FUNCTIONS.has(name)) this.denyAuditChanges(fn);

    new CfnOutput(this, 'ApiUrl', { value: this.httpApi.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'UserPoolId', { value: this.identity.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: this.identity.client.userPoolClientId });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
  }

  /** Denies the function {@link AUDIT_DENIED_ACTIONS} on audit items, whatever it was granted. */
  private denyAuditChanges(fn: NodeFunction): void {
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: [...AUDIT_DENIED_ACTIONS],
        // Writes address the table (indexes cannot be written to).
        resources: [this.table.tableArn],
        conditions: { 'ForAnyValue:StringLike': { 'dynamodb:LeadingKeys': [`${AUDIT_PREFIX}*`] } },
      }),
    );
  }

  /** Grants the function its {@link TABLE_ACCESS}, if any, and denies it Scan. */
  private grantTableAccess(name: string, fn: NodeFunction, tableLogicalId: string): void {
    const access = TABLE_ACCESS[name];
    if (!access) return;
    if (access === 'read' || access === 'readwrite') {
      if (access === 'read') this.table.grantReadData(fn.fn);
      else this.table.grantReadWriteData(fn.fn);
      Validations.of(fn.role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
        reason:
          'Queries through the global secondary indexes need their ARNs; the wildcard covers only the indexes ' +
          'of this one table (table.grantReadData/grantReadWriteData).',
      });
    } else {
      fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: [...access], resources: [this.table.tableArn] }));
    }
    // DESIGN.md: no Scan on any request path. The grant methods include dynamodb:Scan; an
    // explicit Deny makes the rule hold in IAM, not just in code review.
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: ['dynamodb:Scan'],
        resources: [this.table.tableArn, `${this.table.tableArn}/index/*`],
      }),
    );
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
