/**
 * What IAM authorises for one DynamoDB or Cognito API call, read from the request as the SDK sends
 * it: the operation from `X-Amz-Target`, the table, index or user pool from the JSON body.
 */
import { TABLE } from '../../../shared/db/table.ts';
import type { AuthorisationRequest } from './iam-policy.ts';

type Json = any;

export interface Arns {
  region: string;
  accountId: string;
}

/**
 * Cognito operations authorised by the user's own token, code or session (no IAM signature at
 * all): https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html
 */
export const COGNITO_PUBLIC_OPERATIONS = new Set([
  'AssociateSoftwareToken',
  'ChangePassword',
  'ConfirmDevice',
  'ConfirmForgotPassword',
  'ConfirmSignUp',
  'DeleteUser',
  'DeleteUserAttributes',
  'ForgetDevice',
  'ForgotPassword',
  'GetDevice',
  'GetTokensFromRefreshToken',
  'GetUser',
  'GetUserAttributeVerificationCode',
  'GetUserAuthFactors',
  'GlobalSignOut',
  'InitiateAuth',
  'ListDevices',
  'ResendConfirmationCode',
  'RespondToAuthChallenge',
  'RevokeToken',
  'SetUserMFAPreference',
  'SignUp',
  'UpdateDeviceStatus',
  'UpdateUserAttributes',
  'VerifySoftwareToken',
  'VerifyUserAttribute',
]);

export type AwsCall =
  | { service: 'dynamodb' | 'cognito-idp'; operation: string; authorisations: AuthorisationRequest[] }
  | { service: 'cognito-idp'; operation: string; public: true };

const tableArn = (arns: Arns, table: string) => `arn:aws:dynamodb:${arns.region}:${arns.accountId}:table/${table}`;

/** The partition key values a key or item names (`dynamodb:LeadingKeys`). */
function leadingKey(key: Json): string[] {
  const value = key?.[TABLE.partitionKey]?.S;
  return typeof value === 'string' ? [value] : [];
}

