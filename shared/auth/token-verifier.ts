import { createRemoteJWKSet, type JWTPayload, jwtVerify } from 'jose';
import type { PlatformConfig } from '../config/env.ts';
import { UnauthenticatedError } from '../errors/index.ts';
import { type Caller, rolesFromGroups } from './caller.ts';

/**
 * Verifies Cognito ID and access tokens against the pool's JWKS (cached by jose), checking
 * issuer, expiry, token use and that the token was issued to our app client.
 */
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly cognito: PlatformConfig['cognito']) {
    this.jwks = createRemoteJWKSet(new URL(cognito.jwksUrl));
  }

  async verify(token: string): Promise<Caller> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, this.jwks, { issuer: this.cognito.issuer, algorithms: ['RS256'] }));
    } catch {
      throw new UnauthenticatedError('Invalid or expired token');
    }
    const issuedToUs =
      payload.token_use === 'access'
        ? payload.client_id === this.cognito.clientId
        : payload.token_use === 'id' && payload.aud === this.cognito.clientId;
    if (!issuedToUs || typeof payload.sub !== 'string') throw new UnauthenticatedError('Token not issued to this app');
    return {
      userId: payload.sub,
      email: typeof payload.email === 'string' ? payload.email : undefined,
      roles: rolesFromGroups(payload['cognito:groups']),
    };
  }
}
