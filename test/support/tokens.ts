/**
 * Cognito-style tokens made in tests: signed with cognito-local's key (published in its package,
 * which is why the local platform is never for real data), or with a stranger's key. For the
 * cases cognito-local will not issue itself: expired, another audience, no group.
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { generateKeyPair, importJWK, type JWTPayload, SignJWT } from 'jose';
import type { PlatformConfig } from '../../shared/config/env.ts';

const require = createRequire(import.meta.url);
const { jwk } = require('cognito-local/lib/keys/cognitoLocal.private.json') as { jwk: Record<string, string> };

export interface TokenOptions {
  tokenUse?: 'id' | 'access';
  sub?: string;
  groups?: string[];
  email?: string;
  /** Seconds since the epoch; now by default. */
  issuedAt?: number;
  /** Seconds after issuedAt; an hour by default (negative: already expired). */
  lifetime?: number;
  /** Replaces or removes (undefined) claims after the defaults are set. */
  claims?: JWTPayload;
  /** Sign with a key the pool does not publish. */
  foreignKey?: boolean;
}

export async function signToken(config: PlatformConfig, options: TokenOptions = {}): Promise<string> {
  const tokenUse = options.tokenUse ?? 'id';
  const iat = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const payload: JWTPayload = {
    sub: options.sub ?? randomUUID(),
    token_use: tokenUse,
    iss: config.cognito.issuer,
    iat,
    exp: iat + (options.lifetime ?? 3600),
    ...(options.groups && { 'cognito:groups': options.groups }),
    ...(tokenUse === 'id'
      ? { aud: config.cognito.clientId, email: options.email ?? `${randomUUID().slice(0, 8)}@example.org` }
      : { client_id: config.cognito.clientId }),
    ...options.claims,
  };
  const key = options.foreignKey ? (await generateKeyPair('RS256')).privateKey : await importJWK(jwk, 'RS256');
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' }).sign(key);
}
