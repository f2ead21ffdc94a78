/**
 * Events as AWS sends them to our functions: API Gateway HTTP API payload v2.0 (with the route API
 * Gateway would select, `cookies` as an array, bodies base64-encoded as API Gateway does for
 * forms, JWT claims of authorised routes), a DynamoDB stream batch and the Cognito PostConfirmation
 * and CustomMessage triggers.
 */
import { randomUUID } from 'node:crypto';
import type {
  APIGatewayProxyEventV2WithJWTAuthorizer,
  CustomMessageTriggerEvent,
  DynamoDBStreamEvent,
  PostConfirmationTriggerEvent,
} from 'aws-lambda';
import { DEFAULT_ROUTE, type GatewayRoute } from '../../../shared/gateway/gateway-route.ts';
import type { HttpFunctionSpec } from '../../../shared/gateway/http-functions.ts';

export const DOMAIN = 'abc123.execute-api.eu-central-1.amazonaws.com';
export const ORIGIN = `https://${DOMAIN}`;

export interface SelectedRoute {
  functionName: string;
  route: GatewayRoute;
  routeKey: string;
  pathParameters?: Record<string, string>;
}

const routePattern = (path: string) =>
  new RegExp(
    `^${path
      .replace(/[.+^$()|[\]\\]/g, '\\$&')
      .replace(/\{[^}]+\+\}/g, '(.+)')
      .replace(/\{[^}]+\}/g, '([^/]+)')}$`,
  );

/**
 * The route API Gateway selects: the most specific path (exact before greedy, longer prefix first),
 * a route for the method before ANY, `$default` last.
 */
export function selectRoute(functions: readonly HttpFunctionSpec[], method: string, path: string): SelectedRoute {
  let best: { score: number; selected: SelectedRoute } | undefined;
  for (const fn of functions) {
    for (const route of fn.routes) {
      if (route.path === DEFAULT_ROUTE) continue;
      const match = routePattern(route.path).exec(path);
      const methods = route.methods.filter((m) => m === method || m === 'ANY');
      if (!match || methods.length === 0) continue;
      const greedy = route.path.includes('+}');
      const literal = route.path.split('{')[0]?.length ?? 0;
      const score = (greedy ? 0 : 1_000_000) + literal * 10 + (methods.includes(method as never) ? 1 : 0);
      if (best && best.score >= score) continue;
      const routeMethod = methods.includes(method as never) ? method : 'ANY';
      const names = [...route.path.matchAll(/\{([^}+]+)\+?\}/g)].map((m) => m[1] as string);
      const pathParameters = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]));
      best = {
        score,
        selected: {
          functionName: fn.name,
          route,
          routeKey: `${routeMethod} ${route.path}`,
          ...(names.length > 0 && { pathParameters }),
        },
      };
    }
  }
  if (best) return best.selected;
  for (const fn of functions) {
    const route = fn.routes.find((r) => r.path === DEFAULT_ROUTE);
    if (route) return { functionName: fn.name, route, routeKey: DEFAULT_ROUTE };
  }
  throw new Error(`no route for ${method} ${path}`);
}

export interface HttpRequest {
  method: string;
  /** Path with query string. */
  url: string;
  headers?: Record<string, string>;
  cookies?: string[];
  /** A form (sent base64-encoded, as API Gateway passes form posts) or JSON. */
  form?: Record<string, string | string[]>;
  json?: unknown;
  /** Any other body (a file, a multipart form), sent base64-encoded with its content type. */
  raw?: { contentType: string; body: string };
}

const decodeJwtPayload = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));

