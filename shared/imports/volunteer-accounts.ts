import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { callCognito } from '../auth/cognito-errors.ts';
import { CallPace, type CognitoPace } from './call-pace.ts';

/**
 * An imported volunteer's account: its id (`sub`), and whether it still needs its invitation
 * (created now, or created silently by an earlier attempt of an import and never signed in).
 */
export interface VolunteerAccount {
  userId: string;
  needsInvitation: boolean;
}

/**
 * The user pool side of the volunteers' import. A profile is keyed by the account's `sub`, which
 * Cognito alone assigns, so the accounts come first — created silently (`SUPPRESS`: no e-mail,
 * nobody can sign in without the temporary password nobody got); the invitation e-mail goes out
 * only after the profiles are written ({@link invite}, Cognito's own invitation resent). Every
 * call waits for its slot in its quota category's pace (call-pace.ts).
 */
export class VolunteerAccounts {
  private readonly creation: CallPace;
  private readonly update: CallPace;
  private readonly read: CallPace;

  constructor(
    private readonly client: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
    pace: CognitoPace,
  ) {
    this.creation = new CallPace(pace.creation);
    this.update = new CallPace(pace.update);
    this.read = new CallPace(pace.read);
  }

  /** The account of this address: created (silently, in the volunteer group) or the existing one. */
  async ensure(email: string): Promise<VolunteerAccount> {
    try {
      await this.creation.slot();
      const created = await this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: email,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      );
      const userId =
        created.User?.Attributes?.find((attribute) => attribute.Name === 'sub')?.Value ?? created.User?.Username;
      if (!userId) throw new Error('Cognito returned no user id');
      await this.update.slot();
      await callCognito('admin', () =>
        this.client.send(
          new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: userId, GroupName: 'volunteer' }),
        ),
      );
      return { userId, needsInvitation: true };
    } catch (error) {
      if (!(error instanceof Error && error.name === 'UsernameExistsException')) {
        return callCognito('admin', () => Promise.reject(error));
      }
    }
    await this.read.slot();
    const existing = await callCognito('admin', () =>
      this.client.send(new AdminGetUserCommand({ UserPoolId: this.userPoolId, Username: email })),
    );
    const userId = existing.UserAttributes?.find((attribute) => attribute.Name === 'sub')?.Value ?? existing.Username;
    if (!userId) throw new Error('Cognito returned no user id');
    return { userId, needsInvitation: existing.UserStatus === 'FORCE_CHANGE_PASSWORD' };
  }

  /** Sends an account created by an import its invitation (a temporary password, by Cognito's e-mail). */
  async invite(userId: string): Promise<void> {
    await this.creation.slot();
    await callCognito('admin', () =>
      this.client.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: userId,
          MessageAction: 'RESEND',
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      ),
    );
  }
}
