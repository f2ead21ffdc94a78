import {
  AliasExistsException,
  CodeDeliveryFailureException,
  CodeMismatchException,
  type CognitoIdentityProviderClient,
  ExpiredCodeException,
  ForbiddenException,
  InternalErrorException,
  InvalidParameterException,
  InvalidPasswordException,
  LimitExceededException,
  NotAuthorizedException,
  PasswordResetRequiredException,
  ResourceNotFoundException,
  TooManyFailedAttemptsException,
  TooManyRequestsException,
  UnsupportedTokenTypeException,
  UserNotConfirmedException,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { DomainError, RateLimitedError, ServiceUnavailableError } from '../errors/index.ts';
import { statusOf } from '../http/error-handler.ts';
import { IdentityAdmin } from './identity-admin.ts';
import { IdentityProvider } from './identity-provider.ts';

const meta = { $metadata: { httpStatusCode: 400 } };
type ErrorFactory = () => Error;
const sdk: Record<string, ErrorFactory> = {
  NotAuthorized: () => new NotAuthorizedException({ message: 'Incorrect username or password.', ...meta }),
  UserNotFound: () => new UserNotFoundException({ message: 'User does not exist.', ...meta }),
  InvalidParameter: () => new InvalidParameterException({ message: 'bad', ...meta }),
  UnsupportedTokenType: () => new UnsupportedTokenTypeException({ message: 'access token', ...meta }),
  CodeMismatch: () => new CodeMismatchException({ message: 'mismatch', ...meta }),
  ExpiredCode: () => new ExpiredCodeException({ message: 'expired', ...meta }),
  InvalidPassword: () => new InvalidPasswordException({ message: 'weak', ...meta }),
  UsernameExists: () => new UsernameExistsException({ message: 'exists', ...meta }),
  AliasExists: () => new AliasExistsException({ message: 'exists', ...meta }),
  UserNotConfirmed: () => new UserNotConfirmedException({ message: 'unconfirmed', ...meta }),
  PasswordResetRequired: () => new PasswordResetRequiredException({ message: 'reset', ...meta }),
  Forbidden: () => new ForbiddenException({ message: 'waf', ...meta }),
  TooManyRequests: () => new TooManyRequestsException({ message: 'slow down', ...meta }),
  LimitExceeded: () => new LimitExceededException({ message: 'limit', ...meta }),
  TooManyFailedAttempts: () => new TooManyFailedAttemptsException({ message: 'attempts', ...meta }),
  CodeDeliveryFailure: () => new CodeDeliveryFailureException({ message: 'no mail', ...meta }),
  InternalError: () => new InternalErrorException({ message: 'boom', $metadata: { httpStatusCode: 500 } }),
  // cognito-local's answer to an operation it does not implement.
  Http500: () =>
    Object.assign(new Error('CognitoLocal#Unsupported'), { $fault: 'server', $metadata: { httpStatusCode: 500 } }),
  SocketHangUp: () => Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
  ConnectionRefused: () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9229'), { code: 'ECONNREFUSED' }),
  Timeout: () => Object.assign(new Error('Request timed out'), { name: 'TimeoutError' }),
};

/** A client whose every call fails with the given error: the mapping happens in the adapter. */
const failingClient = (error: Error) =>
  ({ send: () => Promise.reject(error) }) as unknown as CognitoIdentityProviderClient;

const PASSWORD = 'Sicheres-Passwort-2026!';
const calls: Record<string, (provider: IdentityProvider) => Promise<unknown>> = {
  signUp: (p) => p.signUp('a@example.org', PASSWORD, 'de'),
  confirmSignUp: (p) => p.confirmSignUp('a@example.org', '123456'),
  signIn: (p) => p.signIn('a@example.org', PASSWORD),
  completeNewPassword: (p) => p.completeNewPassword('a@example.org', 'session', PASSWORD),
  forgotPassword: (p) => p.forgotPassword('a@example.org'),
  confirmForgotPassword: (p) => p.confirmForgotPassword('a@example.org', '123456', PASSWORD),
  revoke: (p) => p.revoke('token'),
};

async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return 'ok';
  } catch (error) {
    const status = statusOf(error);
    const code = error instanceof DomainError ? error.code : 'raw';
    return `${status} ${code}`;
  }
}

