/**
 * A function's IAM permissions as synthesized (its role's inline policies and the AWS::IAM::Policy
 * resources attached to it), and the part of IAM's evaluation logic our roles use: an explicit Deny
 * wins, otherwise some Allow must match; `*` and `?` wildcards in actions (case-insensitive) and
 * resources; NotAction and NotResource; the string and boolean condition operators with their
 * ForAllValues/ForAnyValue and IfExists forms. Anything else (a managed policy, an unknown
 * operator) throws, so the test cannot silently approve what it does not understand.
 */
import { type CfnContext, resolveCfn } from './cfn.ts';

type Json = any;

export interface Statement {
  effect: 'Allow' | 'Deny';
  actions?: string[];
  notActions?: string[];
  resources?: string[];
  notResources?: string[];
  condition?: Record<string, Record<string, string | string[]>>;
  /** Where it came from, for messages: the policy's logical id. */
  source: string;
}

/** One authorisation IAM makes for a request: an action on a resource, with its condition keys. */
export interface AuthorisationRequest {
  action: string;
  resource: string;
  /** Condition keys (e.g. `dynamodb:LeadingKeys`), multi-valued. */
  context?: Record<string, string[]>;
}

export interface Decision {
  allowed: boolean;
  /** `explicit deny by <policy>`, `allowed by <policy>` or `no statement allows it`. */
  reason: string;
}

const list = <T>(value: T | T[] | undefined): T[] | undefined =>
  value === undefined ? undefined : Array.isArray(value) ? value : [value];

/** Every statement that applies to the role, with intrinsics resolved to local values. */
export function roleStatements(template: Json, roleLogicalId: string, context: CfnContext): Statement[] {
  const resources = template.Resources as Record<string, Json>;
  const role = resources[roleLogicalId];
  if (role?.Type !== 'AWS::IAM::Role') throw new Error(`${roleLogicalId} is not an AWS::IAM::Role`);
  if (list(role.Properties.ManagedPolicyArns)?.length) {
    throw new Error(`${roleLogicalId} has managed policies; this test cannot evaluate them`);
  }
  if (role.Properties.PermissionsBoundary) throw new Error(`${roleLogicalId} has a permissions boundary`);
  const documents: { source: string; document: Json }[] = (role.Properties.Policies ?? []).map((policy: Json) => ({
    source: `${roleLogicalId}/${policy.PolicyName}`,
    document: policy.PolicyDocument,
  }));
  for (const [id, resource] of Object.entries(resources)) {
    const attached =
      (resource.Type === 'AWS::IAM::Policy' || resource.Type === 'AWS::IAM::ManagedPolicy') &&
      (resource.Properties.Roles ?? []).some((r: Json) => r.Ref === roleLogicalId);
    if (attached) documents.push({ source: id, document: resource.Properties.PolicyDocument });
  }
  return documents.flatMap(({ source, document }) =>
    (list<Json>(document.Statement) ?? []).map((raw) => {
      const s = resolveCfn(raw, context);
      return {
        effect: s.Effect,
        actions: list(s.Action),
        notActions: list(s.NotAction),
        resources: list(s.Resource),
        notResources: list(s.NotResource),
        condition: s.Condition,
        source,
      } satisfies Statement;
    }),
  );
}

/** IAM's wildcard match: `*` any run of characters, `?` one character. */
function wildcard(pattern: string, value: string, ignoreCase: boolean): boolean {
  const source = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${source}$`, ignoreCase ? 'i' : '').test(value);
}

function matchesAny(patterns: string[], value: string, ignoreCase: boolean): boolean {
  return patterns.some((pattern) => wildcard(pattern, value, ignoreCase));
}

const STRING_OPERATORS: Record<string, (pattern: string, value: string) => boolean> = {
  StringEquals: (p, v) => p === v,
  StringNotEquals: (p, v) => p !== v,
  StringEqualsIgnoreCase: (p, v) => p.toLowerCase() === v.toLowerCase(),
  StringNotEqualsIgnoreCase: (p, v) => p.toLowerCase() !== v.toLowerCase(),
  StringLike: (p, v) => wildcard(p, v, false),
  StringNotLike: (p, v) => !wildcard(p, v, false),
  Bool: (p, v) => p.toLowerCase() === v.toLowerCase(),
};
const NEGATED = new Set(['StringNotEquals', 'StringNotEqualsIgnoreCase', 'StringNotLike']);

/** One condition operator block, e.g. `ForAnyValue:StringLike: { 'dynamodb:LeadingKeys': ['AUDIT#*'] }`. */
function conditionHolds(operator: string, entries: Record<string, string | string[]>, request: AuthorisationRequest) {
  const [prefix, rest] = operator.includes(':') ? (operator.split(':') as [string, string]) : [undefined, operator];
  const ifExists = rest.endsWith('IfExists');
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  const test = STRING_OPERATORS[base];
  if (!test || (prefix !== undefined && prefix !== 'ForAllValues' && prefix !== 'ForAnyValue')) {
    throw new Error(`iam-policy.ts cannot evaluate the condition operator ${operator}: extend it`);
  }
  return Object.entries(entries).every(([key, patterns]) => {
    const expected = list(patterns) ?? [];
    const values = request.context?.[key];
    if (values === undefined) {
      if (!key.startsWith('dynamodb:') && !key.startsWith('cognito-idp:')) {
        throw new Error(`iam-policy.ts has no value for the condition key ${key}: extend aws-calls.ts`);
      }
      if (prefix === 'ForAllValues') return true; // vacuously true for an empty set
      return ifExists;
    }
    // A negated operator holds when the value matches none of the patterns; a positive one, any.
    const one = (value: string) =>
      NEGATED.has(base) ? expected.every((p) => test(p, value)) : expected.some((p) => test(p, value));
    if (prefix === 'ForAllValues') return values.every(one);
    if (prefix === 'ForAnyValue') return values.some(one);
    if (values.length !== 1) {
      throw new Error(`${key} has several values; the policy must use ForAllValues or ForAnyValue (${operator})`);
    }
    return one(values[0] as string);
  });
}

function applies(statement: Statement, request: AuthorisationRequest): boolean {
  const action = statement.actions
    ? matchesAny(statement.actions, request.action, true)
    : !matchesAny(statement.notActions ?? [], request.action, true);
  if (!action) return false;
  const resource = statement.resources
    ? matchesAny(statement.resources, request.resource, false)
    : !matchesAny(statement.notResources ?? [], request.resource, false);
  if (!resource) return false;
  return Object.entries(statement.condition ?? {}).every(([operator, entries]) =>
    conditionHolds(operator, entries, request),
  );
}

/** IAM's identity-policy decision: explicit Deny, else an Allow, else implicit deny. */
export function evaluate(statements: Statement[], request: AuthorisationRequest): Decision {
  const deny = statements.find((s) => s.effect === 'Deny' && applies(s, request));
  if (deny) return { allowed: false, reason: `explicitly denied by ${deny.source}` };
  const allow = statements.find((s) => s.effect === 'Allow' && applies(s, request));
  if (allow) return { allowed: true, reason: `allowed by ${allow.source}` };
  return { allowed: false, reason: 'no statement of its role allows it' };
}