/** The payload v2.0 event API Gateway sends for `request` on `selected`. */
export function httpApiEvent(request: HttpRequest, selected: SelectedRoute): APIGatewayProxyEventV2WithJWTAuthorizer {
  const url = new URL(request.url, ORIGIN);
  const headers: Record<string, string> = {
    host: DOMAIN,
    'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) bundles-iam test',
    'x-forwarded-for': '203.0.113.7',
    'x-forwarded-proto': 'https',
    'x-forwarded-port': '443',
    ...Object.fromEntries(Object.entries(request.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
  };
  let body: string | undefined;
  if (request.form) {
    const form = new URLSearchParams();
    for (const [name, value] of Object.entries(request.form)) {
      for (const item of Array.isArray(value) ? value : [value]) form.append(name, item);
    }
    body = Buffer.from(form.toString()).toString('base64');
    headers['content-type'] = 'application/x-www-form-urlencoded';
    headers.origin ??= ORIGIN;
  } else if (request.json !== undefined) {
    body = Buffer.from(JSON.stringify(request.json)).toString('base64');
    headers['content-type'] = 'application/json';
  } else if (request.raw) {
    body = Buffer.from(request.raw.body).toString('base64');
    headers['content-type'] = request.raw.contentType;
    if (!request.url.startsWith('/api/')) headers.origin ??= ORIGIN;
  }
  if (body !== undefined) headers['content-length'] = String(Buffer.from(body, 'base64').length);
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
  if (selected.route.authorizer === 'jwt' && !bearer) {
    throw new Error(`${request.method} ${request.url}: the JWT authorizer would answer 401 before the function runs`);
  }
  const now = Date.now();
  const queryStringParameters: Record<string, string> = {};
  for (const [name, value] of url.searchParams) {
    queryStringParameters[name] = name in queryStringParameters ? `${queryStringParameters[name]},${value}` : value;
  }
  return {
    version: '2.0',
    routeKey: selected.routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(request.cookies?.length && { cookies: request.cookies }),
    headers,
    ...(url.search && { queryStringParameters }),
    ...(selected.pathParameters && { pathParameters: selected.pathParameters }),
    requestContext: {
      accountId: '111122223333',
      apiId: 'abc123',
      domainName: DOMAIN,
      domainPrefix: 'abc123',
      http: {
        method: request.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: '203.0.113.7',
        userAgent: headers['user-agent'] as string,
      },
      requestId: randomUUID(),
      routeKey: selected.routeKey,
      stage: '$default',
      time: new Date(now).toUTCString(),
      timeEpoch: now,
      authorizer: (selected.route.authorizer === 'jwt' && bearer
        ? { jwt: { claims: decodeJwtPayload(bearer), scopes: null }, principalId: '', integrationLatency: 0 }
        : undefined) as never,
    },
    ...(body !== undefined && { body }),
    isBase64Encoded: body !== undefined,
    stageVariables: undefined,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** A stream batch as the event source mapping delivers it (NEW_AND_OLD_IMAGES). */
export function streamEvent(
  tableStreamArn: string,
  records: {
    eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
    keys: Record<string, unknown>;
    newImage?: unknown;
    oldImage?: unknown;
  }[],
): DynamoDBStreamEvent {
  return {
    Records: records.map((record, i) => ({
      eventID: randomUUID().replaceAll('-', ''),
      eventName: record.eventName,
      eventVersion: '1.1',
      eventSource: 'aws:dynamodb',
      awsRegion: 'eu-central-1',
      eventSourceARN: tableStreamArn,
      dynamodb: {
        ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
        Keys: record.keys as never,
        ...(record.newImage !== undefined && { NewImage: record.newImage as never }),
        ...(record.oldImage !== undefined && { OldImage: record.oldImage as never }),
        SequenceNumber: String(1_000_000 + i),
        SizeBytes: 512,
        StreamViewType: 'NEW_AND_OLD_IMAGES',
      },
    })),
  };
}

/** Cognito's PostConfirmation event after a self-service sign-up is confirmed. */
export function postConfirmationEvent(input: {
  region: string;
  userPoolId: string;
  clientId: string;
  username: string;
  email: string;
}): PostConfirmationTriggerEvent {
  return {
    version: '1',
    region: input.region,
    userPoolId: input.userPoolId,
    userName: input.username,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: input.clientId },
    triggerSource: 'PostConfirmation_ConfirmSignUp',
    request: {
      userAttributes: {
        sub: input.username,
        email: input.email,
        email_verified: 'true',
        'cognito:user_status': 'CONFIRMED',
      },
    },
    response: {},
  };
}

/** Cognito's CustomMessage event before it sends a sign-up's code (the placeholders Cognito fills afterwards). */
export function customMessageEvent(input: {
  region: string;
  userPoolId: string;
  clientId: string;
  username: string;
  email: string;
  locale: string;
}): CustomMessageTriggerEvent {
  return {
    version: '1',
    region: input.region,
    userPoolId: input.userPoolId,
    userName: input.username,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: input.clientId },
    triggerSource: 'CustomMessage_SignUp',
    request: {
      userAttributes: {
        sub: input.username,
        email: input.email,
        email_verified: 'false',
        locale: input.locale,
        'cognito:user_status': 'UNCONFIRMED',
      },
      codeParameter: '{####}',
      linkParameter: '{##Click Here##}',
      usernameParameter: null,
    },
    response: { smsMessage: null, emailMessage: null, emailSubject: null },
  };
}