/** The partition key value of a Query's key condition (`PK = :pk`), if it is on the table's own key. */
function queryLeadingKeys(body: Json): string[] | undefined {
  if (body.IndexName) return undefined;
  const names: Record<string, string> = body.ExpressionAttributeNames ?? {};
  for (const [, name, placeholder] of String(body.KeyConditionExpression ?? '').matchAll(/(#?\w+)\s*=\s*(:\w+)/g)) {
    if ((names[name as string] ?? name) === TABLE.partitionKey) {
      return leadingKey({ [TABLE.partitionKey]: body.ExpressionAttributeValues?.[placeholder as string] });
    }
  }
  return undefined;
}

function itemCall(arns: Arns, action: string, table: string, key: Json): AuthorisationRequest {
  return { action, resource: tableArn(arns, table), context: { 'dynamodb:LeadingKeys': leadingKey(key) } };
}

const TRANSACT_WRITE: Record<string, string> = {
  ConditionCheck: 'dynamodb:ConditionCheckItem',
  Put: 'dynamodb:PutItem',
  Update: 'dynamodb:UpdateItem',
  Delete: 'dynamodb:DeleteItem',
};

/** DynamoDB: IAM authorises each table (and index) a call touches; transactions item by item. */
function dynamoAuthorisations(arns: Arns, operation: string, body: Json): AuthorisationRequest[] {
  const action = `dynamodb:${operation}`;
  switch (operation) {
    case 'GetItem':
    case 'DeleteItem':
    case 'UpdateItem':
      return [itemCall(arns, action, body.TableName, body.Key)];
    case 'PutItem':
      return [itemCall(arns, action, body.TableName, body.Item)];
    case 'Query':
    case 'Scan': {
      const resource = `${tableArn(arns, body.TableName)}${body.IndexName ? `/index/${body.IndexName}` : ''}`;
      const keys = operation === 'Query' ? queryLeadingKeys(body) : undefined;
      return [{ action, resource, ...(keys && { context: { 'dynamodb:LeadingKeys': keys } }) }];
    }
    case 'BatchGetItem':
      return Object.entries<Json>(body.RequestItems ?? {}).map(([table, request]) => ({
        action,
        resource: tableArn(arns, table),
        context: { 'dynamodb:LeadingKeys': (request.Keys ?? []).flatMap(leadingKey) },
      }));
    case 'BatchWriteItem':
      return Object.entries<Json[]>(body.RequestItems ?? {}).map(([table, requests]) => ({
        action,
        resource: tableArn(arns, table),
        context: {
          'dynamodb:LeadingKeys': requests.flatMap((r) => leadingKey(r.PutRequest?.Item ?? r.DeleteRequest?.Key)),
        },
      }));
    case 'TransactWriteItems':
      return (body.TransactItems ?? []).map((item: Json) => {
        const [kind, part] = Object.entries<Json>(item)[0] as [string, Json];
        const itemAction = TRANSACT_WRITE[kind];
        if (!itemAction) throw new Error(`unknown TransactWriteItems member ${kind}`);
        return itemCall(arns, itemAction, part.TableName, part.Key ?? part.Item);
      });
    case 'TransactGetItems':
      return (body.TransactItems ?? []).map((item: Json) =>
        itemCall(arns, 'dynamodb:GetItem', item.Get.TableName, item.Get.Key),
      );
    case 'DescribeTable':
    case 'DescribeTimeToLive':
      return [{ action, resource: tableArn(arns, body.TableName) }];
    default:
      throw new Error(`aws-calls.ts does not know how IAM authorises DynamoDB ${operation}: extend it`);
  }
}

/** The call an `X-Amz-Target` header and JSON body make, or undefined when it is no DynamoDB or Cognito call. */
export function describeCall(target: string, body: Json, arns: Arns): AwsCall | undefined {
  const [prefix, operation] = target.split('.') as [string, string | undefined];
  if (!operation) return undefined;
  if (prefix === 'DynamoDB_20120810') {
    return { service: 'dynamodb', operation, authorisations: dynamoAuthorisations(arns, operation, body) };
  }
  if (prefix === 'AWSCognitoIdentityProviderService') {
    if (COGNITO_PUBLIC_OPERATIONS.has(operation)) return { service: 'cognito-idp', operation, public: true };
    if (typeof body.UserPoolId !== 'string') {
      throw new Error(`aws-calls.ts cannot tell the user pool of Cognito ${operation}: extend it`);
    }
    const resource = `arn:aws:cognito-idp:${arns.region}:${arns.accountId}:userpool/${body.UserPoolId}`;
    return { service: 'cognito-idp', operation, authorisations: [{ action: `cognito-idp:${operation}`, resource }] };
  }
  return undefined;
}

/** SES v2 SendEmail: `POST /v2/email/outbound-emails` (REST, no `X-Amz-Target`). */
export const SES_SEND_EMAIL_PATH = '/v2/email/outbound-emails';

/**
 * What IAM authorises for an SES v2 SendEmail: the sending identity (the From address's domain,
 * from `FromEmailAddress` or else the raw message's From header) and the configuration set.
 */
export function describeSendEmail(body: Json, arns: Arns): AuthorisationRequest[] {
  const raw = body.Content?.Raw?.Data;
  const from: string =
    body.FromEmailAddress ??
    (typeof raw === 'string' ? (/^From:\s*(.+)$/im.exec(Buffer.from(raw, 'base64').toString('utf8'))?.[1] ?? '') : '');
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1];
  if (!domain) throw new Error(`aws-calls.ts cannot tell the sending identity of SendEmail from "${from}"`);
  const ses = `arn:aws:ses:${arns.region}:${arns.accountId}`;
  return [
    { action: 'ses:SendEmail', resource: `${ses}:identity/${domain}` },
    ...(typeof body.ConfigurationSetName === 'string'
      ? [{ action: 'ses:SendEmail', resource: `${ses}:configuration-set/${body.ConfigurationSetName}` }]
      : []),
  ];
}
