import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  type CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Role } from './caller.ts';
import { callCognito } from './cognito-errors.ts';

export interface StaffAccount {
  userId: string;
  email: string;
  role: Role;
  status: string;
}

const attribute = (user: UserType, name: string) => user.Attributes?.find((a) => a.Name === name)?.Value;

/**
 * Admin operations on the user pool (IAM-protected): staff accounts are created by admins,
 * with a temporary password Cognito e-mails; the first sign-in asks for a new one.
 */
export class IdentityAdmin {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  async invite(email: string, role: Exclude<Role, 'volunteer'>): Promise<string> {
    const created = await callCognito('admin', () =>
      this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: email,
          DesiredDeliveryMediums: ['EMAIL'],
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      ),
    );
    const user: UserType | undefined = created.User;
    const userId = (user && attribute(user, 'sub')) ?? user?.Username;
    if (!userId) throw new Error('Cognito returned no user id');
    await callCognito('admin', () =>
      this.client.send(
        new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: userId, GroupName: role }),
      ),
    );
    return userId;
  }

  async members(role: Role): Promise<StaffAccount[]> {
    const accounts: StaffAccount[] = [];
    let token: string | undefined;
    do {
      const page = await callCognito('admin', () =>
        this.client.send(
          new ListUsersInGroupCommand({ UserPoolId: this.userPoolId, GroupName: role, NextToken: token }),
        ),
      );
      for (const user of page.Users ?? []) {
        accounts.push({
          userId: attribute(user, 'sub') ?? user.Username ?? '',
          email: attribute(user, 'email') ?? '',
          role,
          status: user.UserStatus ?? 'UNKNOWN',
        });
      }
      token = page.NextToken;
    } while (token);
    return accounts;
  }
}
