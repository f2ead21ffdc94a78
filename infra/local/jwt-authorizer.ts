import { createRemoteJWKSet, errors, type JWTPayload, jwtVerify } from 'jose';
import { GATEWAY_UNAUTHORIZED_BODY } from '../../shared/gateway/gateway-route.ts';

/** What API Gateway's JWT authorizer is configured with (infra/constructs/http-api.ts). */
export interface JwtAuthorizerConfig {
  issuer: string;
  /** The authorizer's `jwtAudience`: our app client. */
  audience: readonly string[];
  jwksUrl: string;
}

/**
 * API Gateway's own 401: `{"message":"Unauthorized"}` and a `www-authenticate` challenge, plain
 * `Bearer` without a token, else naming why the token was refused. AWS publishes the wording of
 * one reason only ("the token does not have a valid audience"); the others follow its style.
 * Clients must rely on the status and body, never on the description.
 */
export function gatewayUnauthorized(reason?: string): Response {
  return new Response(JSON.stringify(GATEWAY_UNAUTHORIZED_BODY), {
    status: 401,
    headers: {
      'content-type': 'application/json',
      'www-authenticate': reason ? `Bearer scope="" error="invalid_token" error_description="${reason}"` : 'Bearer',
    },
  });
}

/** Why jose refused a token, in the authorizer's words. */
function reasonOf(error: unknown): string | undefined {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'the token does not have a valid issuer';
    if (error.claim === 'nbf' || error.claim === 'iat') return 'the token is not valid yet';
    return 'the token has an invalid claim';
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JWKSNoMatchingKey) {
    return 'the token has an invalid signature';
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token is signed with an unsupported algorithm';
  if (error instanceof errors.JOSEError) return 'the token is malformed';
  return undefined;
}

/** `aud` when the token has one, else `client_id`, must name one of the configured audiences. */
function hasValidAudience(payload: JWTPayload, audience: readonly string[]): boolean {
  if (payload.aud !== undefined) {
    const claimed = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    return claimed.some((entry) => audience.includes(entry));
  }
  return typeof payload.client_id === 'string' && audience.includes(payload.client_id);
}

/**
 * The local stand-in for API Gateway's JWT authorizer on the routes whose gateway.ts descriptor
 * says `authorizer: 'jwt'`. As the gateway does, it takes the token from the Authorization
 * header (bare or after `Bearer `), checks an RSA signature against the pool's JWKS, the issuer,
 * `aud` (or `client_id` without `aud`), `exp`, `nbf` and `iat`, and answers its own 401 before
 * the function runs. It does not check `token_use`: the function does.
 */
export function createJwtAuthorizer(config: JwtAuthorizerConfig) {
  const jwks = createRemoteJWKSet(new URL(config.jwksUrl));
  /** undefined: let the request through; else the gateway's answer. */
  return async (authorization: string | undefined): Promise<Response | undefined> => {
    const token = authorization?.trim().replace(/^Bearer(\s+|$)/i, '');
    if (!token) return gatewayUnauthorized();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, jwks, {
        issuer: config.issuer,
        algorithms: ['RS256', 'RS384', 'RS512'],
      }));
    } catch (error) {
      const reason = reasonOf(error);
      // The key set could not be read: the gateway fails, it does not let the request through.
      if (reason === undefined) return Response.json({ message: 'Internal Server Error' }, { status: 500 });
      return gatewayUnauthorized(reason);
    }
    if (!hasValidAudience(payload, config.audience)) {
      return gatewayUnauthorized('the token does not have a valid audience');
    }
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000) {
      return gatewayUnauthorized('the token is not valid yet');
    }
    return undefined;
  };
}
