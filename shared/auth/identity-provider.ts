import {
  type AuthenticationResultType,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  ForgotPasswordCommand,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
  RevokeTokenCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PlatformConfig } from '../config/env.ts';
import { IdentityError } from '../errors/index.ts';

export interface Tokens {
  idToken: string;
  accessToken: string;
  refreshToken?: string | undefined;
  expiresIn: number;
}

export function createCognitoClient(config: PlatformConfig): CognitoIdentityProviderClient {
  const local = config.cognito.endpoint !== undefined;
  return new CognitoIdentityProviderClient({
    region: config.region,
    ...(local && {
      endpoint: config.cognito.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      // Default retries stay on: cognito-local closes idle keep-alive sockets, and a request on
      // such a socket fails with "socket hang up" unless retried.
    }),
  });
}

/** Cognito's user-facing errors, as domain errors the pages can explain. */
function translate(error: unknown, during: 'sign-in' | 'other'): never {
  const name = error instanceof Error ? error.name : '';
  switch (name) {
    case 'UsernameExistsException':
      throw new IdentityError('USER_EXISTS', 'An account with this e-mail address already exists');
    case 'CodeMismatchException':
      throw new IdentityError('INVALID_CODE', 'The code is not correct');
    case 'ExpiredCodeException':
      throw new IdentityError('EXPIRED_CODE', 'The code has expired; ask for a new one');
    case 'UserNotConfirmedException':
      throw new IdentityError('NOT_CONFIRMED', 'Confirm your e-mail address first');
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      throw new IdentityError('TOO_MANY_ATTEMPTS', 'Too many attempts; wait a few minutes');
    case 'InvalidPasswordException':
      // cognito-local reports a wrong password this way; Cognito uses NotAuthorizedException.
      if (during === 'sign-in') throw new IdentityError('INVALID_CREDENTIALS', 'E-mail address or password is wrong');
      throw new IdentityError('INVALID_PASSWORD', 'The password does not meet the requirements');
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      throw new IdentityError('INVALID_CREDENTIALS', 'E-mail address or password is wrong');
    default:
      throw error;
  }
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
 * The app client's public Cognito operations (no IAM needed): sign-up, confirmation,
 * password sign-in, password reset and token revocation.
 */
export class IdentityProvider {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly clientId: string,
  ) {}

  async signUp(email: string, password: string, locale: string): Promise<void> {
    await this.client
      .send(
        new SignUpCommand({
          ClientId: this.clientId,
          Username: email,
          Password: password,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'locale', Value: locale },
          ],
        }),
      )
      .catch((error) => translate(error, 'other'));
  }

  async confirmSignUp(email: string, code: string): Promise<void> {
    await this.client
      .send(new ConfirmSignUpCommand({ ClientId: this.clientId, Username: email, ConfirmationCode: code }))
      .catch((error) => translate(error, 'other'));
  }

  async signIn(email: string, password: string): Promise<Tokens> {
    const result = await this.client
      .send(
        new InitiateAuthCommand({
          ClientId: this.clientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      )
      .catch((error) => translate(error, 'sign-in'));
    if (result.ChallengeName === 'NEW_PASSWORD_REQUIRED' && result.Session) {
      throw new NewPasswordRequiredError(result.Session);
    }
    return tokensOf(result.AuthenticationResult, result.ChallengeName);
  }

  /** Answers the first sign-in of an invited account: the temporary password is replaced. */
  async completeNewPassword(email: string, session: string, password: string): Promise<Tokens> {
    const result = await this.client
      .send(
        new RespondToAuthChallengeCommand({
          ClientId: this.clientId,
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          Session: session,
          ChallengeResponses: { USERNAME: email, NEW_PASSWORD: password },
        }),
      )
      .catch((error) => translate(error, 'other'));
    return tokensOf(result.AuthenticationResult, result.ChallengeName);
  }

  async forgotPassword(email: string): Promise<void> {
    await this.client.send(new ForgotPasswordCommand({ ClientId: this.clientId, Username: email })).catch((error) => {
      // Do not reveal whether an account exists.
      if (error instanceof Error && error.name === 'UserNotFoundException') return;
      translate(error, 'other');
    });
  }

  async confirmForgotPassword(email: string, code: string, password: string): Promise<void> {
    await this.client
      .send(
        new ConfirmForgotPasswordCommand({
          ClientId: this.clientId,
          Username: email,
          ConfirmationCode: code,
          Password: password,
        }),
      )
      .catch((error) => {
        if (error instanceof Error && error.name === 'UserNotFoundException') {
          throw new IdentityError('INVALID_CODE', 'The code is not correct');
        }
        translate(error, 'other');
      });
  }

  async revoke(refreshToken: string): Promise<void> {
    await this.client.send(new RevokeTokenCommand({ ClientId: this.clientId, Token: refreshToken }));
  }
}
