/**
 * Resolves the CloudFormation intrinsics of a synthesized template to the values the local
 * platform stands in for (table name, pool id, their ARNs), so that environment variables and IAM
 * resources can be compared with what a bundle really calls. What has no local counterpart (a log
 * group's ARN, a queue) resolves to an `unresolved:` string that no call can match.
 */
type Json = any;

export interface LocalResource {
  /** What `Ref` gives. */
  ref: string;
  /** What `Fn::GetAtt` gives, by attribute name (`Arn`, `StreamArn`). */
  attributes?: Record<string, string>;
}

export interface CfnContext {
  region: string;
  accountId: string;
  /** By logical id. */
  resources: Record<string, LocalResource>;
}

function getAtt(context: CfnContext, logicalId: string, attribute: string): string {
  return context.resources[logicalId]?.attributes?.[attribute] ?? `unresolved:${logicalId}.${attribute}`;
}

function ref(context: CfnContext, name: string): string {
  switch (name) {
    case 'AWS::Region':
      return context.region;
    case 'AWS::AccountId':
      return context.accountId;
    case 'AWS::Partition':
      return 'aws';
    case 'AWS::URLSuffix':
      return 'amazonaws.com';
    default:
      return context.resources[name]?.ref ?? `unresolved:${name}`;
  }
}

/** Resolves Ref, Fn::GetAtt, Fn::Join and Fn::Sub anywhere in `value`; throws on other intrinsics. */
export function resolveCfn(value: Json, context: CfnContext): Json {
  if (Array.isArray(value)) return value.map((item) => resolveCfn(item, context));
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys as [string];
    const arg = value[key];
    if (key === 'Ref') return ref(context, arg);
    if (key === 'Fn::GetAtt') {
      const [id, attribute] = Array.isArray(arg) ? arg : String(arg).split('.');
      return getAtt(context, id, attribute);
    }
    if (key === 'Fn::Join') {
      const [separator, parts] = arg as [string, Json[]];
      return resolveCfn(parts, context).join(separator);
    }
    if (key === 'Fn::Sub') {
      const [text, variables = {}] = (typeof arg === 'string' ? [arg] : arg) as [string, Record<string, Json>?];
      return text.replace(/\$\{([^}]+)\}/g, (_, name: string) => {
        if (name in variables) return String(resolveCfn(variables[name], context));
        const [id, attribute] = name.split('.');
        return attribute ? getAtt(context, id as string, attribute) : ref(context, name);
      });
    }
    if (key.startsWith('Fn::')) throw new Error(`cfn.ts cannot resolve ${key} yet: ${JSON.stringify(value)}`);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveCfn(v, context)]));
}
