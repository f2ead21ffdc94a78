import {
  type DomainError,
  ForbiddenError,
  IdentityError,
  RateLimitedError,
  ServiceUnavailableError,
} from '../errors/index.ts';

/**
 * The Cognito operation an error came from: the same exception means different things in
 * different flows (NotAuthorized is a wrong password at sign-in, a bad token at sign-out, an
 * unknown or already confirmed account when confirming).
 */
export type CognitoOperation =
  | 'sign-up'
  | 'confirm'
  | 'resend-code'
  | 'sign-in'
  | 'new-password'
  | 'forgot-password'
  | 'reset-password'
  | 'revoke'
  | 'admin';

/** How long a caller throttled by Cognito itself should wait (Cognito does not say). */
export const COGNITO_THROTTLE_SECONDS = 60;
/** How long to wait when Cognito is unreachable or failing. */
export const COGNITO_UNAVAILABLE_SECONDS = 5;

const invalidCredentials = () => new IdentityError('INVALID_CREDENTIALS', 'E-mail address or password is wrong');
/** Wrong, expired, or for an account that does not exist or is already confirmed: one answer for all. */
const invalidCode = () => new IdentityError('INVALID_CODE', 'The code is not correct or has expired');
const invalidToken = () => new IdentityError('INVALID_TOKEN', 'The token is not a valid refresh token of this app');

const TRANSPORT_ERRORS = new Set([
  'TimeoutError',
  'AbortError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'NetworkingError',
]);

/** Cognito (or the network to it) failed, not the caller: a retry later can succeed. */
export function isCognitoUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const meta = error as Error & { $fault?: string; $metadata?: { httpStatusCode?: number }; code?: string };
  if (meta.$fault === 'server') return true;
  const status = meta.$metadata?.httpStatusCode;
  if (status !== undefined && status >= 500) return true;
  if (TRANSPORT_ERRORS.has(error.name) || (meta.code !== undefined && TRANSPORT_ERRORS.has(meta.code))) return true;
  // Errors below the SDK's deserialiser (socket hang up, DNS) carry no HTTP status at all.
  return status === undefined && meta.$fault === undefined && /socket|network|connect/i.test(error.message);
}

/**
 * Maps an error of the Cognito SDK to a domain error: the caller's mistakes become 4xx errors with
 * stable codes, throttling becomes 429, Cognito or network failures become 503. Anything else
 * (e.g. a missing pool: our own misconfiguration) is returned unchanged and stays a 500.
 */
export function translateCognitoError(error: unknown, operation: CognitoOperation): unknown {
  if (!(error instanceof Error)) return error;
  const codeFlow = operation === 'confirm' || operation === 'reset-password';
  switch (error.name) {
    case 'NotAuthorizedException':
      if (operation === 'revoke') return invalidToken();
      if (codeFlow) return invalidCode();
      if (operation === 'new-password') return new IdentityError('INVALID_SESSION', 'Sign in again to continue');
      return invalidCredentials();
    case 'UserNotFoundException':
      if (codeFlow) return invalidCode();
      return invalidCredentials();
    case 'UnsupportedTokenTypeException':
    case 'UnauthorizedException':
    case 'RefreshTokenReuseException':
      return invalidToken();
    case 'CodeMismatchException':
    case 'ExpiredCodeException':
      return invalidCode();
    case 'PasswordHistoryPolicyViolationException':
      return new IdentityError('INVALID_PASSWORD', 'Choose a password you have not used before');
    case 'InvalidPasswordException':
      // cognito-local reports a wrong password this way; Cognito uses NotAuthorizedException.
      if (operation === 'sign-in') return invalidCredentials();
      return new IdentityError('INVALID_PASSWORD', 'The password does not meet the requirements');
    case 'UsernameExistsException':
    case 'AliasExistsException':
    case 'UnsupportedUserStateException':
      return new IdentityError('USER_EXISTS', 'An account with this e-mail address already exists');
    case 'UserNotConfirmedException':
      return new IdentityError('NOT_CONFIRMED', 'Confirm your e-mail address first');
    case 'PasswordResetRequiredException':
      return new IdentityError('PASSWORD_RESET_REQUIRED', 'Choose a new password with "Forgot password"');
    case 'InvalidParameterException':
      if (operation === 'revoke') return invalidToken();
      if (codeFlow) return invalidCode();
      return new IdentityError('INVALID_REQUEST', 'The request was not accepted; check the values sent');
    case 'ForbiddenException':
      return new ForbiddenError('The identity provider refused this request');
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return new RateLimitedError(COGNITO_THROTTLE_SECONDS);
    case 'CodeDeliveryFailureException':
    case 'InvalidEmailRoleAccessPolicyException':
    case 'InvalidLambdaResponseException':
    case 'UnexpectedLambdaException':
    case 'UserLambdaValidationException':
    case 'InternalErrorException':
    case 'InternalServerException':
    case 'ConcurrentModificationException':
      return new ServiceUnavailableError('Identity provider', COGNITO_UNAVAILABLE_SECONDS, { cause: error });
    default:
      if (isCognitoUnavailable(error)) {
        return new ServiceUnavailableError('Identity provider', COGNITO_UNAVAILABLE_SECONDS, { cause: error });
      }
      return error;
  }
}

/** Runs one Cognito call and throws its error translated (see {@link translateCognitoError}). */
export async function callCognito<T>(operation: CognitoOperation, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateCognitoError(error, operation) as DomainError | Error;
  }
}