describe('Cognito errors at the identity provider', () => {
  // Every client mistake is a 4xx with a stable code; throttling 429; Cognito or network trouble 503.
  const expected: Record<string, Record<string, string>> = {
    signIn: {
      NotAuthorized: '401 INVALID_CREDENTIALS',
      UserNotFound: '401 INVALID_CREDENTIALS',
      InvalidPassword: '401 INVALID_CREDENTIALS',
      UserNotConfirmed: '403 NOT_CONFIRMED',
      PasswordResetRequired: '403 PASSWORD_RESET_REQUIRED',
      InvalidParameter: '400 INVALID_REQUEST',
    },
    signUp: {
      UsernameExists: '409 USER_EXISTS',
      AliasExists: '409 USER_EXISTS',
      InvalidPassword: '400 INVALID_PASSWORD',
      InvalidParameter: '400 INVALID_REQUEST',
    },
    confirmSignUp: {
      // Unknown, already confirmed, wrong or expired: one answer, so confirming reveals no account.
      NotAuthorized: '400 INVALID_CODE',
      UserNotFound: '400 INVALID_CODE',
      CodeMismatch: '400 INVALID_CODE',
      ExpiredCode: '400 INVALID_CODE',
      InvalidParameter: '400 INVALID_CODE',
    },
    completeNewPassword: {
      NotAuthorized: '401 INVALID_SESSION',
      InvalidPassword: '400 INVALID_PASSWORD',
      CodeMismatch: '400 INVALID_CODE',
      ExpiredCode: '400 INVALID_CODE',
    },
    confirmForgotPassword: {
      UserNotFound: '400 INVALID_CODE',
      CodeMismatch: '400 INVALID_CODE',
      ExpiredCode: '400 INVALID_CODE',
      NotAuthorized: '400 INVALID_CODE',
      InvalidPassword: '400 INVALID_PASSWORD',
    },
    forgotPassword: {
      // Nothing about the account is revealed: unknown, unconfirmed, disabled, throttled alike.
      UserNotFound: 'ok',
      NotAuthorized: 'ok',
      InvalidParameter: 'ok',
      LimitExceeded: 'ok',
      TooManyRequests: 'ok',
      TooManyFailedAttempts: 'ok',
    },
    revoke: {
      NotAuthorized: '400 INVALID_TOKEN',
      UnsupportedTokenType: '400 INVALID_TOKEN',
      InvalidParameter: '400 INVALID_TOKEN',
    },
  };
  const common: Record<string, string> = {
    Forbidden: '403 FORBIDDEN',
    TooManyRequests: '429 RATE_LIMITED',
    LimitExceeded: '429 RATE_LIMITED',
    TooManyFailedAttempts: '429 RATE_LIMITED',
    CodeDeliveryFailure: '503 SERVICE_UNAVAILABLE',
    InternalError: '503 SERVICE_UNAVAILABLE',
    Http500: '503 SERVICE_UNAVAILABLE',
    SocketHangUp: '503 SERVICE_UNAVAILABLE',
    ConnectionRefused: '503 SERVICE_UNAVAILABLE',
    Timeout: '503 SERVICE_UNAVAILABLE',
  };

  for (const [method, call] of Object.entries(calls)) {
    it(`${method}: maps every Cognito error class, never a 500`, async () => {
      const seen: Record<string, string> = {};
      const wanted: Record<string, string> = {};
      for (const [name, make] of Object.entries(sdk)) {
        seen[name] = await outcome(() => call(new IdentityProvider(failingClient(make()), 'client')));
        wanted[name] = expected[method]?.[name] ?? common[name] ?? seen[name];
        expect(seen[name], `${method} ${name}`).not.toMatch(/^500/);
      }
      expect(seen).toEqual(wanted);
    });
  }

  it('gives throttled callers a Retry-After and keeps the cause of an outage for the log', async () => {
    const throttled = await new IdentityProvider(failingClient(sdk.TooManyRequests?.() as Error), 'c')
      .signIn('a@example.org', PASSWORD)
      .catch((error: unknown) => error);
    expect(throttled).toBeInstanceOf(RateLimitedError);
    expect((throttled as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    const down = await new IdentityProvider(failingClient(sdk.SocketHangUp?.() as Error), 'c')
      .revoke('t')
      .catch((error: unknown) => error);
    expect(down).toBeInstanceOf(ServiceUnavailableError);
    expect((down as ServiceUnavailableError).cause).toBeInstanceOf(Error);
  });

  it('leaves our own misconfiguration (an unknown pool) a 500', async () => {
    const error = new ResourceNotFoundException({ message: 'pool', ...meta });
    expect(await outcome(() => new IdentityProvider(failingClient(error), 'c').signIn('a@example.org', 'x'))).toBe(
      '500 raw',
    );
  });
});

describe('Cognito errors at the identity admin', () => {
  const admin = (error: Error) => new IdentityAdmin(failingClient(error), 'pool');
  it('maps an existing address to 409, throttling to 429 and outages to 503 for invite and members', async () => {
    expect(await outcome(() => admin(sdk.UsernameExists?.() as Error).invite('a@example.org', 'manager'))).toBe(
      '409 USER_EXISTS',
    );
    expect(await outcome(() => admin(sdk.InvalidParameter?.() as Error).invite('a@example.org', 'manager'))).toBe(
      '400 INVALID_REQUEST',
    );
    expect(await outcome(() => admin(sdk.TooManyRequests?.() as Error).members('manager'))).toBe('429 RATE_LIMITED');
    expect(await outcome(() => admin(sdk.Timeout?.() as Error).members('manager'))).toBe('503 SERVICE_UNAVAILABLE');
    expect(await outcome(() => admin(sdk.SocketHangUp?.() as Error).invite('a@example.org', 'admin'))).toBe(
      '503 SERVICE_UNAVAILABLE',
    );
  });
});
