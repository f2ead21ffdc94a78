/**
 * A recording proxy on 127.0.0.1 in front of DynamoDB Local and cognito-local. Every bundle sends
 * its SDK calls here (DYNAMODB_ENDPOINT, COGNITO_ENDPOINT and AWS_ENDPOINT_URL); the calling
 * function is told by the `app/<name>` part of the SDK's user agent (AWS_SDK_UA_APP_ID). Each call
 * is authorised against that function's synthesized role: allowed calls are forwarded, denied ones
 * answered with AccessDeniedException as AWS would. Everything is recorded for the test to judge.
 * SES v2 SendEmail has no local counterpart: an allowed one is answered here and kept in `sentEmails`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Arns, describeCall, describeSendEmail, SES_SEND_EMAIL_PATH } from './aws-calls.ts';
import { type AuthorisationRequest, evaluate, type Statement } from './iam-policy.ts';

export interface RecordedCall {
  /** The function that made the call (its folder name), if the user agent names one. */
  functionName: string | undefined;
  /** `dynamodb:GetItem on arn:…`, `cognito-idp:InitiateAuth (public)`, or the raw request when unknown. */
  call: string;
  allowed: boolean;
  reason: string;
}

export interface RecordingProxyOptions {
  dynamoEndpoint: string;
  cognitoEndpoint: string;
  arns: Arns;
}

const APP_ID = /(?:^|\s)app\/(\S+)/;

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export class RecordingProxy {
  readonly calls: RecordedCall[] = [];
  /** The SendEmail request bodies that were allowed (answered by the proxy itself). */
  readonly sentEmails: { functionName: string | undefined; body: Record<string, unknown> }[] = [];
  /** Each function's role statements by folder name; set once the stack is synthesized. */
  policies = new Map<string, Statement[]>();
  #server: http.Server | undefined;
  #url: string | undefined;

  constructor(private readonly options: RecordingProxyOptions) {}

  get url(): string {
    if (!this.#url) throw new Error('proxy not started');
    return this.#url;
  }

  async start(): Promise<string> {
    const server = http.createServer((req, res) => {
      this.#handle(req, res).catch((error: unknown) => {
        this.calls.push({
          functionName: undefined,
          call: `${req.method} ${req.url}`,
          allowed: false,
          reason: `proxy failed: ${String(error)}`,
        });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"__type":"ProxyError"}');
      });
    });
    this.#server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.#url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.#url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const body = await readBody(req);
    const target = req.headers['x-amz-target'];
    const agent = `${req.headers['x-amz-user-agent'] ?? ''} ${req.headers['user-agent'] ?? ''}`;
    const functionName = APP_ID.exec(agent)?.[1];
    const record = (call: string, allowed: boolean, reason: string) =>
      this.calls.push({ functionName, call, allowed, reason });

    if (typeof target !== 'string' && req.method === 'POST' && req.url === SES_SEND_EMAIL_PATH) {
      const payload = JSON.parse(body.toString('utf8') || '{}');
      const denied = this.#authorise(functionName, describeSendEmail(payload, this.options.arns), record);
      if (denied) {
        res.writeHead(403, { 'content-type': 'application/json', 'x-amzn-errortype': 'AccessDeniedException' });
        res.end(JSON.stringify({ message: `User: ${functionName} ${denied}` }));
        return;
      }
      this.sentEmails.push({ functionName, body: payload });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ MessageId: `iam-test-${this.sentEmails.length}` }));
      return;
    }
    if (typeof target !== 'string') {
      // The JWKS and discovery documents: public, fetched by token verification (not an SDK call).
      if (req.method === 'GET' && /\/\.well-known\/(jwks\.json|openid-configuration)$/.test(req.url ?? '')) {
        return this.#forward(this.options.cognitoEndpoint, req, body, res);
      }
      record(`${req.method} ${req.url}`, false, 'not a DynamoDB or Cognito call: the test cannot authorise it');
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"__type":"UnknownOperationException","message":"not served by the IAM test proxy"}');
      return;
    }
    const described = describeCall(target, JSON.parse(body.toString('utf8') || '{}'), this.options.arns);
    if (!described) {
      record(target, false, 'unknown service: the test cannot authorise it');
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"__type":"UnknownOperationException","message":"not served by the IAM test proxy"}');
      return;
    }
    const upstream = described.service === 'dynamodb' ? this.options.dynamoEndpoint : this.options.cognitoEndpoint;
    if ('public' in described) {
      record(`${described.service}:${described.operation} (public, no IAM)`, true, 'public operation');
      return this.#forward(upstream, req, body, res);
    }
    const denied = this.#authorise(functionName, described.authorisations, record);
    if (denied) {
      res.writeHead(400, { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-errortype': 'AccessDeniedException' });
      res.end(
        JSON.stringify({
          __type: 'com.amazon.coral.service#AccessDeniedException',
          message: `User: arn:aws:sts::${this.options.arns.accountId}:assumed-role/${functionName} ${denied}`,
        }),
      );
      return;
    }
    return this.#forward(upstream, req, body, res);
  }

  /** Records each authorisation; the first denial's message, or undefined when all are allowed. */
  #authorise(
    functionName: string | undefined,
    authorisations: AuthorisationRequest[],
    record: (call: string, allowed: boolean, reason: string) => void,
  ): string | undefined {
    const statements = functionName === undefined ? undefined : this.policies.get(functionName);
    let denied: string | undefined;
    for (const authorisation of authorisations) {
      const call = `${authorisation.action} on ${authorisation.resource}`;
      const decision = statements
        ? evaluate(statements, authorisation)
        : { allowed: false, reason: `unknown caller "${functionName ?? '(no app id in the user agent)'}"` };
      record(call, decision.allowed, decision.reason);
      if (!decision.allowed) denied ??= `is not authorized to perform: ${call} (${decision.reason})`;
    }
    return denied;
  }

  #forward(upstream: string, req: http.IncomingMessage, body: Buffer, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', upstream);
    const headers = { ...req.headers, host: url.host };
    return new Promise((resolve, reject) => {
      const outgoing = http.request(url, { method: req.method, headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        answer.on('end', () => resolve());
        answer.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }
}
