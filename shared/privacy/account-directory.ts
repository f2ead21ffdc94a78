import {
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { ServiceUnavailableError } from '../errors/index.ts';

/** What the user pool holds about a person (the export's `account` section). */
export interface AccountRecord {
  userId: string;
  email: string | undefined;
  locale: string | undefined;
  createdAt: string | undefined;
  status: string | undefined;
}

/** The user pool as the data-protection self-service needs it (IAM: AdminGetUser, AdminDeleteUser). */
export interface AccountDirectory {
  /** undefined when the pool has no such user (e.g. already erased). */
  get(userId: string): Promise<AccountRecord | undefined>;
  /** Idempotent: an unknown user counts as deleted. */
  delete(userId: string): Promise<void>;
}

const notFound = (error: unknown) => error instanceof Error && error.name === 'UserNotFoundException';

/**
 * Cognito admin calls by the user's `sub` (the pool accepts it as username). Any other SDK error
 * is the pool being unreachable or refusing us, never the caller's mistake: 503, not 500.
 */
export class CognitoAccountDirectory implements AccountDirectory {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async get(userId: string): Promise<AccountRecord | undefined> {
    try {
      const user = await this.client.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: userId }));
      const attribute = (name: string) => user.UserAttributes?.find((a) => a.Name === name)?.Value;
      return {
        userId,
        email: attribute('email'),
        locale: attribute('locale'),
        createdAt: user.UserCreateDate ? new Date(user.UserCreateDate).toISOString() : undefined,
        status: user.UserStatus,
      };
    } catch (error) {
      if (notFound(error)) return undefined;
      throw new ServiceUnavailableError('User pool', 30, { cause: error });
    }
  }

  async delete(userId: string): Promise<void> {
    try {
      await this.client.send(new AdminDeleteUserCommand({ UserPoolId: this.userPoolId, Username: userId }));
    } catch (error) {
      if (notFound(error)) return;
      throw new ServiceUnavailableError('User pool', 30, { cause: error });
    }
  }
}
