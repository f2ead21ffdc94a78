import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  type CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { NotFoundError } from '../errors/index.ts';
import { type Role, rolesFromGroups } from './caller.ts';
import { callCognito } from './cognito-errors.ts';

export interface StaffAccount {
  userId: string;
  email: string;
  role: Role;
  status: string;
  /** False while an admin has deactivated the account: Cognito refuses its sign-in. */
  enabled: boolean;
}

export type StaffRole = Exclude<Role, 'volunteer'>;

/** An unknown account is the caller's wrong id here, not a sign-in failure. */
function unknownAccount(error: unknown): never {
  if (error instanceof Error && error.name === 'UserNotFoundException') throw new NotFoundError('Account');
  throw error;
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

  /**
   * Makes `role` the account's one staff role (or none: `undefined`), leaving the volunteer group
   * as it is. Returns every role the account has afterwards.
   */
  async setStaffRole(userId: string, role: StaffRole | undefined): Promise<Role[]> {
    const before = await this.rolesOf(userId);
    const remove = before.filter((held) => held !== 'volunteer' && held !== role);
    for (const held of remove) {
      await callCognito('admin', () =>
        this.client.send(
          new AdminRemoveUserFromGroupCommand({ UserPoolId: this.userPoolId, Username: userId, GroupName: held }),
        ),
      );
    }
    if (role && !before.includes(role)) {
      await callCognito('admin', () =>
        this.client.send(
          new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: userId, GroupName: role }),
        ),
      );
    }
    return rolesFromGroups([...before.filter((held) => !remove.includes(held)), ...(role ? [role] : [])]);
  }

  /** Deactivates (`false`) or reactivates an account: Cognito refuses a deactivated account's sign-in. */
  async setEnabled(userId: string, enabled: boolean): Promise<void> {
    const input = { UserPoolId: this.userPoolId, Username: userId };
    await callCognito('admin', () =>
      this.client
        .send(enabled ? new AdminEnableUserCommand(input) : new AdminDisableUserCommand(input))
        .catch(unknownAccount),
    );
  }

  /**
   * Sends an invited account a new temporary password (the invitation again, as when the first
   * e-mail was lost or its password expired). Only for accounts that never signed in.
   */
  async reinvite(userId: string): Promise<void> {
    await callCognito('admin', () =>
      this.client
        .send(
          new AdminCreateUserCommand({
            UserPoolId: this.userPoolId,
            Username: userId,
            MessageAction: 'RESEND',
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        )
        .catch(unknownAccount),
    );
  }

  private async rolesOf(userId: string): Promise<Role[]> {
    const result = await callCognito('admin', () =>
      this.client
        .send(new AdminListGroupsForUserCommand({ UserPoolId: this.userPoolId, Username: userId }))
        .catch(unknownAccount),
    );
    return rolesFromGroups((result.Groups ?? []).map((group) => group.GroupName));
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
          enabled: user.Enabled !== false,
        });
      }
      token = page.NextToken;
    } while (token);
    return accounts;
  }
}
