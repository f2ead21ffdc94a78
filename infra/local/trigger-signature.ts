/**
 * Only cognito-local may invoke the local Lambda trigger endpoint (POST /2015-03-31/functions/<name>/invocations):
 * it adds users to groups. cognito-local's Lambda client (aws-sdk v2) signs each invocation with AWS Signature V4
 * using the credentials in `.cognito/config.json` `LambdaClient`; every start writes a fresh random secret there
 * (infra/local/engines/cognito.ts), and this module recomputes the signature over the method, path, signed headers
 * and body. A forged cross-site form or text/plain POST has no valid signature (and is refused earlier for its
 * Origin header or content type).
 *
 * Used by the local platform (infra/local/server.ts) and the test listener (test/support/global-setup.ts).
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

export interface TriggerCredentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** The region and service cognito-local's Lambda client signs for (see writeTriggerConfig). */
export const TRIGGER_SIGNING = { region: 'local', service: 'lambda' } as const;
/** Signatures older or newer than this are refused (replays of a captured request). */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

/** A fresh secret per start of the platform or the test run. */
export function newTriggerCredentials(): TriggerCredentials {
  return {
    accessKeyId: `LOCALTRIGGER${randomBytes(6).toString('hex').toUpperCase()}`,
    secretAccessKey: randomBytes(32).toString('base64url'),
  };
}

export interface Invocation {
  method: string;
  /** Path and query exactly as received (not decoded). */
  url: string;
  /** Header names in any case; repeated headers joined with ", ". */
  headers: Record<string, string | undefined>;
  body: Uint8Array;
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** node:crypto as the signer's hash: SHA-256, or HMAC-SHA-256 with a key. */
export class Sha256 {
  private readonly hash;
  constructor(secret?: string | Uint8Array | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', toBytes(secret));
  }
  update(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(toBytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(new Uint8Array(this.hash.digest()));
  }
}

function toBytes(data: string | Uint8Array | ArrayBuffer | ArrayBufferView): Uint8Array {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

const AUTHORIZATION =
  /^AWS4-HMAC-SHA256 Credential=([^/,\s]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([a-z0-9;-]+), ?Signature=([0-9a-f]{64})$/;

/** `20261124T103000Z` → Date */
function parseAmzDate(value: string | undefined): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!m) return undefined;
  return new Date(Date.UTC(+(m[1] ?? 0), +(m[2] ?? 1) - 1, +(m[3] ?? 1), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0)));
}

/**
 * Browser-ish requests are refused before any signature work: a page can POST cross-site without a preflight only
 * as text/plain, a form or multipart, and browsers always send an Origin with such a POST. cognito-local's SDK sends
 * `binary/octet-stream` (a blob payload) and no Origin; JSON is accepted as well.
 */
function browserIsh(headers: Map<string, string>): string | undefined {
  if (headers.has('origin')) return 'an Origin header (a browser request)';
  const type = (headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json' && type !== 'binary/octet-stream' && type !== 'application/octet-stream') {
    return `content type ${type || '(none)'}`;
  }
  return undefined;
}

/**
 * Checks that an invocation was signed (SigV4) with `credentials` within {@link MAX_SIGNATURE_AGE_MS} of `now`, over
 * this method, path, these header values and this body. Never throws.
 */
export async function verifyInvocation(
  invocation: Invocation,
  credentials: TriggerCredentials | undefined,
  now: Date,
): Promise<Verdict> {
  if (!credentials) return { ok: false, reason: 'no trigger credentials configured' };
  const headers = new Map<string, string>();
  for (const [name, value] of Object.entries(invocation.headers)) {
    if (value !== undefined) headers.set(name.toLowerCase(), value);
  }
  if (invocation.method !== 'POST') return { ok: false, reason: `method ${invocation.method}` };
  const browser = browserIsh(headers);
  if (browser) return { ok: false, reason: browser };

  const auth = AUTHORIZATION.exec(headers.get('authorization') ?? '');
  if (!auth) return { ok: false, reason: 'no SigV4 Authorization header' };
  const [, keyId, scopeDate, region, service, signedHeaderList = '', signature = ''] = auth;
  if (keyId !== credentials.accessKeyId) return { ok: false, reason: 'unknown access key' };
  if (region !== TRIGGER_SIGNING.region || service !== TRIGGER_SIGNING.service) {
    return { ok: false, reason: 'wrong signing scope' };
  }
  const signedAt = parseAmzDate(headers.get('x-amz-date'));
  if (!signedAt) return { ok: false, reason: 'no X-Amz-Date' };
  if (scopeDate !== headers.get('x-amz-date')?.slice(0, 8)) return { ok: false, reason: 'scope date mismatch' };
  if (Math.abs(now.getTime() - signedAt.getTime()) > MAX_SIGNATURE_AGE_MS) {
    return { ok: false, reason: 'signature too old or from the future' };
  }
  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host') || !signedHeaders.includes('x-amz-date')) {
    return { ok: false, reason: 'host and date must be signed' };
  }
  const toSign: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = headers.get(name);
    if (value === undefined) return { ok: false, reason: `signed header ${name} missing` };
    toSign[name] = value;
  }

  const url = new URL(invocation.url, 'http://trigger.invalid');
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    const existing = query[name];
    query[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  const signer = new SignatureV4({
    credentials,
    region: TRIGGER_SIGNING.region,
    service: TRIGGER_SIGNING.service,
    sha256: Sha256,
    uriEscapePath: true,
    // aws-sdk v2 does not send X-Amz-Content-Sha256 for Lambda; do not add it to what is signed.
    applyChecksum: false,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: invocation.method,
      protocol: 'http:',
      hostname: toSign.host ?? '',
      path: url.pathname,
      query,
      headers: toSign,
      body: invocation.body,
    }),
    { signingDate: signedAt, signableHeaders: new Set(signedHeaders) },
  );
  const expected = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? ''))?.[1] ?? '';
  const expectedHeaders = /SignedHeaders=([^,]+)/.exec(String(signed.headers.authorization ?? ''))?.[1];
  if (expectedHeaders !== signedHeaderList) return { ok: false, reason: 'signed headers differ' };
  const ok = expected.length === signature.length && timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
  return ok ? { ok: true } : { ok: false, reason: 'signature does not match' };
}
