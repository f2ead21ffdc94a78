import {
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { ServiceUnavailableError } from '../errors/index.ts';
import type { AccountDirectory, AccountRecord } from './account-directory.ts';

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
