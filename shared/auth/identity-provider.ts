import {
  type AuthenticationResultType,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PlatformConfig } from '../config/env.ts';
import { IdentityError, RateLimitedError } from '../errors/index.ts';
import { callCognito } from './cognito-errors.ts';

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string | undefined;
  expiresIn: number;
}

/**
 * Bounded time per call (a stalled Cognito must not hold a request until the function's 10 s
 * timeout) and one retry: cognito-local closes idle keep-alive sockets, and a request on such a
 * socket fails with "socket hang up" unless retried; in AWS the retry covers throttling and
 * transient 5xx. Two attempts of at most 1 s to connect and 3.5 s to answer stay under 10 s.
 */
export const COGNITO_CLIENT_LIMITS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 1_000, requestTimeout: 3_500 },
} as const;

/** `limits.maxAttempts`: more retries for a job that has minutes (the import job); requests keep two. */
export function createCognitoClient(
  config: PlatformConfig,
  limits: { maxAttempts?: number } = {},
): CognitoIdentityProviderClient {
  const local = config.cognito.endpoint !== undefined;
  return new CognitoIdentityProviderClient({
    region: config.region,
    ...COGNITO_CLIENT_LIMITS,
    ...limits,
    ...(local && {
      endpoint: config.cognito.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
  });
}

/** An invited account signs in for the first time and must choose its own password. */
export class NewPasswordRequiredError extends IdentityError {
  constructor(readonly session: string) {
    super('NEW_PASSWORD_REQUIRED', 'Choose your own password to finish signing in');
  }

  /** Returned to API clients, which answer with POST /api/auth/new-password. */
  get details() {
    return { session: this.session };
  }
}

function tokensOf(auth: AuthenticationResultType | undefined, challenge: string | undefined): Tokens {
  if (!auth?.IdToken || !auth.AccessToken) {
    throw new IdentityError(
      'INVALID_CREDENTIALS',
      `Sign-in needs a step this app does not support: ${challenge ?? 'unknown'}`,
    );
  }
  return {
    idToken: auth.IdToken,
    accessToken: auth.AccessToken,
    refreshToken: auth.RefreshToken,
    expiresIn: auth.ExpiresIn ?? 3600,
  };
}

/**
 * The app client's public Cognito operations (no IAM needed): sign-up, confirmation and its
 * resent code, password sign-in, password reset and token revocation.
 */
export class IdentityProvider {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly clientId: string,
  ) {}

  async signUp(email: string, password: string, locale: string): Promise<void> {
    await callCognito('sign-up', () =>
      this.client.send(
        new SignUpCommand({
          ClientId: this.clientId,
          Username: email,
          Password: password,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'locale', Value: locale },
          ],
        }),
      ),
    );
  }

  async confirmSignUp(email: string, code: string): Promise<void> {
    await callCognito('confirm', () =>
      this.client.send(new ConfirmSignUpCommand({ ClientId: this.clientId, Username: email, ConfirmationCode: code })),
    );
  }

  /**
   * Sends a new confirmation code to an account that signed up but never confirmed. Answers alike
   * whether the account exists, is unconfirmed or already confirmed, and whether Cognito throttles
   * it: only outages are reported (as {@link forgotPassword}; our own throttle limits the sending).
   */
  async resendConfirmationCode(email: string): Promise<void> {
    try {
      await callCognito('resend-code', () =>
        this.client.send(new ResendConfirmationCodeCommand({ ClientId: this.clientId, Username: email })),
      );
    } catch (error) {
      if (error instanceof IdentityError || error instanceof RateLimitedError) return;
      throw error;
    }
  }

  async signIn(email: string, password: string): Promise<Tokens> {
    const result = await callCognito('sign-in', () =>
      this.client.send(
        new InitiateAuthCommand({
          ClientId: this.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      ),
    );
    if (result.ChallengeName === 'NEW_PASSWORD_REQUIRED' && result.Session) {
      throw new NewPasswordRequiredError(result.Session);
    }
    return tokensOf(result.AuthenticationResult, result.ChallengeName);
  }

  /** Answers the first sign-in of an invited account: the temporary password is replaced. */
  async completeNewPassword(email: string, session: string, password: string): Promise<Tokens> {
    const result = await callCognito('new-password', () =>
      this.client.send(
        new RespondToAuthChallengeCommand({
          ClientId: this.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: session,
          ChallengeResponses: { USERNAME: email, NEW_PASSWORD: password },
        }),
      ),
    );
    return tokensOf(result.AuthenticationResult, result.ChallengeName);
  }

  /**
   * Sends a reset code. Answers alike whether or not the account exists, is confirmed or has a
   * verified address, and whether Cognito throttles it (it counts per existing account): only
   * outages are reported. Our own throttle (shared/throttle) limits the sending for every address.
   */
  async forgotPassword(email: string): Promise<void> {
    try {
      await callCognito('forgot-password', () =>
        this.client.send(new ForgotPasswordCommand({ ClientId: this.clientId, Username: email })),
      );
    } catch (error) {
      if (error instanceof IdentityError || error instanceof RateLimitedError) return;
      throw error;
    }
  }

  async confirmForgotPassword(email: string, code: string, password: string): Promise<void> {
    await callCognito('reset-password', () =>
      this.client.send(
        new ConfirmForgotPasswordCommand({
          ClientId: this.clientId,
          Username: email,
          ConfirmationCode: code,
          Password: password,
        }),
      ),
    );
  }

  /** Revokes a refresh token (and the tokens issued from it); a token Cognito does not know is a 400. */
  async revoke(refreshToken: string): Promise<void> {
    await callCognito('revoke', () =>
      this.client.send(new RevokeTokenCommand({ ClientId: this.clientId, Token: refreshToken })),
    );
  }
}
